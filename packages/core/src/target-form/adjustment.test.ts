/** 目标调整: approved by department and finance, applied to the baseline with history per target. */
import { describe, expect, it } from 'vitest';
import { seedTargetForm1 } from '../testing/seed-targets';
import { applyAdjustment, baselineChanges, baselineOf, evaluationFromTargetForm, lockedTargets, validateAdjustment, withBaseline, type Adjustment } from './index';

const approved = (at: string) => ({ by: '昌吉州财政局', at, comment: '同意' });

function request(p: Partial<Adjustment> = {}): Adjustment {
  return {
    schemaVersion: 1,
    id: 'adj-1',
    year: 2020,
    projectName: seedTargetForm1().projectName,
    reason: '受疫情影响，线下对接改为线上，次数调整',
    changes: [
      { indicatorIndex: 2, field: 'target', from: '≥11次', to: '≥8次' },
      { indicatorIndex: 2, field: 'weight', from: 10, to: 8 },
      { indicatorIndex: 9, field: 'weight', from: 5, to: 7 },
    ],
    approvals: { department: { by: '昌吉州工业和信息化局', at: '2020-07-20', comment: '' }, finance: approved('2020-08-01') },
    ...p,
  };
}

describe('applyAdjustment', () => {
  const baseline = baselineOf(lockedTargets(seedTargetForm1()));

  it('writes the changes and records them per indicator', () => {
    const r = applyAdjustment(baseline, request());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.targets[2]).toMatchObject({ target: '≥8次', weight: 8 });
    expect(r.value.history[2].map((h) => [h.field, h.from, h.to, h.approvedAt])).toEqual([['target', '≥11次', '≥8次', '2020-08-01'], ['weight', 10, 8, '2020-08-01']]);
    expect(r.value.history[9]).toHaveLength(1);
    expect(r.value.history[0]).toEqual([]);
    // The baseline given is not changed.
    expect(baseline.targets[2].target).toBe('≥11次');
  });

  it('lets the self-evaluation follow the adjusted baseline and nothing else', () => {
    const r = applyAdjustment(baseline, request());
    if (!r.ok) throw new Error('not applied');
    const ev = withBaseline(evaluationFromTargetForm(seedTargetForm1()), r.value);
    expect(baselineChanges(ev, r.value.targets)).toEqual([]);
    expect(baselineChanges(ev, baseline.targets).map((i) => i.path)).toEqual(['indicators[2].target', 'indicators[2].weight', 'indicators[9].weight']);
  });

  it('refuses without both approvals, for a missing row, a stale value or a wrong type', () => {
    const r = applyAdjustment(baseline, request({
      approvals: { department: null, finance: null },
      changes: [
        { indicatorIndex: 40, field: 'target', from: '', to: '≥1' },
        { indicatorIndex: 1, field: 'target', from: '≥3家', to: '≥5家' },
        { indicatorIndex: 1, field: 'weight', from: 10, to: '12' },
      ],
    }));
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
      ['adjustment-not-approved', 'approvals.department'],
      ['adjustment-not-approved', 'approvals.finance'],
      ['adjustment-no-such-indicator', 'changes[0].indicatorIndex'],
      ['adjustment-stale', 'changes[1].from'],
      ['adjustment-bad-value', 'changes[2].to'],
    ]);
  });

  it('applies a second request over the first, the history growing', () => {
    const first = applyAdjustment(baseline, request());
    if (!first.ok) throw new Error('not applied');
    const second = applyAdjustment(first.value, request({ id: 'adj-2', changes: [{ indicatorIndex: 2, field: 'target', from: '≥8次', to: '≥9次' }] }));
    expect(second.ok && second.value.history[2].map((h) => h.adjustmentId)).toEqual(['adj-1', 'adj-1', 'adj-2']);
  });
});

describe('validateAdjustment', () => {
  it('accepts a request and rejects one without changes, with a path', () => {
    expect(validateAdjustment(JSON.parse(JSON.stringify(request()))).ok).toBe(true);
    const r = validateAdjustment({ ...request(), changes: [] });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([['invalid-adjustment', 'changes']]);
  });
});
