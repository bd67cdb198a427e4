import { describe, expect, it } from 'vitest';
import { readForms } from './read-forms';
import type { GridRow } from './types';

/** A grid from arrays of texts, located "r.c". */
const grid = (rows: string[][]): GridRow[] =>
  rows.map((r, i) => r.map((text, j) => ({ text, location: `${i + 1}.${j + 1}` })));

function read(rows: string[][]) {
  const r = readForms(grid(rows), { fileName: 'g' });
  if (!r.ok) throw new Error(r.issues[0].message.en);
  return r.forms[0];
}

describe('readForms', () => {
  it('finds columns by label: reordered, missing, older names, 分值 before the target', () => {
    const f = read([
      ['绩效目标自评表（2019年度）'],
      ['项目名称', '临时救助', '项目负责人及电话', '张三 123'],
      ['项目资金（元）', '全年预算数', '执行率', '全年执行数'],
      ['年度资金总额', '300000.50', '100%', '300000.50'],
      ['其中:中央、省、市补助县级资金', '1,000', '', '1000'],
      ['年度总体目标', '年初设定目标', '年度总体目标完成情况综述'],
      ['', '目标甲', '完成乙'],
      ['一级指标', '二级指标', '三级指标', '分值', '年度', '全年实际值', '得分', '未完成原因及拟采取的改进措施'],
      ['', '', '', '', '指标值', '', '', ''],
      ['产出指标', '数量指标', '人数', '5', '>=21933人', '21980人', '5', ''],
      ['一级指标', '二级指标', '三级指标', '分值', '年度', '全年实际值', '得分', '未完成原因及拟采取的改进措施'],
      ['', '', '标准', '10', '<=5300元/户', '5830元/户', '10', '超标'],
      ['总分', '15', '15'],
      ['评价等级', '优'],
    ]);
    const ev = f.evaluation;
    expect(ev.year).toBe(2019);
    expect(ev.funds.unit).toBe('元');
    expect(ev.funds.total).toEqual({ initial: null, adjusted: '300000.5', executed: '300000.5', weight: null, rate: '100%', score: null });
    expect(ev.funds.fiscal.adjusted).toBe('1000');
    expect(ev.goals).toEqual({ expected: '目标甲', actual: '完成乙' });
    expect(ev.indicators).toEqual([
      { level1: '产出指标', level2: '数量指标', name: '人数', target: '>=21933人', actual: '21980人', weight: 5, score: 5, deviation: '' },
      { level1: '产出指标', level2: '数量指标', name: '标准', target: '<=5300元/户', actual: '5830元/户', weight: 10, score: 10, deviation: '超标' },
    ]);
    expect(ev.total).toEqual({ weight: 15, score: 15 });
    const codes = f.notes.map((n) => `${n.code}@${n.location}`);
    expect(codes).toContain('ignored-field@2.3');
    expect(codes).toContain('repeated-header@11.1');
    expect(codes).toContain('unplaced-cell@14.1');
    expect(codes).toContain('unplaced-cell@14.2');
    expect(codes).toContain('missing-field@14.2');
    expect(ev.source).toMatchObject({ file: 'g', format: 'grid', form: 1 });
  });

  it('keeps what a form cut off mid-table has, naming what is missing', () => {
    const f = read([
      ['项目支出绩效自评表'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '人数', '≥5人', '6人', '十', '5'],
    ]);
    expect(f.evaluation.indicators).toHaveLength(1);
    expect(f.evaluation.indicators[0].weight).toBeNull();
    const codes = f.notes.map((n) => n.code);
    for (const c of ['missing-year', 'missing-funds', 'missing-goals', 'missing-total', 'unreadable-number']) expect(codes).toContain(c);
  });

  it('an empty or unrelated grid is a typed error with a location', () => {
    for (const rows of [[], [['hello', 'world']]]) {
      const r = readForms(grid(rows));
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.issues[0].code).toBe('no-form');
        expect(r.issues[0].location).toBeTruthy();
      }
    }
  });

  it('reads an indicator named 合计 under merged 一级/二级 cells as an indicator, and the 总分 row after it', () => {
    const f = read([
      ['项目支出绩效自评表'],
      ['', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ['', '产出指标', '数量指标', '人数', '≥5人', '6人', '50', '50', ''],
      ['', '', '', '合计', '≥100万元', '120万元', '50', '50', ''],
      ['总分', '', '', '', '', '', '100', '100', ''],
    ]);
    expect(f.evaluation.indicators.map((i) => [i.level1, i.level2, i.name, i.actual])).toEqual([
      ['产出指标', '数量指标', '人数', '6人'],
      ['产出指标', '数量指标', '合计', '120万元'],
    ]);
    expect(f.evaluation.total).toEqual({ weight: 100, score: 100 });
    expect(f.notes.filter((n) => n.code === 'unplaced-cell')).toEqual([]);
  });

  it('still reads a 总分 row laid out like an indicator row when it has no target or actual', () => {
    const f = read([
      ['项目支出绩效自评表'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '人数', '≥5人', '6人', '100', '90'],
      ['', '', '总分', '', '', '100', '90'],
    ]);
    expect(f.evaluation.indicators).toHaveLength(1);
    expect(f.evaluation.total).toEqual({ weight: 100, score: 90 });
  });

  it('reads header labels OCR damaged in one character, and labels in traditional characters with pinyin glosses', () => {
    const f = read([
      ['項(xiàng)目支出績(jī)效自評(píng)表（2021年度）'],
      ['項(xiàng)目名稱', '初中公用经费'],
      ['主管部n', '银川市教育局', '实施第位', '银川市第六中学'],
      ['项目属性', '续建', '建设单位', '某公司'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ['产出指标', '数量指标', '保障人数', '≥1200人', '1260人', '10', 'IO', ''],
      ['總分', '10', '10'],
    ]);
    const ev = f.evaluation;
    expect([ev.year, ev.projectName, ev.department, ev.implementer]).toEqual([2021, '初中公用经费', '银川市教育局', '银川市第六中学']);
    const codes = f.notes.map((n) => `${n.code}@${n.location}`);
    expect(codes).toContain('damaged-label@3.1');
    expect(codes).toContain('damaged-label@3.3');
    // Two characters off is another label: 项目属性 and 建设单位 are not read as 项目名称 or 实施单位.
    expect(codes).toContain('unplaced-cell@4.1');
    expect(codes).toContain('unplaced-cell@4.3');
    // The 得分 "IO" is printed but not a number: unreadable, with its text, not blank.
    expect(ev.indicators[0].score).toBeNull();
    expect(ev.source?.unreadable).toEqual(['indicators[0].score']);
    expect(ev.source?.unreadableText).toEqual({ 'indicators[0].score': 'IO' });
    expect(ev.total).toEqual({ weight: 10, score: 10 });
    expect(ev.source?.layout?.total).toBe(true);
  });

  it('reads a page that starts inside the indicator table, with the standard columns assumed from its first row', () => {
    const f = read([
      ['', '产出指标', '数量指标', '足额保障率', '=100%', '', '22.5', '', ''],
      ['', '', '', '科目调整次数', '≤10次', '', '22.5', '', ''],
      ['', '', '时效指标', '按时发放率', '=100%', '', '22.5', '', ''],
      ['合计', '100', '', ''],
      ['评价结论', '及时、足额缴纳。'],
    ]);
    const ev = f.evaluation;
    expect(ev.indicators.map((x) => [x.level1, x.level2, x.name, x.target, x.weight])).toEqual([
      ['产出指标', '数量指标', '足额保障率', '=100%', 22.5],
      ['产出指标', '数量指标', '科目调整次数', '≤10次', 22.5],
      ['产出指标', '时效指标', '按时发放率', '=100%', 22.5],
    ]);
    expect(ev.total).toEqual({ weight: 100, score: null });
    // The header row is not on the page: the layout says so, and a note names it.
    expect(ev.source?.layout?.indicatorHeader).toBe(false);
    expect(f.notes.map((n) => n.code)).toContain('missing-indicator-header');
    // A 二级 as the first cell places the columns one to its left (the 一级 cut above the page).
    const g = read([['', '', '成本指标(5分)', '成本控制率', '±10%', '达标', '5分', '5分', '']]).evaluation;
    expect(g.indicators.map((x) => [x.level2, x.name, x.actual, x.weight, x.score])).toEqual([['成本指标(5分)', '成本控制率', '达标', 5, 5]]);
    // Text that names no level is not taken for an indicator row.
    expect(readForms(grid([['说明', '本表按规定填写', '无']]), {}).ok).toBe(false);
  });

  it('reads a form without a title, with a note', () => {
    const f = read([['项目名称', '甲'], ['总分', '100', '90']]);
    expect(f.evaluation.projectName).toBe('甲');
    expect(f.notes.map((n) => n.code)).toContain('missing-title');
  });
});
