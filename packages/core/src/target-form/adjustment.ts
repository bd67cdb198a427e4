/**
 * 目标调整: a request to change approved targets (what, why), approved by the department and then
 * finance, and its application to the baseline. The baseline keeps, per indicator, the history of
 * approved changes, so the self-evaluation shows beside each target what it was and why it moved.
 */
import { z } from 'zod';
import type { Issue, Result } from '../result';
import { schemaIssues } from '../schema-issues';
import type { LockedTargets } from './baseline';

/** The fields a 目标调整 may change: those approval locks. */
export const ADJUSTABLE_FIELDS = ['name', 'target', 'weight'] as const;
export type AdjustableField = (typeof ADJUSTABLE_FIELDS)[number];

/** One approval: who (user or organisation name), when (ISO date-time) and what they said. */
export const ApprovalSchema = z.object({ by: z.string().min(1), at: z.string().min(1), comment: z.string() });

/** One change: a field of one indicator, from its approved value to the new one. */
export const TargetChangeSchema = z.object({
  indicatorIndex: z.number().int().min(0),
  field: z.enum(ADJUSTABLE_FIELDS),
  from: z.union([z.string(), z.number().finite(), z.null()]),
  to: z.union([z.string(), z.number().finite(), z.null()]),
});

/** A 目标调整申请. */
export const AdjustmentSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string().min(1),
  year: z.number().int().min(1990).max(2100),
  projectName: z.string(),
  /** 调整理由, verbatim. */
  reason: z.string(),
  changes: z.array(TargetChangeSchema).min(1),
  approvals: z.object({ department: ApprovalSchema.nullable(), finance: ApprovalSchema.nullable() }),
});

export type Approval = z.infer<typeof ApprovalSchema>;
export type TargetChange = z.infer<typeof TargetChangeSchema>;
export type Adjustment = z.infer<typeof AdjustmentSchema>;

/** One applied change in an indicator's history. */
export interface AppliedChange {
  adjustmentId: string;
  field: AdjustableField;
  from: string | number | null;
  to: string | number | null;
  reason: string;
  /** When finance approved it. */
  approvedAt: string;
}

/** The approved targets in force, each with the changes that brought it there (oldest first). */
export interface Baseline {
  targets: LockedTargets;
  history: readonly (readonly AppliedChange[])[];
}

/** The baseline as approval set it: no changes yet. */
export function baselineOf(targets: LockedTargets): Baseline {
  return { targets, history: targets.map(() => []) };
}

/** Check that a value is a valid adjustment request. Never throws. */
export function validateAdjustment(input: unknown): Result<Adjustment> {
  const r = AdjustmentSchema.safeParse(input);
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, issues: schemaIssues(r.error, 'invalid-adjustment') };
}

function problem(code: string, path: string, zh: string, en: string): Issue {
  return { code, path, message: { zh, en } };
}

/**
 * The baseline with an approved adjustment applied: every change written and recorded in its
 * indicator's history. Refused (with the reasons) when either approval is missing, a change
 * names no indicator, or its `from` is not the value in force (the request is stale).
 */
export function applyAdjustment(baseline: Baseline, adj: Adjustment): Result<Baseline> {
  const issues: Issue[] = [];
  if (!adj.approvals.department) issues.push(problem('adjustment-not-approved', 'approvals.department', '目标调整尚未经主管部门同意', 'the department has not approved the adjustment'));
  if (!adj.approvals.finance) issues.push(problem('adjustment-not-approved', 'approvals.finance', '目标调整尚未经财政部门批准', 'finance has not approved the adjustment'));
  const targets = baseline.targets.map((t) => ({ ...t }));
  const history = baseline.history.map((h) => [...h]);
  adj.changes.forEach((c, k) => {
    const t = targets[c.indicatorIndex];
    if (!t) {
      issues.push(problem('adjustment-no-such-indicator', `changes[${k}].indicatorIndex`, `第${c.indicatorIndex + 1}行指标不存在`, `there is no indicator row ${c.indicatorIndex + 1}`));
      return;
    }
    if (t[c.field] !== c.from) {
      issues.push(problem('adjustment-stale', `changes[${k}].from`, `第${c.indicatorIndex + 1}行现行值为“${t[c.field] ?? ''}”，申请中写的是“${c.from ?? ''}”`, `row ${c.indicatorIndex + 1} now reads "${t[c.field] ?? ''}", the request says "${c.from ?? ''}"`));
      return;
    }
    if (c.field === 'weight' ? c.to !== null && typeof c.to !== 'number' : typeof c.to !== 'string') {
      issues.push(problem('adjustment-bad-value', `changes[${k}].to`, `第${c.indicatorIndex + 1}行新值类型不符`, `row ${c.indicatorIndex + 1}: the new value has the wrong type`));
      return;
    }
    (t as Record<AdjustableField, unknown>)[c.field] = c.to;
    history[c.indicatorIndex].push({ adjustmentId: adj.id, field: c.field, from: c.from, to: c.to, reason: adj.reason, approvedAt: adj.approvals.finance?.at ?? '' });
  });
  return issues.length ? { ok: false, issues } : { ok: true, value: { targets, history } };
}

/** The self-evaluation's indicators with the baseline's targets in force written over the locked fields (actuals kept). */
export function withBaseline<E extends { indicators: { name: string; target: string; weight: number | null }[] }>(ev: E, baseline: Baseline): E {
  return {
    ...ev,
    indicators: ev.indicators.map((x, i) => {
      const t = baseline.targets[i];
      return t ? { ...x, name: t.name, target: t.target, weight: t.weight } : x;
    }),
  };
}
