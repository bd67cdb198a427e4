/**
 * The workflow of the forms that come before the self-evaluation — 绩效目标申报表, 运行监控表 and
 * 目标调整申请 — in the same vocabulary as the self-evaluation's (roles, statuses, a transition
 * table): 草稿 → 已提交 → 主管部门已审核 (或已退回) → 财政已批复. A return always carries a reason; so
 * does taking an approval back. What finance's approval does depends on the kind: an approved
 * target form becomes the year's baseline, an approved adjustment is applied to it.
 */
import type { Role } from './roles';
import type { TransitionRule } from './transitions';

/** The form kinds jixiao runs: the self-evaluation and the three that precede it. */
export const FORM_KINDS = ['evaluation', 'target', 'monitoring', 'adjustment'] as const;
export type FormKind = (typeof FORM_KINDS)[number];

/** The kinds that follow the plan workflow (everything but the self-evaluation). */
export const PLAN_KINDS = ['target', 'monitoring', 'adjustment'] as const satisfies readonly FormKind[];
export type PlanKind = (typeof PLAN_KINDS)[number];

/** Statuses of a plan form, in workflow order; finance's approval (批复) is the last. */
export const PLAN_STATUSES = ['draft', 'submitted', 'returned', 'dept_approved', 'finance_approved'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Statuses in which the unit edits its plan form. */
export const PLAN_EDITABLE_STATUSES: readonly PlanStatus[] = ['draft', 'returned'];

/** Every plan action, in the order a form meets them. */
export const PLAN_ACTIONS = ['submit', 'return', 'approve', 'finance-approve', 'unlock'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

/** A plan transition: the self-evaluation's rule shape over plan statuses. */
export type PlanTransitionRule = Omit<TransitionRule, 'from' | 'fromByRole' | 'to' | 'targets'> & {
  from: readonly PlanStatus[];
  fromByRole?: Partial<Record<Role, readonly PlanStatus[]>>;
  to: PlanStatus;
};

/** The plan transition table, shared by the three kinds. */
export const PLAN_TRANSITIONS: Record<PlanAction, PlanTransitionRule> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', roles: ['unit_editor'], needsComment: false },
  return: {
    from: ['submitted'], fromByRole: { finance_reviewer: ['dept_approved'] },
    to: 'returned', roles: ['dept_reviewer', 'finance_reviewer'], needsComment: true,
  },
  approve: { from: ['submitted'], to: 'dept_approved', roles: ['dept_reviewer'], needsComment: false },
  'finance-approve': { from: ['dept_approved'], to: 'finance_approved', roles: ['finance_reviewer'], needsComment: false },
  unlock: {
    from: ['dept_approved', 'finance_approved'], fromByRole: { dept_reviewer: ['dept_approved'] },
    to: 'returned', roles: ['finance_reviewer', 'admin', 'dept_reviewer'], needsComment: true,
  },
};

/** What finance's approval of a plan form does beyond its status. */
export type PlanEffect = 'baseline' | 'apply-adjustment' | 'none';

/** Per kind, the effect of `finance-approve`, and whether `unlock` is open once finance approved. */
export const PLAN_KIND_RULES: Record<PlanKind, { approvalEffect: PlanEffect; unlockAfterApproval: boolean }> = {
  // An approved target form is the baseline; changing it afterwards is a 目标调整, not an unlock.
  target: { approvalEffect: 'baseline', unlockAfterApproval: false },
  monitoring: { approvalEffect: 'none', unlockAfterApproval: true },
  // An applied adjustment is history; a further change is a new request.
  adjustment: { approvalEffect: 'apply-adjustment', unlockAfterApproval: false },
};

/** What stops a role taking a plan action: the role, the status, or the kind (approved baselines stay). */
export type PlanBlock = 'role' | 'status' | 'kind';

/** Why the role may not take the action on a plan form of this kind and status, or null when it may. */
export function planTransitionBlock(kind: PlanKind, role: Role, action: PlanAction, status: PlanStatus): PlanBlock | null {
  const rule = PLAN_TRANSITIONS[action];
  if (!rule.roles.includes(role)) return 'role';
  if (!(rule.fromByRole?.[role] ?? rule.from).includes(status)) return 'status';
  if (action === 'unlock' && status === 'finance_approved' && !PLAN_KIND_RULES[kind].unlockAfterApproval) return 'kind';
  return null;
}

/** Everything a role may do to a plan form: edit, and each action. */
export type PlanAllowed = Record<PlanAction | 'edit', boolean>;

/** The actions (and editing) open to a role on a plan form of this kind in this status. */
export function allowedPlanActions(kind: PlanKind, role: Role, status: PlanStatus): PlanAllowed {
  const out = { edit: role === 'unit_editor' && PLAN_EDITABLE_STATUSES.includes(status) } as PlanAllowed;
  for (const action of PLAN_ACTIONS) out[action] = planTransitionBlock(kind, role, action, status) === null;
  return out;
}

/** The status after a permitted action, and the effect it has (finance's approval of a kind). */
export function planTransition(kind: PlanKind, action: PlanAction): { to: PlanStatus; effect: PlanEffect } {
  return { to: PLAN_TRANSITIONS[action].to, effect: action === 'finance-approve' ? PLAN_KIND_RULES[kind].approvalEffect : 'none' };
}
