import { describe, expect, it } from 'vitest';
import type { Indicator } from '../model';
import { MOF_2020 } from '../templates/builtin';
import type { Template } from '../templates/types';
import { scoreIndicator } from './indicator';
import type { ScoredIndicator } from './types';

function one(
  target: string,
  actual: string,
  weight: number | null = 10,
  score: number | null = null,
  name = '指标',
  template: Template = MOF_2020,
): ScoredIndicator {
  const ind: Indicator = { level1: '产出指标', level2: '数量指标', name, target, actual, weight, score, deviation: '' };
  return scoreIndicator(ind, { year: 2020, template });
}

type Row = [label: string, target: string, actual: string, weight: number, method: string, status: string, min: number, max: number];

const cases: Row[] = [
  // ≥
  ['≥ met', '≥20家', '35', 15, 'ge', 'met', 15, 15],
  ['≥ exactly', '≥11次', '11次', 10, 'ge', 'met', 10, 10],
  ['≥ short: W·A/T', '≥13个', '11', 10, 'ge', 'partial', 8.46, 8.46],
  ['≥ nothing done', '≥20家', '0', 10, 'ge', 'not-met', 0, 0],
  ['≥0 cannot fail', '≥0', '5', 10, 'ge', 'met', 10, 10],
  ['no operator, default ≥', '1100万元', '1093万元', 6, 'ge', 'partial', 5.96, 5.96],
  ['no operator, 合格率 → ≥', '100%', '98%', 10, 'ge', 'partial', 9.8, 9.8],
  // ≤
  ['≤ met', '≤42万元', '25万', 15, 'le', 'met', 15, 15],
  ['≤ over: W·T/A', '≤42万元', '50万元', 15, 'le', 'partial', 12.6, 12.6],
  ['≤ over a zero target', '≤0起', '2起', 10, 'le', 'not-met', 0, 0],
  // =
  ['= met', '=100%', '100%', 10, 'eq', 'met', 10, 10],
  ['= below, no name direction', '=100%', '90%', 10, 'eq', 'partial', 9, 9],
  ['= above, no name direction', '=100%', '110%', 10, 'eq', 'partial', 9.09, 9.09],
  // range [L, U]
  ['range inside', '1-3次', '2次', 10, 'range', 'met', 10, 10],
  ['range below: W·A/L', '10-20人', '5人', 10, 'range', 'partial', 5, 5],
  ['range above: W·U/A', '10-20人', '25人', 10, 'range', 'partial', 8, 8],
  // dates
  ['date on time', '2020年10月30日', '10月20日', 5, 'date', 'met', 5, 5],
  ['date deadline 12月底前 met', '12月底前', '11月30日', 5, 'date', 'met', 5, 5],
  ['date late within the year', '2020年10月30日', '12月30日', 5, 'date', 'partial', 3, 4],
  ['date not done within the year', '2020年10月30日', '2021年3月1日', 5, 'date', 'not-met', 0, 3],
  ['date target, actual admits 未完成', '2020年10月30日', '未完成', 5, 'qualitative', 'not-met', 0, 3],
  // qualitative bands
  ['qualitative achieved', '明显提高', '远高于预期数', 10, 'qualitative', 'met', 8, 10],
  ['qualitative partial', '明显提高', '基本完成', 10, 'qualitative', 'partial', 6, 8],
  ['qualitative not achieved', '明显提高', '未完成', 10, 'qualitative', 'not-met', 0, 6],
  ['quantitative target, actual admits 基本完成', '≥20家', '基本完成', 10, 'qualitative', 'partial', 6, 8],
  // actuals that are only bounds prove their weakest value
  ['lower bound short', '≥90%', '≥15%', 10, 'ge', 'partial', 1.67, 1.67],
  ['lower bound enough', '≥90%', '≥95%', 10, 'ge', 'met', 10, 10],
  ['upper bound within ceiling', '≤5万元', '≤4万元', 5, 'le', 'met', 5, 5],
  ['upper bound over ceiling', '≤5万元', '≤8万元', 5, 'le', 'partial', 3.13, 3.13],
  ['upper bound cannot reach a floor', '≥90%', '≤95%', 10, 'ge', 'not-met', 0, 0],
  ['lower bound cannot prove a ceiling', '≤5%', '≥3%', 10, 'le', 'not-met', 0, 0],
  ['range actual read at its worst', '≥10人', '8-12人', 10, 'ge', 'partial', 8, 8],
  // exact unit conversion
  ['亿元 vs 万元 met', '≥5000万元', '0.5亿元', 10, 'ge', 'met', 10, 10],
  ['亿元 vs 万元 short', '≥5000万元', '0.4亿元', 10, 'ge', 'partial', 8, 8],
  ['元 vs 万元', '≤42万元', '420000元', 10, 'le', 'met', 10, 10],
];

