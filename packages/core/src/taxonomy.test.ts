import { describe, expect, it } from 'vitest';
import {
  expectedDirection,
  indicatorDirection,
  kindOf,
  level1Of,
  level2FitsLevel1,
  normaliseLevel1,
  normaliseLevel2,
} from './taxonomy';

describe('normaliseLevel1', () => {
  it.each([
    ['产出指标', '产出指标', null],
    ['产 出 指 标', '产出指标', null],
    ['满意 度指 标', '满意度指标', null],
    ['效 益 指 标', '效益指标', null],
    ['产出指标(50分)', '产出指标', 50],
    ['产出指标 (50)', '产出指标', 50],
    ['效益指标 30分)', '效益指标', 30],
    ['满意度指标（10分）', '满意度指标', 10],
    ['效果指标', '效益指标', null],
    ['一、产出指标', '产出指标', null],
    ['成本指标', '成本指标', null],
  ])('%s → %s (%s)', (text, name, weight) => {
    const r = normaliseLevel1(text);
    expect(r.name).toBe(name);
    expect(r.weight).toBe(weight);
    expect(r.known).toBe(true);
  });

  it('keeps unknown names cleaned but unknown', () => {
    expect(normaliseLevel1(' 预算 执行率 ')).toEqual({ name: '预算执行率', weight: null, known: false });
    expect(normaliseLevel1('')).toEqual({ name: '', weight: null, known: false });
  });
});

describe('normaliseLevel2', () => {
  it.each([
    ['经济效 益指标', '经济效益指标'],
    ['数量 指标', '数量指标'],
    ['数量', '数量指标'],
    ['可持 续影 响指标', '可持续影响指标'],
    ['服务 对象 满意 度指 标', '服务对象满意度指标'],
    ['满意度', '服务对象满意度指标'],
    ['生态环境成本指标', '生态环境成本指标'],
    // Corpus 122 (traditional characters, 一级 prefixed to the 二级, pinyin glosses kept by the page).
    ['產(chǎn)出數(shù)量', '数量指标'],
    ['產出質量', '质量指标'],
    ['产出时效', '时效指标'],
    ['产出成本', '成本指标'],
  ])('%s → %s', (text, name) => {
    expect(normaliseLevel2(text)).toMatchObject({ name, known: true });
  });
});

describe('level1Of / kindOf', () => {
  it.each([
    ['数量指标', '产出指标', 'quantity'],
    ['质量指标', '产出指标', 'quality'],
    ['时效指标', '产出指标', 'time'],
    ['成本指标', '产出指标', 'cost'],
    ['社会效益指标', '效益指标', 'benefit'],
    ['经济效 益指标', '效益指标', 'benefit'],
    ['可持续影响指标', '效益指标', 'benefit'],
    ['服务对象满意度指标', '满意度指标', 'satisfaction'],
    ['经济成本指标', '成本指标', 'cost'],
    ['社会成本指标', '成本指标', 'cost'],
  ])('%s is under %s, kind %s', (l2, l1, kind) => {
    expect(level1Of(l2)).toBe(l1);
    expect(kindOf(l2)).toBe(kind);
  });

  it('knows nothing of unknown names', () => {
    expect(level1Of('其他指标')).toBeNull();
    expect(kindOf('')).toBeNull();
  });

  it('accepts 成本指标 under 产出指标 (2020) and as its own 一级 (101号)', () => {
    expect(level2FitsLevel1('成本指标', '产出指标')).toBe(true);
    expect(level2FitsLevel1('成本指标', '成本指标')).toBe(true);
    expect(level2FitsLevel1('社会效益指标', '产出指标')).toBe(false);
    // 101号's cost 二级 under a template that kept 产出 as their 一级 (Sichuan 2023); inferred as 成本指标.
    expect(level2FitsLevel1('经济成本指标', '产出指标')).toBe(true);
    expect(level2FitsLevel1('经济成本指标', '效益指标')).toBe(false);
    expect(level1Of('经济成本指标')).toBe('成本指标');
    expect(level2FitsLevel1('不认识', '产出指标')).toBe(true);
  });
});

describe('expectedDirection', () => {
  it.each([
    ['培训总成本', '<='],
    ['严格控制项目成本', '<='],
    ['办公费用', '<='],
    ['群众投诉次数', '<='],
    ['安全事故发生率', '<='],
    ['县级储备粮库存粮食明显变质比例', '<='],
    ['因粮食市场波动引起的粮食安全事件发生数', '<='],
    ['工程验收合格率', '>='],
    ['政策覆盖率', '>='],
    ['被服务企业满意度', '>='],
    ['项目完成率', '>='],
    ['成本控制率', '>='],
    ['利息费用保障率', '>='],
    ['报名参加企业数量', null],
    ['帮助企业降低融资成本', '>='],
    ['森林火灾受害率', '<='],
    ['主要林业有害生物成灾率', '<='],
    ['结转结余率', '<='],
    ['预算调整率', '<='],
    ['财政供养人员控制率', '<='],
    ['公用经费控制率', '<='],
  ])('%s → %s', (name, dir) => {
    expect(expectedDirection(name)).toBe(dir);
  });
});

describe('indicatorDirection', () => {
  it('prefers the name, then the 二级 kind', () => {
    expect(indicatorDirection('造林补助', '成本 指标')).toBe('<=');
    expect(indicatorDirection('成本控制率', '成本指标')).toBe('>=');
    expect(indicatorDirection('造林面积', '数量指标')).toBeNull();
    expect(indicatorDirection('培训总成本', '')).toBe('<=');
  });
});
