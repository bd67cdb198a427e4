/** Table types for kysely: the one description of the database both dialects share. */
import type { ColumnType, Generated } from 'kysely';
// The organisation kinds, roles and form statuses the columns hold are core's workflow vocabulary.
import type { FormStatus, OrgKind, PlanKind, PlanStatus, RectSource, RectStatus, Role, StageKind } from '@jixiao/core';

export interface OrgsTable {
  id: Generated<number>;
  name: string;
  kind: OrgKind;
  parent_id: number | null;
  created_at: string;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  name: string;
  password_hash: string;
  role: Role;
  /** Null only for the bootstrap admin, whose scope is every organisation. */
  org_id: number | null;
  created_at: string;
  /** 1 when the password was set by someone else (first run, reset): only a password change is allowed until then. */
  must_change_password: ColumnType<number, number | undefined, number>;
  /** When an admin disabled the user; null while active. */
  disabled_at?: string | null;
}

export interface SessionsTable {
  /** sha256 of the cookie token: a stolen database does not yield live sessions. */
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

/** A form stored whole (evaluation JSON verbatim) with the columns lists and dashboards need. */
export interface FormsTable {
  id: Generated<number>;
  org_id: number;
  version: number;
  status: FormStatus;
  year: number;
  project_name: string;
  department: string;
  implementer: string;
  template: string;
  evaluation: string;
  /** ScoredEvaluation summary and findings as computed by core at the last write. */
  scored: string;
  findings: string;
  /** 财政复核 (JSON StoredFinanceReview): the finance bureau's re-scoring; null until finance reviews. */
  finance_review: string | null;
  funds_unit: string;
  budget: string | null;
  executed: string | null;
  /** Amounts in 分 (0.01 元) so SUM is exact integer arithmetic on both databases. */
  budget_fen: number | null;
  executed_fen: number | null;
  execution_rate: string | null;
  claimed_total: number | null;
  proven_min: number | null;
  proven_max: number | null;
  grade: string | null;
  findings_error: number;
  findings_warning: number;
  findings_info: number;
  finance_review_total: number | null;
  source_hash: string | null;
  /** Approved targets (JSON TargetRow[]) locked at department approval; null when not locked. */
  targets_baseline: string | null;
  targets_locked_at: string | null;
  targets_locked_by: number | null;
  created_at: string;
  updated_at: string;
  created_by: number | null;
  updated_by: number | null;
}

export interface FormVersionsTable {
  form_id: number;
  version: number;
  at: string;
  by_user: number | null;
  action: string;
  evaluation: string;
  diff: string;
  comment: string | null;
}

export interface FormRulesTable {
  form_id: number;
  rule_id: string;
  severity: string;
  count: number;
}

/** Per (organisation, year, status, grade): count, amount sums (分) and score sums (hundredths), each with its non-null count. */
export interface FormRollupTable {
  org_id: number;
  year: number;
  status: FormStatus;
  /** '' when the form has no grade. */
  grade: string;
  n: number;
  budget_fen: number;
  n_budget: number;
  executed_fen: number;
  n_executed: number;
  claimed_c: number;
  n_claimed: number;
  proven_min_c: number;
  n_proven_min: number;
  proven_max_c: number;
  n_proven_max: number;
}

/** Findings per rule, per (organisation, year, status, grade). */
export interface FormRuleRollupTable {
  org_id: number;
  year: number;
  status: FormStatus;
  grade: string;
  rule_id: string;
  count: number;
}

export interface CommentsTable {
  id: Generated<number>;
  form_id: number;
  user_id: number;
  at: string;
  text: string;
  indicator: number | null;
}

export interface AuditTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  action: string;
  form_id: number | null;
  /** The form's organisation when the entry was written (kept after the form is deleted). */
  org_id: ColumnType<number | null, number | null | undefined, number | null>;
  detail: string;
}

/** A throttle counter: attempts since the window began, and when it ends (ms since the epoch). */
export interface ThrottleTable {
  key: string;
  count: number;
  reset_at: number;
}

/** A browser the user has logged in from. */
export interface DevicesTable {
  token_hash: string;
  user_id: number;
  created_at: string;
  expires_at: string;
}

/** 任务布置 (issue 14): a stage of a year for units and projects, with a deadline. */
export interface TasksTable {
  id: Generated<number>;
  year: number;
  stage: StageKind;
  period_from: number | null;
  period_to: number | null;
  /** JSON number[]: unit ids. */
  units: string;
  /** JSON {unitId, project}[]. */
  projects: string;
  deadline: string;
  note: string;
  created_at: string;
  created_by: number | null;
}

/** A target, monitoring or adjustment form (JSON verbatim) in the plan workflow. */
export interface PlanFormsTable {
  id: Generated<number>;
  kind: PlanKind;
  org_id: number;
  year: number;
  project_name: string;
  status: PlanStatus;
  version: number;
  body: string;
  /** Monitoring and adjustment: the approved target form they belong to. */
  target_form_id: number | null;
  /** JSON {department, finance}: each {by, at, comment} or null. */
  approvals: string;
  /** Target form, once finance approved it: JSON Baseline (adjustments applied). */
  baseline: string | null;
  evaluation_form_id: number | null;
  submitted_at: string | null;
  created_at: string;
  updated_at: string;
  created_by: number | null;
  updated_by: number | null;
}