describe('scoreIndicator methods', () => {
  it.each(cases)('%s: %s / %s (W %d)', (_label, target, actual, weight, method, status, min, max) => {
    const s = one(target, actual, weight);
    expect(s.method).toBe(method);
    expect(s.status).toBe(status);
    expect(s.proven).toEqual({ min, max });
  });
});

describe('directions from the name', () => {
  it('reads a target without operator on a cost indicator as ≤', () => {
    const s = one('5万元', '6万元', 10, null, '办公费用');
    expect([s.method, s.proven]).toEqual(['le', { min: 8.33, max: 8.33 }]);
  });

  it('reads 0 on an incident count as ≤', () => {
    expect(one('0起', '0起', 10, null, '安全事件发生数').status).toBe('met');
    expect(one('0起', '2起', 10, null, '安全事件发生数').proven).toEqual({ min: 0, max: 0 });
  });

  it('does not punish the good side of an = target', () => {
    expect(one('=100%', '110%', 10, null, '工程完工率').status).toBe('met');
    expect(one('=50万元', '40万元', 10, null, '培训成本').status).toBe('met');
    expect(one('=100%', '90%', 10, null, '工程完工率').proven).toEqual({ min: 9, max: 9 });
  });

  it('honours the template tolerance of = targets', () => {
    const loose = { ...MOF_2020, equalTolerance: 0.05 };
    expect(one('=100', '96', 10, null, '指标', loose).status).toBe('met');
    expect(one('=100', '94', 10, null, '指标', loose).status).toBe('partial');
  });
});

describe('dates and the template late band', () => {
  it('puts a late-within-year date in the not-achieved band when the template says so', () => {
    const strict: Template = { ...MOF_2020, lateWithinYear: 'notAchieved' };
    const s = one('2020年10月30日', '12月30日', 5, 4, '资金拨付时间', strict);
    expect(s.proven).toEqual({ min: 0, max: 3 });
    expect(s.check).toBe('above');
  });
});

describe('unverifiable evidence is never guessed', () => {
  it('a bare answer repeating a yes/no target, and a bound better than the target, stay evidence', () => {
    expect(one('是', '是', 5, 5).notEvidence).toBeUndefined();
    expect(one('≥90%', '≥95%', 10, 10).status).toBe('met');
  });

  it.each([
    ['中长期', '中长期', 'unverifiable.actual-vague', { actual: '中长期' }],
    ['明显提高', '', 'unverifiable.actual-empty', {}],
    ['≥20家', '—', 'unverifiable.actual-placeholder', { actual: '—' }],
    ['≥20家', '已完成', 'unverifiable.actual-no-number', { actual: '已完成', target: '≥20家' }],
    ['≥20家', '35人', 'unverifiable.units', { actualUnit: '人', targetUnit: '家' }],
    ['≥90%', '35家', 'unverifiable.units', { actualUnit: '家', targetUnit: '%' }],
    ['明显提高', '35%', 'unverifiable.target-not-checkable', { target: '明显提高' }],
    ['2020年10月30日', '100%', 'unverifiable.kind-mismatch', { actual: '100%', target: '2020年10月30日' }],
    ['≤5万元', '≤5万元', 'unverifiable.copies-target', { actual: '≤5万元' }],
    ['≥100个', ' ≥ 100 个', 'unverifiable.copies-target', { actual: '≥ 100 个' }],
    ['2020年12月31日前', '2020年12月31日前', 'unverifiable.copies-target', { actual: '2020年12月31日前' }],
    ['明显提高', '明显提高。', 'unverifiable.copies-target', { actual: '明显提高。' }],
    ['效益明显', '达成预期指标', 'unverifiable.verdict', { actual: '达成预期指标' }],
    ['合规', '符合要求。', 'unverifiable.verdict', { actual: '符合要求。' }],
  ] as [string, string, string, Record<string, string>][])('%s / %s', (target, actual, messageId, data) => {
    const s = one(target, actual, 5, 5);
    expect(s.method).toBe('unverifiable');
    expect(s.status).toBe('unverifiable');
    expect(s.proven).toBeNull();
    expect(s.check).toBe('unverifiable');
    expect([s.explanation.messageId, s.explanation.data]).toEqual([messageId, data]);
  });
});

