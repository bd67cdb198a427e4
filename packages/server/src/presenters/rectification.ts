/** Shapes rectification rows into the item resource of the API. */
import { isOverdue } from '@jixiao/core';
import type { ItemRow } from '../commands/rectification';
import { today } from '../commands/tasks';
import type { OrgTree } from '../domain/orgtree';

/** An item (with its form's project and unit when the row was joined). */
export function presentItem(r: ItemRow & { project_name?: string; implementer?: string }, tree: OrgTree) {
  return {
    id: r.id,
    version: r.version,
    formId: r.form_id,
    orgId: r.org_id,
    orgName: tree.get(r.org_id)?.name ?? '',
    year: r.year,
    projectName: r.project_name,
    implementer: r.implementer,
    source: r.source,
    sourceRef: r.source_ref,
    what: r.what,
    requiredAction: r.required_action,
    deadline: r.deadline,
    status: r.status,
    overdue: isOverdue(r, today()),
    answer: r.answer,
    answerEvidence: JSON.parse(r.answer_evidence) as number[],
    reopenReason: r.reopen_reason,
    reopened: r.reopened,
    public: r.public === 1,
    openedBy: r.opened_by,
    openedAt: r.opened_at,
    answeredAt: r.answered_at,
    closedAt: r.closed_at,
    updatedAt: r.updated_at,
  };
}

/** One step of an item's history. */
export function presentEvent(e: { id: number; at: string; by_user: number; action: string; text: string | null; evidence: string; user_name: string | null }) {
  return { id: e.id, at: e.at, byId: e.by_user, by: e.user_name, action: e.action, text: e.text, evidence: JSON.parse(e.evidence) as number[] };
}
