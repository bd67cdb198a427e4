import { describe, expect, it } from 'vitest';
import { seedForm1 } from '../testing/seed-forms';
import { levelSpans } from './levels';

const rows = (pairs: [string, string][]) => pairs.map(([level1, level2]) => ({ level1, level2 }));

describe('levelSpans', () => {
  it('merges blank 一级/二级 cells into the block above, as on the paper form', () => {
    const s = levelSpans(seedForm1().indicators);
    // 产出指标 covers rows 0–10, 满意度指标 row 11.
    expect(s.level1).toEqual([11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    // 数量 3, 质量 2, 时效 2, 成本 1, 社会效益 2, 可持续 1, 服务对象满意度 1.
    expect(s.level2).toEqual([3, 0, 0, 2, 0, 2, 0, 1, 2, 0, 1, 1]);
    expect(s.written1.slice(10)).toEqual(['产出指标', '满意度指标']);
  });

  it('merges leading blanks into one cell, starts a block at other text and never runs a 二级 block across a new 一级', () => {
    const s = levelSpans(rows([['', ''], ['', ''], ['产出指标', '数量指标'], ['产出指标', ''], [' 产出指标', ''], ['效益指标', ''], [' ', '数量指标']]));
    expect(s.level1).toEqual([2, 0, 2, 0, 1, 2, 0]);
    expect(s.level2).toEqual([2, 0, 2, 0, 1, 1, 1]);
    expect(s.written1).toEqual(['', '', '产出指标', '产出指标', '产出指标', '效益指标', '效益指标']);
  });
});
