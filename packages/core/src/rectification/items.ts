/**
 * 整改 (rectification) items: what finance found, the action it requires, a deadline and the unit
 * responsible. The unit answers (a description, evidence files); finance accepts (closes) the item
 * or reopens it with a reason. This table is the one description of that life cycle: the server
 * enforces it, the browser shapes its buttons with it.
 */
import type { Msg } from '../present';
import type { Role } from '../workflow/roles';

/** 待整改 (open, also after a reopen) → 已答复 (answered) → 已销号 (closed). */
export const RECT_STATUSES = ['open', 'answered', 'closed'] as const;
export type RectStatus = (typeof RECT_STATUSES)[number];

/** Actions on an item after finance opened it. */
export const RECT_ACTIONS = ['answer', 'accept', 'reopen'] as const;
export type RectAction = (typeof RECT_ACTIONS)[number];

/** Where an item comes from: a review finding, a 复核 row, or finance's own words. */
export const RECT_SOURCES = ['finding', 'review', 'manual'] as const;
export type RectSource = (typeof RECT_SOURCES)[number];

export interface RectRule {
  from: readonly RectStatus[];
  to: RectStatus;
  roles: readonly Role[];
  /** The text the action must carry: the answer's description, or the reason for reopening. */
  needsText: boolean;
}

/**
 * The transitions. The unit answers an open item (again after a reopen); finance closes an answered
 * one or sends it back — also a closed one, when a later check shows the fix did not hold.
 */
export const RECT_TRANSITIONS: Record<RectAction, RectRule> = {
  answer: { from: ['open'], to: 'answered', roles: ['unit_editor'], needsText: true },
  accept: { from: ['answered'], to: 'closed', roles: ['finance_reviewer'], needsText: false },
  reopen: { from: ['answered', 'closed'], to: 'open', roles: ['finance_reviewer'], needsText: true },
};

/** Roles that open items: finance (in its scope). */
export const RECT_OPENER_ROLES: readonly Role[] = ['finance_reviewer'];

/** Why a role may not take an action on an item in this status, or null when it may. */
export function rectBlock(role: Role, action: RectAction, status: RectStatus): 'role' | 'status' | null {
  const rule = RECT_TRANSITIONS[action];
  if (!rule.roles.includes(role)) return 'role';
  if (!rule.from.includes(status)) return 'status';
  return null;
}

/** The actions a role may take on an item in this status, in table order. */
export function rectActions(role: Role, status: RectStatus): RectAction[] {
  return RECT_ACTIONS.filter((a) => rectBlock(role, a, status) === null);
}

/** Overdue: not closed, and the deadline (YYYY-MM-DD) is before today (YYYY-MM-DD, the bureau's calendar day). */
export function isOverdue(item: { status: RectStatus; deadline: string }, today: string): boolean {
  return item.status !== 'closed' && item.deadline < today;
}

/** The filter the list offers: 未销号 (open or answered), 逾期 (overdue) or 已销号 (closed). */
export const RECT_FILTERS = ['open', 'overdue', 'closed'] as const;
export type RectFilter = (typeof RECT_FILTERS)[number];

/** Whether an item falls under a filter. */
export function rectMatches(item: { status: RectStatus; deadline: string }, filter: RectFilter, today: string): boolean {
  if (filter === 'closed') return item.status === 'closed';
  if (filter === 'overdue') return isOverdue(item, today);
  return item.status !== 'closed';
}

/** Open, overdue and closed counts (overdue items are also open). */
export interface RectCounts {
  open: number;
  overdue: number;
  closed: number;
}

/** Count items by filter. */
export function rectCounts(items: readonly { status: RectStatus; deadline: string }[], today: string): RectCounts {
  const c: RectCounts = { open: 0, overdue: 0, closed: 0 };
  for (const it of items) {
    if (it.status === 'closed') c.closed++;
    else c.open++;
    if (isOverdue(it, today)) c.overdue++;
  }
  return c;
}

/** A calendar date YYYY-MM-DD that exists. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Labels, in the words a 整改通知 uses. */
export const RECT_STATUS_LABELS: Record<RectStatus, Msg> = {
  open: { zh: '待整改', en: 'open' },
  answered: { zh: '已答复待验收', en: 'answered, awaiting acceptance' },
  closed: { zh: '已销号', en: 'closed' },
};
export const RECT_ACTION_LABELS: Record<RectAction | 'open', Msg> = {
  open: { zh: '下达整改', en: 'open' },
  answer: { zh: '答复整改情况', en: 'answer' },
  accept: { zh: '验收销号', en: 'accept and close' },
  reopen: { zh: '退回重新整改', en: 'reopen' },
};
export const RECT_FILTER_LABELS: Record<RectFilter, Msg> = {
  open: { zh: '未销号', en: 'open' },
  overdue: { zh: '已逾期', en: 'overdue' },
  closed: { zh: '已销号', en: 'closed' },
};
/** The status a form shows while it has items not yet closed. */
export const RECTIFYING_LABEL: Msg = { zh: '整改中', en: 'under rectification' };
