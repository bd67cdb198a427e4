/**
 * Generated Evaluations for the office round trips: every field varied, texts with characters
 * that need escaping in xml/html (< > & " ') and formula starts (= + @), line breaks inside cells,
 * 一级/二级 pairs from the taxonomy. Texts are trimmed and free of the form's own labels, as the
 * form reader (which trims cells and finds sections by their labels) needs.
 */
import { fc } from '@fast-check/vitest';
import { Big, canonical, type Evaluation, type FundRow, type Indicator } from '@jixiao/core';

const CHARS = [...'甲乙丙丁戊己庚辛壬癸企业服务培训完成家人次件户群众满意提升效果明显', ...'abcXYZ0123456789', ...'<>&"\'=+@%≥≤.,;:()（）“”'];

/** A trimmed text from the safe alphabet; `lines` allows line breaks inside. */
export function textArb(minLength = 1, maxLength = 24, lines = false): fc.Arbitrary<string> {
  const unit = lines ? fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...CHARS) }, { weight: 1, arbitrary: fc.constantFrom(' ', '\n') }) : fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...CHARS) }, { weight: 1, arbitrary: fc.constant(' ') });
  return fc
    .array(unit, { minLength, maxLength })
    .map((a) => a.join('').trim().replace(/\n\s*\n/g, '\n').replace(/ *\n */g, '\n'))
    .filter((s) => s.length >= minLength);
}

const score = fc.option(fc.integer({ min: 0, max: 10000 }).map((n) => n / 100), { nil: null, freq: 4 });
const money = fc.option(
  // Exact decimals (n / 10^d) built with big.js, as the model's money is: no float on the way.
  fc.tuple(fc.integer({ min: 0, max: 99999999 }), fc.integer({ min: 0, max: 4 })).map(([n, d]) => canonical(new Big(n).div(10 ** d))),
  { nil: null, freq: 4 },
);
const rate = fc.option(fc.integer({ min: 0, max: 12000 }).map((n) => `${n / 100}%`), { nil: null, freq: 4 });

const fundRow: fc.Arbitrary<FundRow> = fc.record({
  initial: money,
  adjusted: money,
  executed: money,
  weight: score,
  rate,
  score,
});

const PAIRS: [string, string][] = [
  ['产出指标', '数量指标'],
  ['产出指标', '质量指标'],
  ['产出指标', '时效指标'],
  ['产出指标', '成本指标'],
  ['效益指标', '经济效益指标'],
  ['效益指标', '社会效益指标'],
  ['效益指标', '生态效益指标'],
  ['效益指标', '可持续影响指标'],
  ['满意度指标', '服务对象满意度指标'],
];

const indicator: fc.Arbitrary<Indicator> = fc
  .record({
    pair: fc.constantFrom(...PAIRS),
    name: textArb(1, 30, true),
    target: textArb(1, 12),
    actual: textArb(1, 20),
    weight: score,
    score,
    deviation: fc.oneof(fc.constant(''), textArb(1, 40, true)),
  })
  .map(({ pair, ...i }) => ({ level1: pair[0], level2: pair[1], ...i }));

/** An Evaluation the round trips must give back unchanged (ignoring `source`). */
export const evaluationArb: fc.Arbitrary<Evaluation> = fc.record({
  schemaVersion: fc.constant(1 as const),
  year: fc.integer({ min: 1990, max: 2100 }),
  projectName: textArb(2, 40),
  department: textArb(2, 20),
  implementer: textArb(2, 20),
  template: fc.constantFrom('mof-2020', 'indicators-100', 'funds-20'),
  funds: fc.record({
    unit: fc.constantFrom('万元' as const, '元' as const),
    total: fundRow,
    fiscal: fundRow,
    carryover: fundRow,
    other: fundRow,
  }),
  goals: fc.record({ expected: textArb(1, 80, true), actual: textArb(1, 80, true) }),
  indicators: fc.array(indicator, { minLength: 1, maxLength: 10 }),
  total: fc.record({ weight: score, score }),
});

/** The Evaluation without `source`, for comparing what came back. */
export function withoutSource(ev: Evaluation): Omit<Evaluation, 'source'> {
  const { source: _s, ...rest } = ev;
  return rest;
}

/** A damage to a file of `len` bytes: cut short, overwritten with garbage, or bytes flipped. */
export const mutation = (len: number) =>
  fc.oneof(
    fc.record({ kind: fc.constant('truncate' as const), at: fc.integer({ min: 0, max: len }) }),
    fc.record({
      kind: fc.constant('garbage' as const),
      at: fc.integer({ min: 0, max: len - 1 }),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
    }),
    fc.record({ kind: fc.constant('flip' as const), spots: fc.array(fc.integer({ min: 0, max: len - 1 }), { minLength: 1, maxLength: 20 }) }),
  );

export type Mutation = { kind: 'truncate'; at: number } | { kind: 'garbage'; at: number; bytes: Uint8Array } | { kind: 'flip'; spots: number[] };

/** The bytes with the damage done (a copy; truncation is a view). */
export function mutate(b: Uint8Array, m: Mutation): Uint8Array {
  if (m.kind === 'truncate') return b.subarray(0, m.at);
  const out = b.slice();
  if (m.kind === 'garbage') out.set(m.bytes.subarray(0, out.length - m.at), m.at);
  else for (const s of m.spots) out[s] ^= 0xff;
  return out;
}