export interface PlanVersionsTable {
  plan_id: number;
  version: number;
  at: string;
  by_user: number | null;
  action: string;
  body: string;
  comment: string | null;
}

/** A department's own library indicator (JSON LibraryIndicator). */
export interface LibraryEntriesTable {
  id: string;
  owner_org_id: number;
  entry: string;
  updated_at: string;
}

/** A setting finance makes for an organisation's subtree (see commands/settings.ts). */
export interface SettingsTable {
  org_id: number;
  /** 0: every year. */
  year: number;
  key: string;
  value: string;
  updated_at: string;
  updated_by: number | null;
}

/** A stored evidence file: its bytes are on disk under the hash; `refs` counts the attachments naming it. */
export interface EvidenceBlobsTable {
  sha256: string;
  size: number;
  mime: string;
  refs: number;
  created_at: string;
}

/** An evidence attachment: a file named by an owner (a form, per indicator or for the whole form). */
export interface EvidenceTable {
  id: Generated<number>;
  owner_kind: string;
  owner_id: number;
  /** The indicator's key (the row's name within the form), or null for the form as a whole. */
  indicator: string | null;
  name: string;
  sha256: string;
  size: number;
  mime: string;
  by_user: number | null;
  created_at: string;
}

/** A 整改 item (see migrations 701–703 and commands/rectification.ts). */
export interface RectificationItemsTable {
  id: Generated<number>;
  form_id: number;
  /** The responsible unit (the form's organisation). */
  org_id: number;
  year: number;
  source: RectSource;
  /** The finding ("rule-id@indicators[3].score") or 复核 row key the item came from; null for finance's own words. */
  source_ref: string | null;
  what: string;
  required_action: string;
  /** YYYY-MM-DD. */
  deadline: string;
  status: RectStatus;
  version: number;
  answer: string | null;
  /** JSON number[]: ids of the evidence (owner 'rectification', this item) the latest answer names. */
  answer_evidence: string;
  reopen_reason: string | null;
  reopened: number;
  /** 1 when finance chose to publish the outcome with the form. */
  public: number;
  opened_by: number;
  opened_at: string;
  answered_at: string | null;
  closed_at: string | null;
  updated_at: string;
}

export interface RectificationEventsTable {
  id: Generated<number>;
  item_id: number;
  at: string;
  by_user: number;
  action: string;
  text: string | null;
  /** JSON number[]. */
  evidence: string;
}

export interface DB {
  orgs: OrgsTable;
  users: UsersTable;
  sessions: SessionsTable;
  forms: FormsTable;
  form_versions: FormVersionsTable;
  form_rules: FormRulesTable;
  form_rollup: FormRollupTable;
  form_rule_rollup: FormRuleRollupTable;
  comments: CommentsTable;
  audit: AuditTable;
  throttle: ThrottleTable;
  devices: DevicesTable;
  tasks: TasksTable;
  plan_forms: PlanFormsTable;
  plan_versions: PlanVersionsTable;
  library_entries: LibraryEntriesTable;
  settings: SettingsTable;
  evidence_blobs: EvidenceBlobsTable;
  evidence: EvidenceTable;
  rectification_items: RectificationItemsTable;
  rectification_events: RectificationEventsTable;
  samples: SamplesTable;
  sample_items: SampleItemsTable;
  panel_assignments: PanelAssignmentsTable;
}

/** A 抽查 draw: year, scope, counts, seed and the ranking it was drawn from (JSON [{id, rank, score}]). */
export interface SamplesTable {
  id: Generated<number>;
  org_id: number;
  year: number;
  seed: string;
  algorithm: string;
  top_n: number;
  random_n: number;
  population: number;
  ranking: string;
  created_by: number;
  created_at: string;
}

/** A form in a sample: how it came in ('top' | 'random' | 'added'), and a manual removal. */
export interface SampleItemsTable {
  id: Generated<number>;
  sample_id: number;
  form_id: number;
  way: 'top' | 'random' | 'added';
  rank: number;
  score: number;
  added_reason: string | null;
  added_by: number | null;
  added_at: string | null;
  removed_reason: string | null;
  removed_by: number | null;
  removed_at: string | null;
}

/** A sampled form assigned to a panel reviewer for a period; checklist and result are JSON. */
export interface PanelAssignmentsTable {
  id: Generated<number>;
  sample_id: number;
  form_id: number;
  user_id: number;
  from_date: string;
  to_date: string;
  /** assigned → submitted → accepted, or returned (back to the panel) → submitted …; cancelled. */
  status: 'assigned' | 'submitted' | 'accepted' | 'returned' | 'cancelled';
  checklist: string;
  result: string | null;
  submitted_at: string | null;
  decided_by: number | null;
  decided_at: string | null;
  decision_reason: string | null;
  /** 1 when finance publishes the accepted outcome with the published form (migration 604). */
  public: Generated<number>;
  created_by: number;
  created_at: string;
}
