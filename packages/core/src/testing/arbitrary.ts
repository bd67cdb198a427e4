/**
 * fast-check arbitraries for realistic forms: targets and actuals as units write them (≥20家,
 * ≤42万元, 100%, dates, qualitative words, blanks), odd 一级/二级 cells, fund rows. For tests
 * across packages; not exported from the core index (fast-check is a dev dependency).
 */
import fc from 'fast-check';
import type { Evaluation, FundRow, Indicator } from '../model';

const COUNT_UNITS = ['家', '个', '次', '人', '名', '期', '场', '项', '起', '人次'];
const MONEY_UNITS = ['万元', '元', '亿元'];

/** A decimal string with up to `dp` decimals, between 0 and max. */
export function decimalString(max = 100_000, dp = 4): fc.Arbitrary<string> {
  return fc.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: 10 ** dp - 1 }), fc.integer({ min: 0, max: dp })).map(
    ([i, f, k]) => {
      if (k === 0) return String(i);
      const frac = String(f).padStart(dp, '0').slice(0, k).replace(/0+$/, '');
      return frac ? `${i}.${frac}` : String(i);
    },
  );
}

const small = fc.integer({ min: 0, max: 2000 }).map(String);
const pct = fc.integer({ min: 0, max: 100 }).map(String);
const money = decimalString(500, 2);
const countUnit = fc.constantFrom(...COUNT_UNITS);
const moneyUnit = fc.constantFrom(...MONEY_UNITS);
const geWord = fc.constantFrom('≥', '>=', '不少于', '不低于', '');
const leWord = fc.constantFrom('≤', '<=', '不超过', '');

const month = fc.integer({ min: 1, max: 12 });
const day = fc.integer({ min: 1, max: 28 });

/** A 年度指标值 cell as units write them. */
export const targetText: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(geWord, small, countUnit).map(([o, n, u]) => `${o}${n}${u}`),
  fc.tuple(leWord, money, moneyUnit).map(([o, n, u]) => `${o}${n}${u}`),
  fc.tuple(geWord, pct).map(([o, n]) => `${o}${n}%`),
  fc.constant('100%'),
  fc.constant('=100%'),
  fc.tuple(small, small, countUnit).map(([a, b, u]) => `${a}-${b}${u}`),
  fc.tuple(month, day).map(([m, d]) => `2020年${m}月${d}日`),
  fc.tuple(month, day).map(([m, d]) => `≤${m}.${d}日`),
  fc.constantFrom('12月底前', '年底前', '2020年12月31日前'),
  fc.constantFrom('明显提高', '效果明显', '中长期', '达成预期指标', '显著', '进一步提高'),
  fc.constantFrom('', '—', '/', '无', '0', '0起', '每亩300', '290%', '≥**人', '高'),
);

/** A 实际完成值 cell as units write them, including bounds, prose and nothing at all. */
export const actualText: fc.Arbitrary<string> = fc.oneof(
  small,
  fc.tuple(small, countUnit).map(([n, u]) => `${n}${u}`),
  fc.tuple(money, moneyUnit).map(([n, u]) => `${n}${u}`),
  money.map((n) => `${n}万`),
  pct.map((n) => `${n}%`),
  fc.tuple(fc.constantFrom('≥', '≤'), pct).map(([o, n]) => `${o}${n}%`),
  fc.tuple(fc.constantFrom('≥', '≤'), money).map(([o, n]) => `${o}${n}万元`),
  fc.tuple(small, small, countUnit).map(([a, b, u]) => `${a}-${b}${u}`),
  fc.tuple(month, day).map(([m, d]) => `${m}月${d}日`),
  fc.tuple(fc.integer({ min: 2019, max: 2022 }), month, day).map(([y, m, d]) => `${y}年${m}月${d}日`),
  small.map((n) => `新增服务企业${n}家`),
  pct.map((n) => `满意率达${n}%以上`),
  small.map((n) => `实际完成${n}次`),
  fc.constantFrom('远高于预期数', '基本完成', '未完成', '中长期', '已完成', '企业经营能力明显提升', '部分完成'),
  fc.constantFrom('', '—', '无', '/', '完成6期培训，900人', '高', '每亩300', '2020年度', '≥**%'),
);

/** A weight (分值): mostly whole points, sometimes halves, sometimes blank. */
export const weightArb: fc.Arbitrary<number | null> = fc.option(
  fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 60 }).map((n) => n / 2)),
  { nil: null, freq: 8 },
);

/** A claimed 得分 for a weight: within it, a bit over, a bit under 0, or blank. */
export function scoreFor(weight: number | null): fc.Arbitrary<number | null> {
  const top = (weight ?? 10) + 3;
  return fc.option(
    fc.integer({ min: -200, max: Math.round(top * 100) }).map((c) => c / 100),
    { nil: null, freq: 6 },
  );
}

const level1Text = fc.constantFrom('产出指标', '效益指标', '满意度指标', '', '', '产出指标(50分)', '效 益 指 标', '效果指标', '成本指标', '其他');
const level2Text = fc.constantFrom(
  '数量指标', '质量指标', '时效指标', '成本指标', '经济效益指标', '社会效 益指标', '生态效益指标',
  '可持续影响指标', '服务对象满意度指标', '经济成本指标', '', '', '其他指标',
);
const nameText = fc.constantFrom('培训人数', '培训总成本', '被服务企业满意度', '安全事故发生率', '工程验收合格率', '资金拨付时间', '服务次数', '指标1');

/** One 绩效指标 row. */
export const indicatorArb: fc.Arbitrary<Indicator> = weightArb.chain((weight) =>
  fc.record({
    level1: level1Text,
    level2: level2Text,
    name: nameText,
    target: targetText,
    actual: actualText,
    weight: fc.constant(weight),
    score: scoreFor(weight),
    deviation: fc.constantFrom('', '无', '受疫情影响'),
  }),
);

const moneyCell = fc.option(decimalString(5000, 4), { nil: null, freq: 5 });

/** One 项目资金 row. */
export const fundRowArb: fc.Arbitrary<FundRow> = fc.record({
  initial: moneyCell,
  adjusted: moneyCell,
  executed: moneyCell,
  weight: fc.constantFrom(null, 10, 20, 100),
  rate: fc.constantFrom(null, '100%', '86%', '100.00', '1', '—', ''),
  score: fc.option(fc.integer({ min: 0, max: 10_000 }).map((c) => c / 100), { nil: null }),
});

/** A whole form with 0–15 indicators. */
export const evaluationArb: fc.Arbitrary<Evaluation> = fc.record({
  schemaVersion: fc.constant(1 as const),
  year: fc.integer({ min: 2019, max: 2022 }),
  projectName: fc.constantFrom('培训项目', '储备粮', ''),
  department: fc.constant('某局'),
  implementer: fc.constant('某中心'),
  template: fc.constantFrom('', 'mof-2020', 'indicators-100', 'funds-20', 'mof-2020-tiered', 'unknown'),
  funds: fc.record({
    unit: fc.constantFrom('万元' as const, '元' as const),
    total: fundRowArb,
    fiscal: fundRowArb,
    carryover: fundRowArb,
    other: fundRowArb,
  }),
  goals: fc.record({ expected: fc.constant('目标'), actual: fc.constant('完成') }),
  indicators: fc.array(indicatorArb, { maxLength: 15 }),
  total: fc.record({ weight: fc.constantFrom(null, 100), score: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }) }),
});
