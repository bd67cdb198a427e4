/** Wire shapes of docs/api.md, as the web app reads them. */
import type { Action, Evaluation, Finding, FormStatus, Msg, OrgKind, Role } from '@jixiao/core';

// Roles, statuses and actions are core's workflow vocabulary (core/src/workflow).
export type { Action, FormStatus, Role };

export interface User {
  id: number | string;
  username: string;
  name: string;
  role: Role;
  orgId: number | string;
  orgName: string;
  orgKind: OrgKind;
}

export interface Session {
  user: User;
  csrfToken: string;
  /** The password was issued (first run, reset, set by an admin): every other request is 403 until it is changed. */
  mustChangePassword?: boolean;
}

export interface Org {
  id: number | string;
  name: string;
  kind: string;
  parentId: number | string | null;
}

/** 财政复核: the finance bureau's own score per indicator beside the unit's. */
export interface FinanceReview {
  scores: Record<string, { score: number | null; reason: string }>;
  total?: number | null;
  grade?: string | null;
  comment?: string;
}

/** The approved targets as locked at the department's approval. */
export interface TargetsLock {
  at: string;
  byId: number | null;
  baseline: { name: string; target: string; weight: number | null }[];
}

export interface FormResource {
  id: number | string;
  version: number;
  orgId: number | string;
  orgName: string;
  year: number;
  projectName: string;
  status: FormStatus;
  template: string;
  evaluation: Evaluation;
  findings: Finding[];
  financeReview: FinanceReview | null;
  /** The targets approved by the department: 三级指标, 年度指标值 and 分值 cannot change while set. */
  targetsLocked?: TargetsLock | null;
  /** 整改 items not yet closed (the form routes' resource; absent on the public view). */
  openRectification?: number;
  createdAt: string;
  updatedAt: string;
  updatedBy?: string | number | null;
}

export interface ListItem {
  id: number | string;
  version: number;
  orgId: number | string;
  orgName: string;
  year: number;
  projectName: string;
  implementer: string;
  status: FormStatus;
  budget: string | null;
  executed: string | null;
  executionRate: string | number | null;
  claimedTotal: number | null;
  provenMin: number | null;
  provenMax: number | null;
  grade: string | null;
  findings: { error: number; warning: number; info: number };
  financeReviewTotal: number | null;
  /** 复核等级 by the form's template bands; null until finance re-scores. */
  financeReviewGrade: string | null;
  updatedAt: string;
  /** 整改 items not yet closed: the form shows 整改中 while there are any (absent on the public list). */
  openRectification?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface VersionEntry {
  version: number;
  at: string;
  by: string | number | null;
  action: string;
  comment?: string | null;
  diff?: unknown;
}

export interface CommentEntry {
  id?: number | string;
  text: string;
  indicator?: number | null;
  at?: string;
  createdAt?: string;
  by?: string | number;
  userName?: string;
  author?: string;
}

export interface ImportedForm {
  evaluation: Evaluation;
  findings: Finding[];
  notes?: unknown[];
  duplicateOf?: number | string | null;
  /** A stored form with the same project, year and unit (the newest). */
  sameAs?: number | string | null;
  /** Set when the form was saved. */
  id?: number | string;
  /** Set when it replaced a stored form as a new version of it. */
  replaced?: number | string;
  saveError?: { code: string; message: Msg };
}

export interface ImportResult {
  items: { file: string; forms: ImportedForm[]; error?: Msg | string | { message?: Msg } }[];
  ids?: (number | string)[];
}

export interface Stats {
  byStatus: { status: FormStatus; count: number }[];
  byOrg: {
    orgId: number | string;
    orgName: string;
    count: number;
    budget: string | number | null;
    executed: string | number | null;
    executionRate: string | number | null;
    claimed: number | null;
    provenMin: number | null;
    provenMax: number | null;
  }[];
  grades: { grade: string; count: number }[];
  topFindings: { ruleId: string; count: number }[];
  largestGaps: { id: number | string; projectName: string; claimedTotal: number | null; provenMax: number | null; financeReviewTotal: number | null; gap: number }[];
}

/** One version of a form as GET /api/forms/:id/versions/:v returns it. */
export interface VersionSnapshot {
  version: number;
  at?: string;
  action?: string;
  evaluation: Evaluation;
}
