import { describe, expect, it } from 'vitest';
import { content, readTestFile, seedText } from '../../test/helpers';
import { parseCellText, importText } from '../text/cells';
import { gridToPipe, importPipe, parsePipeText } from './pipe';

describe('importPipe', () => {
  it('splits cells, skips separator lines and keeps escaped bars', () => {
    const rows = parsePipeText('项目支出绩效自评表\n| a | | b \\| c |\n|---|---|---|\n| d |');
    expect(rows.map((r) => r.map((c) => c.text))).toEqual([['项目支出绩效自评表'], ['a', '', 'b | c'], ['d']]);
    expect(rows[1][2].location).toBe('line 2, cell 3');
  });

  it('reads the seed and a real form written as pipe tables like the cell layout', () => {
    for (const text of [seedText(), readTestFile('fixtures/real-forms/020.cells.txt')]) {
      const grid = parseCellText(text).map((r) => r.map((c) => c.text));
      const pipe = importPipe(gridToPipe(grid));
      const cells = importText(text);
      if (!pipe.ok || !cells.ok) throw new Error('import failed');
      expect(pipe.forms.map((f) => content(f.evaluation))).toEqual(cells.forms.map((f) => content(f.evaluation)));
    }
  });

  it('reads merged cells given as empty runs (no leading merged column)', () => {
    const text = [
      '| 项目支出绩效自评表 |', '| （2020年度） |', '| 项目名称 | 示例 |',
      '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |',
      '|---|---|---|---|---|---|---|---|',
      '| 产出指标 | 数量指标 | 培训人数 | ≥600人 | 900 | 20 | 20 | |',
      '| | | 培训期数 | 6期 | 6期 | 10 | 10 | |',
      '| 总分 | 30 | 30 |',
    ].join('\n');
    const r = importPipe(text);
    if (!r.ok) throw new Error(r.issues[0].message.en);
    const ev = r.forms[0].evaluation;
    expect(ev.indicators[1]).toMatchObject({ level1: '产出指标', level2: '数量指标', name: '培训期数', weight: 10 });
    expect(ev.total).toEqual({ weight: 30, score: 30 });
  });
});
