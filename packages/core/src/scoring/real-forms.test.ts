/**
 * Scoring the five real published forms kept as fixtures in formats (the in-repo copies): the
 * score-related defects their reviewers found must show in the checks.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { emptyEvaluation, emptyFundRow, type Evaluation, type FundRow } from '../model';
import { scoreEvaluation } from './evaluation';

type Cell = number | string | null;
interface FixtureRow { initial: Cell; adjusted: Cell; executed: Cell; weight: number | null; rate: string | null; score: number | null }
interface Fixture {
  year: number;
  projectName: string | null;
  funds: Record<'total' | 'fiscal' | 'carryover' | 'other', FixtureRow | null>;
  indicators: { level1: string; level2: string; level3: string; target: string; actual: string; weight: number | null; score: number | null; deviation: string }[];
  total: { weight: number | null; score: number | null };
}

const money = (c: Cell) => (c === null ? null : String(c));
const fundRow = (r: FixtureRow | null): FundRow =>
  r === null ? emptyFundRow() : { initial: money(r.initial), adjusted: money(r.adjusted), executed: money(r.executed), weight: r.weight, rate: r.rate, score: r.score };

/** The fixture JSON (cells as printed) mapped onto the Evaluation model. */
function load(id: string): Evaluation {
  const url = new URL(`../../../formats/test/fixtures/real-forms/${id}.json`, import.meta.url);
  const f = JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as Fixture;
  const ev = emptyEvaluation(f.year, '');
  ev.projectName = f.projectName ?? '';
  ev.funds = { unit: '万元', total: fundRow(f.funds.total), fiscal: fundRow(f.funds.fiscal), carryover: fundRow(f.funds.carryover), other: fundRow(f.funds.other) };
  ev.indicators = f.indicators.map((i) => ({ level1: i.level1, level2: i.level2, name: i.level3, target: i.target, actual: i.actual, weight: i.weight, score: i.score, deviation: i.deviation }));
  ev.total = f.total;
  return ev;
}

describe('real forms', () => {
  it('007 (廊坊 2019): execution 37.24/43.2 gives 8.62 of 10, claimed 9; 工程资金金额 likewise', () => {
    const s = scoreEvaluation(load('007'));
    expect(s.template.id).toBe('mof-2020');
    expect(s.funds).toMatchObject({ rate: '0.862', printedRate: '0.86', proven: 8.62, claimed: 9, counted: true });
    expect(s.indicators[0]).toMatchObject({ method: 'ge', proven: { min: 8.62, max: 8.62 }, claimed: 9, check: 'above' });
    expect(s.indicators.slice(1).every((i) => i.check === 'consistent')).toBe(true);
    expect(s.indicators.map((i) => i.level2)).toContain('可持续影响指标');
    expect(s.indicators[8].level1).toBe('满意度指标');
  });

  it('008 (零陵 2021): 100% printed against 80.45%; 效益 shortfalls proven above what was claimed', () => {
    const s = scoreEvaluation(load('008'));
    expect(s.funds).toMatchObject({ rate: '0.8045', printedRate: '1', proven: 8.04, claimed: 10 });
    expect(s.indicators[7]).toMatchObject({ level1: '效益指标', level2: '经济效益指标', proven: { min: 5.96, max: 5.96 }, check: 'below' });
    expect(s.indicators[8]).toMatchObject({ proven: { min: 5.65, max: 5.65 }, check: 'below' });
    expect(s.indicators[0].level1).toBe('产出指标');
    // 每亩300 under 成本指标, no operator: a cost, read as ≤.
    expect(s.indicators[5]).toMatchObject({ level2: '成本指标', method: 'le', status: 'met' });
  });

  it('014 (成安 2020): 效果指标 is read as 效益指标 and every rate is met', () => {
    const s = scoreEvaluation(load('014'));
    expect(s.indicators[2]).toMatchObject({ level1: '效益指标', level1Source: 'given', status: 'met', check: 'consistent' });
    expect(s.indicators.slice(0, 4).every((i) => i.status === 'met')).toBe(true);
  });

  it('017 (衡山 2020): no weights at all, so nothing is scored; 无 as an actual proves nothing', () => {
    const s = scoreEvaluation(load('017'));
    expect(s.indicators.every((i) => i.method === 'no-weight' && i.proven === null)).toBe(true);
    expect(s.indicators[10].status).toBe('unverifiable');
    expect(s.indicators[0].level1).toBe('产出指标');
    // No 分值 or 得分 anywhere: the form is unscored, so it carries no points and no grade.
    expect(s.template.id).toBe('unscored');
    expect(s.totals.weight).toBe(0);
    expect(s.totals.grade).toEqual({ claimed: null, proven: null });
  });

  it('020 (濉溪 2019): 5830元/户 over a ≤5300 cap and 4604 short of ≥4754 are claimed in full', () => {
    const s = scoreEvaluation(load('020'));
    expect(s.indicators[7]).toMatchObject({ method: 'le', proven: { min: 9.09, max: 9.09 }, claimed: 10, check: 'above' });
    expect(s.indicators[3]).toMatchObject({ method: 'ge', proven: { min: 4.84, max: 4.84 }, claimed: 5, check: 'above' });
    expect(s.indicators[9]).toMatchObject({ level1: '满意度指标', check: 'missing' });
    expect(s.indicators[0].achievement).toBe(1.0021);
  });
});
