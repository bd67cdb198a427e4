import { describe, expect, it } from 'vitest';
import { scoreEvaluation } from '../scoring';
import { resolveConfig } from './config';
import { scoreAndReview, review } from './index';
import { exampleForm, withRows } from './example-form';
import { comparePaths, pathExists } from './paths';
import { renderFinding } from './render';
import { RULES } from './rules';
import type { Rule } from './types';

const defective = () =>
  exampleForm({ indicators: withRows({ 0: { actual: '90家' }, 1: { target: '≥90%', actual: '≥15%' } }), total: { score: 100 } });

describe('review engine on a page that does not show the whole form', () => {
  const LAYOUT = { title: true, header: true, funds: true, goals: true, indicatorHeader: true, total: true } as const;
  // Cut after the benefit block: satisfaction, its points and the 总分 row are beyond the page end,
  // and the last row is a satisfaction name cut mid-word.
  const cut = () =>
    exampleForm({
      layout: { ...LAYOUT, total: false },
      indicators: withRows({}, [{ level2: '满意度指标', name: '参训企', target: '', actual: '', weight: null, score: null }]).filter((_, i) => i !== 6),
      total: { weight: null, score: null },
    });

  it('reports the cut once and does no arithmetic over the parts it does not show', () => {
    const ids = scoreAndReview(cut()).findings.map((f) => f.ruleId);
    expect(ids).toContain('form-incomplete');
    for (const id of ['weights-sum', 'level1-weights', 'too-few-indicators', 'total-sum', 'grade-mismatch']) expect(ids).not.toContain(id);
  });

  it('says nothing about the row the page ends inside but its cut', () => {
    const findings = scoreAndReview(cut()).findings;
    // Its 一级/二级 labels are printed whole (a blank 一级 is still noted); its name and values are cut.
    expect(findings.filter((f) => f.path.startsWith('indicators[6]')).map((f) => f.path)).toEqual(['indicators[6].level1']);
    // The same row on a page that shows its 总分 is an ordinary row with missing values.
    const whole = exampleForm({ layout: LAYOUT, indicators: withRows({}, [{ level2: '满意度指标', name: '参训企', target: '', actual: '', weight: null, score: null }]) });
    expect(scoreAndReview(whole).findings.some((f) => f.path.startsWith('indicators[7]'))).toBe(true);
  });
});

describe('review engine', () => {
  it('is silent on the clean base form', () => {
    expect(scoreAndReview(exampleForm()).findings).toEqual([]);
  });

  it('renders messages in both languages from messageId and data', () => {
    const f = scoreAndReview(defective()).findings.find((x) => x.ruleId === 'total-sum')!;
    expect([f.messageId, f.data]).toEqual(['mismatch', { claimed: '100', sum: '99.5' }]);
    // The one check of rule wording: every other test asserts rule ids, message ids and data.
    expect(f.message.zh).toBe('总分填为 100，各项得分合计 99.5');
    expect(f.message.en).toBe('total printed as 100; the scores add up to 99.5');
    expect(renderFinding(f, 'en')).toBe('total.score  error  total printed as 100; the scores add up to 99.5  (total-sum)');
  });

  it('sorts findings in the form\'s order', () => {
    const paths = scoreAndReview(defective()).findings.map((f) => f.path);
    expect(paths).toEqual([...paths].sort(comparePaths));
    expect(paths[0]).toMatch(/^indicators\[0\]/);
    expect(paths.at(-1)).toBe('total.score');
  });

  it('turns rules off, re-grades them and merges options over defaults', () => {
    const ev = defective();
    const off = scoreAndReview(ev, { rules: { 'total-sum': 'off' } }).findings;
    expect(off.some((f) => f.ruleId === 'total-sum')).toBe(false);
    const info = scoreAndReview(ev, { rules: { 'total-sum': 'info' } }).findings;
    expect(info.find((f) => f.ruleId === 'total-sum')!.severity).toBe('info');
    const tight = exampleForm({ funds: { total: { initial: '43.2', adjusted: '43.2', executed: '37.24', rate: '86%', score: 8.62 }, fiscal: null } });
    expect(scoreAndReview(tight).findings.some((f) => f.ruleId === 'funds-rate-mismatch')).toBe(false);
    expect(scoreAndReview(tight, { rules: { 'funds-rate-mismatch': ['error', { tolerance: 0.001 }] } }).findings.some((f) => f.ruleId === 'funds-rate-mismatch')).toBe(true);
  });

  it('keeps a report\'s own severity unless the config sets one explicitly', () => {
    const ev = exampleForm({ indicators: withRows({ 0: { actual: '150家', deviation: '需求旺盛' } }) });
    expect(scoreAndReview(ev).findings.find((f) => f.ruleId === 'over-achievement')!.severity).toBe('info');
    expect(scoreAndReview(ev, { rules: { 'over-achievement': 'error' } }).findings.find((f) => f.ruleId === 'over-achievement')!.severity).toBe('error');
  });

  it('turns a throwing rule into an internal-error finding and goes on', () => {
    const boom: Rule = { ...RULES[0], id: 'boom', inspect: () => { throw new Error('kaput'); } };
    const scored = scoreEvaluation(defective());
    const findings = review(scored, {}, [boom, ...RULES]);
    const internal = findings.find((f) => f.ruleId === 'internal-error')!;
    expect(internal.data).toEqual({ rule: 'boom', error: 'kaput' });
    expect(internal.message.zh).toContain('boom');
    expect(findings.some((f) => f.ruleId === 'total-sum')).toBe(true);
  });

  it('ignores invalid config entries during review', () => {
    const findings = scoreAndReview(defective(), { rules: { 'no-such-rule': 'error', 'total-sum': 'loud' as never } }).findings;
    expect(findings.find((f) => f.ruleId === 'total-sum')!.severity).toBe('error');
  });

  it('every finding path points into the Evaluation', () => {
    const ev = defective();
    for (const f of scoreAndReview(ev).findings) expect(pathExists(ev, f.path)).toBe(true);
  });
});

describe('resolveConfig', () => {
  it('accepts a valid configuration', () => {
    const r = resolveConfig({ template: 'mof-2020', rules: { 'total-sum': 'warning', 'over-achievement': 'off', 'funds-rate-mismatch': ['error', { tolerance: 0.02 }] } });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.rules.get('funds-rate-mismatch')).toEqual({ off: false, severity: 'error', options: { tolerance: 0.02 } });
  });
  it('returns typed issues for unknown rules, bad severities and options, never throwing', () => {
    const r = resolveConfig({ rules: { 'no-such-rule': 'error', 'total-sum': 'loud', 'funds-rate-mismatch': ['error', { tolerance: 'x', nope: 1 }] }, extra: 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => [i.code, i.path])).toEqual([
        ['config-unknown-key', 'extra'],
        ['config-unknown-rule', 'rules.no-such-rule'],
        ['config-severity', 'rules.total-sum'],
        ['config-option-type', 'rules.funds-rate-mismatch[1].tolerance'],
        ['config-unknown-option', 'rules.funds-rate-mismatch[1].nope'],
      ]);
      expect(r.issues[1].message.zh).toContain('未知的规则');
    }
    for (const bad of [null, 3, 'x', [], { rules: 5 }, { rules: { 'total-sum': [] } }]) expect(() => resolveConfig(bad)).not.toThrow();
    expect(resolveConfig(3).ok).toBe(false);
  });
});

describe('registry', () => {
  it('is sorted by id, ids unique and kebab-case, at least 30 rules', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(ids.length).toBeGreaterThanOrEqual(30);
  });
});
