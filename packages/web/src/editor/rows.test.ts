import { describe, expect, it } from 'vitest';
import { emptyEvaluation, type Evaluation } from '@jixiao/core';
import { addUnder, effectiveLevels, levelOutline, moveIndicator } from './rows';
import { blankIndicator } from './update';

const named = (level1: string, level2: string, name: string) => ({ ...blankIndicator(level1, level2), name });
function form(): Evaluation {
  return {
    ...emptyEvaluation(2024),
    indicators: [named('产出指标', '数量指标', 'a'), named('', '', 'b'), named('', '质量指标', 'c'), named('效益指标', '社会效益指标', 'd')],
  };
}
const shape = (ev: Evaluation) => ev.indicators.map((r) => `${r.level1}|${r.level2}|${r.name}`);

describe('row operations', () => {
  it('reads the blocks a blank cell continues', () => {
    expect(effectiveLevels(form().indicators).map((e) => `${e.level1}/${e.level2}`)).toEqual(['产出指标/数量指标', '产出指标/数量指标', '产出指标/质量指标', '效益指标/社会效益指标']);
    expect(levelOutline(form().indicators)).toEqual([{ level1: '产出指标', level2s: ['数量指标', '质量指标'] }, { level1: '效益指标', level2s: ['社会效益指标'] }]);
  });

  it('adds under an existing 二级, a new 二级 of an existing 一级, or a new 一级', () => {
    let r = addUnder(form(), '产出指标', '数量指标');
    expect(r.index).toBe(2);
    expect(shape(r.ev)).toEqual(['产出指标|数量指标|a', '||b', '||', '|质量指标|c', '效益指标|社会效益指标|d']);
    r = addUnder(form(), '产出指标', '时效指标');
    expect(shape(r.ev)).toEqual(['产出指标|数量指标|a', '||b', '|质量指标|c', '|时效指标|', '效益指标|社会效益指标|d']);
    r = addUnder(form(), '满意度指标', '服务对象满意度指标');
    expect(r.index).toBe(4);
    expect(shape(r.ev).at(-1)).toBe('满意度指标|服务对象满意度指标|');
  });

  it('moves a row carrying its own 一级/二级, keeping the others', () => {
    const down = moveIndicator(form(), 1, 1);
    expect(shape(down)).toEqual(['产出指标|数量指标|a', '|质量指标|c', '|数量指标|b', '效益指标|社会效益指标|d']);
    const up = moveIndicator(form(), 1, -1);
    expect(shape(up)).toEqual(['产出指标|数量指标|b', '||a', '|质量指标|c', '效益指标|社会效益指标|d']);
    expect(moveIndicator(form(), 0, -1)).toEqual(form());
    expect(effectiveLevels(moveIndicator(moveIndicator(form(), 1, 1), 2, -1).indicators)).toEqual(effectiveLevels(form().indicators));
  });
});
