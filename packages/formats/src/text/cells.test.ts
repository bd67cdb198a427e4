import { describe, expect, it } from 'vitest';
import { content, fixtureEvaluation, readTestFile, REAL_FORMS, seedText } from '../../test/helpers';
import { importText, parseCellText } from './cells';

describe('parseCellText', () => {
  it('reads tab-prefixed cells, blank-line rows and locations counting rows from 1', () => {
    const rows = parseCellText('\ta\n\t\n\tb\n\n\n\tc\n');
    expect(rows.map((r) => r.map((c) => c.text))).toEqual([['a', '', 'b'], ['c']]);
    expect(rows[0][2].location).toBe('row 1, cell 3');
    expect(rows[1][0].location).toBe('row 2, cell 1');
  });

  it('reads the " |" line style with "|" for a blank cell', () => {
    const rows = parseCellText('项目名称 |\n临时救助 |\n\n实施单位 |\n|\n');
    expect(rows.map((r) => r.map((c) => c.text))).toEqual([['项目名称', '临时救助'], ['实施单位', '']]);
  });

  it('joins an unprefixed line to the cell above (a line break inside a cell)', () => {
    const rows = parseCellText('\t第一行\n第二行\n\tx |');
    expect(rows[0].map((c) => c.text)).toEqual(['第一行\n第二行', 'x |']);
  });

  it('trims only outer whitespace of a cell', () => {
    expect(parseCellText('\t      上年结转资金  ')[0][0].text).toBe('上年结转资金');
    expect(parseCellText('\t项目资金       （万元）')[0][0].text).toBe('项目资金       （万元）');
  });
});

describe('importText: the seed forms', () => {
  const r = importText(seedText(), { fileName: 'seed-2020.txt' });
  if (!r.ok) throw new Error(r.issues[0].message.en);
  const [f1, f2] = r.forms.map((f) => f.evaluation);

  it('finds both forms and matches the hand-checked expected JSON', () => {
    expect(r.forms).toHaveLength(2);
    const expected = JSON.parse(readTestFile('expected/seed-2020.json'));
    expect(r.forms.map((f) => content(f.evaluation))).toEqual(expected);
  });

  it('places every header cell', () => {
    expect(f1.projectName).toBe('2020年“创客中国”新疆中小企业创新创业大赛昌吉州选拔赛');
    expect(f2.projectName).toBe('2020年度自治区银河培训项目');
    for (const f of [f1, f2]) {
      expect(f.year).toBe(2020);
      expect(f.department).toBe('昌吉州工业和信息化局');
      expect(f.implementer).toBe('昌吉州中小企业发展服务中心');
      expect(f.funds.unit).toBe('万元');
    }
  });

  it('reads the funds tables', () => {
    expect(f1.funds.total).toEqual({ initial: '29.8', adjusted: '29.8', executed: '29.8', weight: 100, rate: '100%', score: 100 });
    expect(f1.funds.fiscal).toEqual({ initial: '5', adjusted: '5', executed: '5', weight: null, rate: '100%', score: null });
    expect(f1.funds.carryover.executed).toBe('24.8');
    expect(f1.funds.other).toEqual({ initial: null, adjusted: null, executed: null, weight: null, rate: null, score: null });
    expect(f2.funds.total).toEqual({ initial: '45.8966', adjusted: '45.8966', executed: '45.8966', weight: 100, rate: '100%', score: 100 });
    expect(f2.funds.fiscal.adjusted).toBe('42');
    expect(f2.funds.carryover).toEqual({ initial: '3.8966', adjusted: '3.8966', executed: '3.8966', weight: null, rate: '100%', score: null });
  });

  it('reads goals, indicators and totals', () => {
    expect(f1.goals.expected).toMatch(/^1\.企业赛事度稳步提升/);
    expect(f1.goals.actual).toMatch(/^截至2020年9月/);
    expect(f1.indicators).toHaveLength(12);
    expect(f2.indicators).toHaveLength(8);
    expect(f1.indicators[5]).toEqual({
      level1: '产出指标', level2: '时效指标', name: '资金拨付时间', target: '2020年10月30日',
      actual: '12月30日', weight: 5, score: 4, deviation: '受疫情影响',
    });
    expect(f2.indicators[4].level1).toBe('效益指标');
    expect(f2.indicators[5].level2).toBe('经济效益指标');
    expect(f1.total).toEqual({ weight: 100, score: 99 });
    expect(f2.total).toEqual({ weight: 100, score: 100 });
  });

  it('gives the blank 一级 under 社会效益指标 the 一级 its 二级 names, and notes the blank cell', () => {
    expect(f1.indicators.slice(8, 11).map((i) => [i.level1, i.level2])).toEqual([
      ['效益指标', '社会效益指标'], ['效益指标', '社会效益指标'], ['效益指标', '可持续影响指标'],
    ]);
    expect(f1.source?.inferred).toEqual(['indicators[8].level1', 'indicators[9].level1', 'indicators[10].level1']);
    const inferred = r.forms[0].notes.filter((n) => n.code === 'level1-inferred');
    expect(inferred.map((n) => n.location)).toEqual(['row 22, cell 2', 'row 23, cell 2', 'row 24, cell 2']);
    expect(inferred[0].data).toMatchObject({ inferred: '效益指标' });
  });

  it('reports the duplicated funds cells of form 2 with their rows', () => {
    const dup = r.forms[1].notes.filter((n) => n.code === 'merged-duplicates');
    expect(dup.map((n) => n.location)).toEqual(['row 32, cell 2', 'row 33, cell 2', 'row 34, cell 2']);
    expect(r.forms[0].notes.some((n) => n.code === 'merged-duplicates')).toBe(false);
  });

  it('records the source and keeps notes as text', () => {
    expect(f2.source).toEqual({
      file: 'seed-2020.txt', format: 'cells', form: 2,
      notes: r.forms[1].notes.map((n) => `${n.message.zh}（${n.location}）`),
      layout: {
        kind: 'project', year: true, title: true, header: true, funds: true, goals: true, goalsActual: true,
        indicatorHeader: true, total: true,
      },
    });
    // The funds row's 分值 100 beside indicators summing to 100: funds reported apart.
    expect([f1.template, f2.template]).toEqual(['indicators-100', 'indicators-100']);
  });

  it('names what is missing when the text is cut off before 总分', () => {
    const text = seedText();
    const cut = text.slice(0, text.indexOf('企业参赛积极性'));
    const c = importText(cut);
    if (!c.ok) throw new Error('expected a result');
    expect(c.forms).toHaveLength(1);
    expect(c.forms[0].evaluation.indicators).toHaveLength(8);
    expect(c.forms[0].notes.map((n) => n.code)).toContain('missing-total');
    expect(c.forms[0].evaluation.source?.layout?.total).toBe(false);
  });
});

