/** What the current user may do with a form in its current state (mirrors the server's policies). */
import type { FormStatus, Role } from '../api/types';

export interface Allowed {
  edit: boolean;
  submit: boolean;
  return: boolean;
  approve: boolean;
  financeReview: boolean;
  publish: boolean;
  /** Back to 已退回: finance/admin from any later status; a department its own approval (撤销审核). */
  unlock: boolean;
  /** Lift the lock on approved targets (finance/admin, when locked). */
  unlockTargets: boolean;
}

const LATER: FormStatus[] = ['submitted', 'dept_approved', 'finance_reviewed', 'published'];

/** The actions a role has on a form in a status; the server decides, this only shapes the UI. */
export function allowed(role: Role, status: FormStatus, targetsLocked = false): Allowed {
  const unit = role === 'unit_editor';
  const dept = role === 'dept_reviewer';
  const finance = role === 'finance_reviewer';
  const editable = status === 'draft' || status === 'returned';
  const approved = status === 'dept_approved' || status === 'finance_reviewed';
  return {
    edit: unit && editable,
    submit: unit && editable,
    return: (dept && status === 'submitted') || (finance && approved),
    approve: dept && status === 'submitted',
    financeReview: finance && approved,
    publish: finance && status === 'finance_reviewed',
    unlock: ((finance || role === 'admin') && LATER.includes(status)) || (dept && status === 'dept_approved'),
    unlockTargets: (finance || role === 'admin') && targetsLocked,
  };
}