describe('weights, claims and caps', () => {
  it('scores nothing without a weight but still reads the evidence', () => {
    const s = one('≥20家', '35', null, null);
    expect([s.method, s.status, s.proven, s.check]).toEqual(['no-weight', 'met', null, 'unverifiable']);
    expect([s.explanation.messageId, s.explanation.data]).toEqual(['no-weight', { status: 'met' }]);
  });

  it('reports a missing claim when a weight exists', () => {
    expect(one('≥20家', '35', 10, null).check).toBe('missing');
  });

  it('compares claims with the rounded proven score', () => {
    expect(one('≥13个', '11', 10, 8.46).check).toBe('consistent');
    expect(one('≥13个', '11', 10, 8.47).check).toBe('above');
    expect(one('≥13个', '11', 10, 8.45).check).toBe('below');
  });

  it('caps at W and floors at 0, whatever is claimed', () => {
    const over = one('≥20家', '200', 10, 12);
    expect(over.proven).toEqual({ min: 10, max: 10 });
    expect(over.check).toBe('above');
    expect(over.achievement).toBe(10);
    expect(one('≥20家', '0', 10, -1).check).toBe('below');
    expect(one('≥20家', '35', 0, 0).proven).toEqual({ min: 0, max: 0 });
  });

  it('gives achievement only for ≥ targets', () => {
    expect(one('≥600人', '900').achievement).toBe(1.5);
    expect(one('≤42万元', '25万').achievement).toBeNull();
    expect(one('明显提高', '远高于预期数').achievement).toBeNull();
  });
});

// The one check of the scoring catalogue's wording; other tests assert message ids and data.
describe('explanations in the paper form’s terms', () => {
  it.each([
    ['≥13个', '11', 10, '实际完成值11个，低于指标值13个，按比例计 10×11/13 = 8.46分', 'Actual 11 个, below target 13 个: proportional 10×11/13 = 8.46'],
    ['≤42万元', '50万元', 15, '实际完成值50万元，超过指标值42万元，按比例计 15×42/50 = 12.6分', 'Actual 50 万元, above target 42 万元: proportional 15×42/50 = 12.6'],
    ['≥5000万元', '0.5亿元', 10, '实际完成值0.5亿元（合5000万元） ≥ 指标值5000万元，记满分10分', 'Actual 0.5 亿元 (= 5000 万元) ≥ target 5000 万元: full marks, 10'],
    ['≥90%', '≤95%', 10, '实际完成值“≤95%”仅给出上限，不能证明达到指标值≥90%，记0分', 'Actual “≤95%” gives only an upper bound and cannot prove reaching target ≥90%: 0'],
    ['10-20人', '25人', 10, '实际完成值25人，超过指标值20人，按比例计 10×20/25 = 8分', 'Actual 25 人, above target 20 人: proportional 10×20/25 = 8'],
    ['明显提高', '基本完成', 10, '实际完成值“基本完成”属部分达成，得分区间6–8分', 'Actual “基本完成” reads as partly achieved: 6–8'],
    ['2020年10月30日', '2021年3月1日', 5, '时效指标未按期完成（指标值2020年10月30日，实际2021年3月1日），未在年内完成，属未达成，得分区间0–3分', 'Late (target 2020年10月30日, actual 2021年3月1日), not done within the year: not achieved, 0–3'],
  ])('%s / %s', (target, actual, weight, zh, en) => {
    const { zh: gotZh, en: gotEn } = one(target, actual, weight).explanation;
    expect({ zh: gotZh, en: gotEn }).toEqual({ zh, en });
  });
});
