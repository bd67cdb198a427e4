/** The statuses a form passes through (草稿 → 已提交 → 主管部门已审核 / 已退回 → 财政已复核 → 已公开). */

/** Every status, in workflow order. */
export const FORM_STATUSES = ['draft', 'submitted', 'returned', 'dept_approved', 'finance_reviewed', 'published'] as const;
export type FormStatus = (typeof FORM_STATUSES)[number];

/** Statuses in which the unit may edit its form: its own draft, or a form sent back to it. */
export const EDITABLE_STATUSES: readonly FormStatus[] = ['draft', 'returned'];

/** Statuses in which a form may be deleted: only a draft (nothing anyone else has seen). */
export const DELETABLE_STATUSES: readonly FormStatus[] = ['draft'];
