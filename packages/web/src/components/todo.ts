/** What waits for each role: the statuses in which a form needs its next step from that role. */
import type { FormStatus, Role } from '@jixiao/core';
import type { MessageKey } from '../i18n';

/** Per role, the 待办 categories: a status and its label. */
export const TODO_BY_ROLE: Record<Role, { status: FormStatus; label: MessageKey }[]> = {
  unit_editor: [
    { status: 'returned', label: 'todoReturned' },
    { status: 'draft', label: 'todoFill' },
  ],
  dept_reviewer: [{ status: 'submitted', label: 'todoReview' }],
  finance_reviewer: [
    { status: 'dept_approved', label: 'todoRescore' },
    { status: 'finance_reviewed', label: 'todoPublish' },
  ],
  admin: [],
  // An expert's work is its panel assignments (/sampling), not forms by status.
  expert: [],
};