describe('importText: the real forms', () => {
  for (const id of REAL_FORMS) {
    it(`${id}.cells.txt gives every printed cell in its field`, () => {
      const r = importText(readTestFile(`fixtures/real-forms/${id}.cells.txt`));
      if (!r.ok) throw new Error(r.issues[0].message.en);
      expect(r.forms).toHaveLength(1);
      expect(content(r.forms[0].evaluation)).toEqual(fixtureEvaluation(id));
      // Each of these published forms stops at an empty 总分 row.
      expect(r.forms[0].notes.map((n) => n.code)).toContain('total-blank');
      expect(r.forms[0].notes.filter((n) => n.code === 'unplaced-cell')).toEqual([]);
    });
  }

  it('014: the 预算执行率 row inside the indicator table is a note, not an indicator', () => {
    const r = importText(readTestFile('fixtures/real-forms/014.cells.txt'));
    if (!r.ok) throw new Error(r.issues[0].message.en);
    const n = r.forms[0].notes.find((x) => x.code === 'execution-row');
    expect(n?.location).toBe('row 17, cell 2');
    expect(r.forms[0].evaluation.indicators.map((i) => i.level1)).not.toContain('预算执行率');
  });

  it('an execution row with 分值/得分 moves them to a funds row that has none', () => {
    const text = readTestFile('fixtures/real-forms/014.cells.txt').replace(
      '\t预算执行率\n\t预算执行率\n\t\n\t\n\t\n\t\n\t\n\t',
      '\t预算执行率\n\t预算执行率\n\t\n\t\n\t\n\t10\n\t10\n\t',
    );
    const r = importText(text);
    if (!r.ok) throw new Error(r.issues[0].message.en);
    expect(r.forms[0].evaluation.funds.total.weight).toBe(10);
    expect(r.forms[0].evaluation.funds.total.score).toBe(10);
  });
});
