/** What the current user may do with a form in its current state (mirrors the server's policies). */
import type { FormStatus, Role } from '../api/types';

export interface Allowed {
  edit: boolean;
  submit: boolean;
  return: boolean;
  approve: boolean;
  financeReview: boolean;
  publish: boolean;
  unlock: boolean;
}

/** The actions a role has on a form in a status; the server decides, this only shapes the UI. */
export function allowed(role: Role, status: FormStatus): Allowed {
  const unit = role === 'unit_editor' || role === 'admin';
  const editable = status === 'draft' || status === 'returned';
  return {
    edit: unit && editable,
    submit: unit && editable,
    return: (role === 'dept_reviewer' || role === 'admin') && status === 'submitted',
    approve: (role === 'dept_reviewer' || role === 'admin') && status === 'submitted',
    financeReview: (role === 'finance_reviewer' || role === 'admin') && (status === 'dept_approved' || status === 'finance_reviewed'),
    publish: (role === 'finance_reviewer' || role === 'admin') && status === 'finance_reviewed',
    unlock: (role === 'finance_reviewer' || role === 'admin') && (status === 'dept_approved' || status === 'finance_reviewed' || status === 'published'),
  };
}
