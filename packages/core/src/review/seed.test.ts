/**
 * What the review must show on the two real seed forms, and a synthetic corpus: the seed forms
 * mutated with one known defect each, every defect found by its rule at its path.
 */
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../model';
import { seedForm1, seedForm2, seedForms } from '../testing/seed-forms';
import { scoreAndReview } from './score-and-review';
import type { Finding } from './types';

const find = (fs: Finding[], ruleId: string, path: string) => fs.filter((f) => f.ruleId === ruleId && f.path === path);
const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error');

describe('seed form 1 (创客中国)', () => {
  const { findings } = scoreAndReview(seedForm1());
  it('errors on 区域双创活跃度: claimed 10, evidence proves 1.67', () => {
    const [f] = find(findings, 'score-inflated', 'indicators[4].score');
    expect(f.severity).toBe('error');
    expect(f.data).toMatchObject({ claimed: '10', max: '1.67' });
  });
  it('warns of over-achievement on 专精特新 (4 against ≥2, no reason)', () => {
    const [f] = find(findings, 'over-achievement', 'indicators[1].actual');
    expect([f.severity, f.messageId, f.data.over]).toEqual(['warning', 'tooLow', '100%']);
  });
  it('keeps the warning on 报名企业 (35 against ≥20): 报名参赛企业较多 only restates the fact', () => {
    const [f] = find(findings, 'over-achievement', 'indicators[0].actual');
    expect([f.severity, f.messageId, f.data.over, f.data.reason]).toEqual(['warning', 'notAReason', '75%', '报名参赛企业较多']);
  });
  it('warns that 中长期 is not a measurable target', () => {
    const [f] = find(findings, 'target-unmeasurable', 'indicators[10].target');
    expect([f.severity, f.data.target]).toEqual(['warning', '中长期']);
  });
  it('notes the inferred 效益指标', () => {
    const [f] = find(findings, 'level1-inferred', 'indicators[8].level1');
    expect([f.severity, f.data.level1]).toEqual(['info', '效益指标']);
  });
  it('does not say the 资金拨付时间 deduction lacks a reason', () => {
    expect(findings.filter((f) => f.path === 'indicators[5].deviation')).toEqual([]);
  });
  it('has no other error', () => {
    expect(errors(findings).map((f) => f.path)).toEqual(['indicators[4].score']);
  });
});

describe('seed form 2 (银河培训)', () => {
  const { findings } = scoreAndReview(seedForm2());
  it('warns of over-achievement on 培训人数 (900 against ≥600): 线上无法进行，改为线上进行 contradicts itself', () => {
    const [f] = find(findings, 'over-achievement', 'indicators[0].actual');
    expect([f.severity, f.messageId, f.data.over]).toEqual(['warning', 'notAReason', '50%']);
  });
  it('warns that the cost indicator (25万) is far below the funds executed in full (45.8966万)', () => {
    const [f] = find(findings, 'cost-vs-funds', 'indicators[3].actual');
    expect([f.severity, f.data.actual, f.data.executed]).toEqual(['warning', '25万', '45.8966']);
  });
  it('has no error-level finding', () => {
    expect(errors(findings)).toEqual([]);
  });
});

// One defect per mutation: [name, form index, mutate, rule, path].
type Mutation = [string, 0 | 1, (ev: Evaluation) => void, string, string];
const MUTATIONS: Mutation[] = [
  ['fund total 0 beside its sources', 0, (ev) => void (ev.funds.total.initial = '0'), 'funds-total-sum', 'funds.total.initial'],
  ['printed rate wrong', 1, (ev) => void (ev.funds.total.rate = '80%'), 'funds-rate-mismatch', 'funds.total.rate'],
  ['execution score wrong', 1, (ev) => void (ev.funds.total.score = 90), 'funds-execution-score', 'funds.total.score'],
  ['overspent', 0, (ev) => void (ev.funds.carryover.executed = '30'), 'funds-overspent', 'funds.carryover.executed'],
  ['inflated score', 1, (ev) => void (ev.indicators[0].actual = '500'), 'score-inflated', 'indicators[0].score'],
  ['time target missed', 1, (ev) => void (ev.indicators[2].actual = '2021年1月15日'), 'time-target-missed', 'indicators[2].actual'],
  ['shortfall without a reason', 1, (ev) => Object.assign(ev.indicators[1], { actual: '0', score: 0 }), 'deviation-missing', 'indicators[1].deviation'],
  ['swapped unit 家→人', 1, (ev) => Object.assign(ev.indicators[4], { actual: '100人' }), 'unit-mismatch', 'indicators[4].actual'],
  ['total ≠ sum', 0, (ev) => void (ev.total.score = 100), 'total-sum', 'total.score'],
  ['score > weight', 1, (ev) => void (ev.indicators[6].score = 12), 'score-range', 'indicators[6].score'],
  ['duplicate row', 1, (ev) => void ev.indicators.push({ ...ev.indicators[6], weight: 0, score: 0 }), 'duplicate-indicator', 'indicators[8].name'],
  ['blank 实际完成情况', 1, (ev) => void (ev.goals.actual = ''), 'goals-empty', 'goals.actual'],
  ['实际完成情况 copied from 预期目标', 1, (ev) => void (ev.goals.actual = ev.goals.expected), 'goal-copy', 'goals.actual'],
  ['weights not summing', 1, (ev) => void (ev.indicators[0].weight = 30), 'weights-sum', 'indicators'],
  ['satisfaction 290%', 1, (ev) => void (ev.indicators[7].target = '290%'), 'value-unreadable', 'indicators[7].target'],
  ['target ≥0', 1, (ev) => void (ev.indicators[4].target = '≥0家'), 'target-cannot-fail', 'indicators[4].target'],
  ['cost exceeded', 1, (ev) => void (ev.indicators[3].actual = '50万元'), 'cost-exceeded', 'indicators[3].actual'],
  ['non-numeric actual', 1, (ev) => void (ev.indicators[6].actual = '已完成'), 'actual-not-numeric', 'indicators[6].actual'],
  ['no project name', 0, (ev) => void (ev.projectName = ''), 'header-missing', 'projectName'],
  ['placeholder left in', 1, (ev) => void (ev.indicators[4].name = '指标1'), 'template-leftover', 'indicators[4].name'],
  ['satisfaction block removed', 1, (ev) => void ev.indicators.pop(), 'missing-category', 'indicators'],
  ['boilerplate reason on a shortfall', 1, (ev) => Object.assign(ev.indicators[1], { actual: '0', score: 0, deviation: '无' }), 'deviation-boilerplate', 'indicators[1].deviation'],
];

describe('synthetic corpus: mutated seed forms', () => {
  it('the unmutated forms produce no error beyond the known 区域双创活跃度 one', () => {
    const all = seedForms().flatMap((ev) => errors(scoreAndReview(ev).findings));
    expect(all.map((f) => f.ruleId)).toEqual(['score-inflated']);
  });
  it.each(MUTATIONS)('%s is found', (_name, form, mutate, ruleId, path) => {
    const ev = seedForms()[form];
    const before = find(scoreAndReview(ev).findings, ruleId, path);
    mutate(ev);
    const after = find(scoreAndReview(ev).findings, ruleId, path);
    expect(before).toEqual([]);
    expect(after.length).toBeGreaterThan(0);
  });
});
