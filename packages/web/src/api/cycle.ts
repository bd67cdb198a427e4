/**
 * The endpoints of docs/api.md "Before the self-evaluation" (issue 14): tasks with deadlines, the
 * plan forms (绩效目标申报表, 运行监控表, 目标调整申请) and their workflow, the indicator library, and what
 * stands beside each indicator of a self-evaluation created from approved targets.
 */
import type {
  Adjustment, AppliedChange, Beside, BudgetLight, Finding, IndicatorLight, IndicatorRecord, Issue, LibraryIndicator, LightSettings,
  MonitoringForm, PlanAction, PlanAllowed, PlanKind, PlanStatus, SourceIssue, StageKind, TargetChange, TargetForm,
} from '@jixiao/core';
import { mapResult, query, request, type ApiResult } from './client';
import type { FormResource, Page } from './types';

export type PlanId = number;

/** A plan form as `GET /api/plans` lists it (no form body). */
export interface PlanItem {
  id: PlanId;
  kind: PlanKind;
  version: number;
  orgId: number;
  orgName: string;
  year: number;
  projectName: string;
  status: PlanStatus;
  targetFormId: PlanId | null;
  evaluationFormId: number | null;
  submittedAt: string | null;
  updatedAt: string;
}

export interface PlanApproval {
  by: string;
  at: string;
  comment: string;
}

/** The whole plan resource; `form` is the kind's core model. */
export interface PlanBase<K extends PlanKind, F> extends PlanItem {
  kind: K;
  form: F;
  createdAt: string;
  approvals: { department: PlanApproval | null; finance: PlanApproval | null };
  allowed: PlanAllowed;
  issues: Issue[];
}

export interface TargetPlan extends PlanBase<'target', TargetForm> {
  findings: Finding[];
  earlier: IndicatorRecord[][];
  baseline: { targets: { level1: string; level2: string; name: string; target: string; weight: number | null }[]; history: AppliedChange[][] } | null;
}

export interface MonitoringPlan extends PlanBase<'monitoring', MonitoringForm> {
  /** With the thresholds in force for the unit and year (finance's `traffic-lights` setting, as shares). */
  lights: { budget: BudgetLight; indicators: IndicatorLight[]; thresholds: LightSettings };
}

export type AdjustmentPlan = PlanBase<'adjustment', Adjustment>;

export type Plan = TargetPlan | MonitoringPlan | AdjustmentPlan;

/** What `PUT /api/plans/:id` takes per kind (an adjustment: its reason and changes only). */
export type AdjustmentRequest = { reason: string; changes: (Omit<TargetChange, "from"> & { from?: TargetChange["from"] })[] };

export interface PlanFilters {
  kind?: PlanKind;
  year?: number;
  status?: PlanStatus;
  orgId?: number;
  targetFormId?: PlanId;
  page?: number;
  pageSize?: number;
}

/** GET /api/plans. */
export function listPlans(filters: PlanFilters, signal?: AbortSignal): Promise<ApiResult<Page<PlanItem>>> {
  return request('GET', `/api/plans${query({ ...filters })}`, undefined, signal);
}

/** GET /api/plans/:id. */
export function getPlan(id: PlanId, signal?: AbortSignal): Promise<ApiResult<Plan>> {
  return request('GET', `/api/plans/${id}`, undefined, signal);
}

/** PUT /api/plans/:id at the version the edit started from (409 `version-conflict` carries `current`). */
export function savePlan(id: PlanId, version: number, form: TargetForm | MonitoringForm | AdjustmentRequest): Promise<ApiResult<Plan>> {
  return request('PUT', `/api/plans/${id}`, { version, form });
}

/** DELETE /api/plans/:id (drafts). */
export function deletePlan(id: PlanId, version: number): Promise<ApiResult<null>> {
  return request('DELETE', `/api/plans/${id}`, { version });
}

/** POST /api/plans/:id/transition: submit, return (reason required), approve, finance-approve, unlock. */
export function transitionPlan(id: PlanId, version: number, action: PlanAction, comment?: string): Promise<ApiResult<Plan>> {
  return request('POST', `/api/plans/${id}/transition`, comment ? { version, action, comment } : { version, action });
}

export interface PlanVersion {
  version: number;
  at: string;
  byId: number | null;
  by: string;
  action: string;
  comment: string | null;
}

/** GET /api/plans/:id/versions. */
export function listPlanVersions(id: PlanId, signal?: AbortSignal): Promise<ApiResult<PlanVersion[]>> {
  return request<{ items: PlanVersion[] }>('GET', `/api/plans/${id}/versions`, undefined, signal).then((r) => mapResult(r, (v) => v.items ?? []));
}

/** POST /api/target-forms: a new draft target form. */
export function createTargetForm(form: TargetForm, orgId?: number): Promise<ApiResult<TargetPlan>> {
  return request('POST', '/api/target-forms', orgId === undefined ? { form } : { form, orgId });
}

export interface TargetCheck {
  issues: Issue[];
  findings: Finding[];
  earlier: IndicatorRecord[][];
}

/** POST /api/target-forms/check: issues, findings and earlier years as the form is filled, nothing saved. */
export function checkTargetForm(form: TargetForm, orgId?: number, signal?: AbortSignal): Promise<ApiResult<TargetCheck>> {
  return request('POST', '/api/target-forms/check', orgId === undefined ? { form } : { form, orgId }, signal);
}

/** POST /api/target-forms/:id/monitoring: a monitoring form for the period, pre-filled from the approved targets. */
export function createMonitoring(targetId: PlanId, period: { from: number; to: number }): Promise<ApiResult<MonitoringPlan>> {
  return request('POST', `/api/target-forms/${targetId}/monitoring`, { period });
}

/** POST /api/target-forms/:id/adjustments: a 目标调整申请 (`from` defaults to the value in force). */
export function createAdjustment(targetId: PlanId, form: AdjustmentRequest): Promise<ApiResult<AdjustmentPlan>> {
  return request('POST', `/api/target-forms/${targetId}/adjustments`, { form });
}

/** POST /api/target-forms/:id/evaluation: the self-evaluation from the approved targets, locked. */
export function createEvaluationFromTargets(targetId: PlanId): Promise<ApiResult<FormResource>> {
  return request('POST', `/api/target-forms/${targetId}/evaluation`);
}

export interface CycleBeside {
  targetFormId: PlanId | null;
  beside: Beside[] | null;
  findings: Finding[] | null;
}

/** GET /api/forms/:id/cycle: beside each indicator of a self-evaluation, its approved changes, monitoring and earlier years. */
export function getFormCycle(formId: number | string, signal?: AbortSignal): Promise<ApiResult<CycleBeside>> {
  return request('GET', `/api/forms/${formId}/cycle`, undefined, signal);
}

// Tasks (任务布置).

export interface TaskResource {
  id: number;
  year: number;
  stage: StageKind;
  period: { from: number; to: number } | null;
  deadline: string;
  note: string;
  units: { id: number; name: string }[];
  projects: { unitId: number; project: string }[];
  createdAt: string;
}

export interface OpenTask {
  year: number;
  stage: StageKind;
  period?: { from: number; to: number };
  unitIds: number[];
  projects?: { unitId: number; project: string }[];
  deadline: string;
  note?: string;
}

export type DueStatus = 'open' | 'overdue' | 'done' | 'done-late';

export interface DueEntry {
  taskId: number;
  stage: StageKind;
  year: number;
  unitId: number;
  unitName: string;
  project: string | null;
  deadline: string;
  status: DueStatus;
  daysLeft: number;
}

export interface DepartmentRates {
  department: string;
  expected: number;
  submitted: number;
  onTime: number;
  overdue: number;
  /** Decimal strings ("0.5"). */
  completionRate: string;
  timelinessRate: string;
}

/** POST /api/tasks (finance, admins). */
export function openTask(task: OpenTask): Promise<ApiResult<TaskResource>> {
  return request('POST', '/api/tasks', task);
}

/** GET /api/tasks?year=. */
export function listTasks(year?: number, signal?: AbortSignal): Promise<ApiResult<TaskResource[]>> {
  return request<{ items: TaskResource[] }>('GET', `/api/tasks${query({ year })}`, undefined, signal).then((r) => mapResult(r, (v) => v.items ?? []));
}

/** GET /api/tasks/due: what is due, overdue first. */
export function listDue(filters: { year?: number; unitId?: number }, signal?: AbortSignal): Promise<ApiResult<{ today: string; items: DueEntry[] }>> {
  return request('GET', `/api/tasks/due${query({ ...filters })}`, undefined, signal);
}

/** GET /api/tasks/progress: completion and timeliness per department, and the overdue items. */
export function taskProgress(filters: { year?: number; stage?: StageKind; taskId?: number }, signal?: AbortSignal): Promise<ApiResult<{ today: string; departments: DepartmentRates[]; overdue: DueEntry[] }>> {
  return request('GET', `/api/tasks/progress${query({ ...filters })}`, undefined, signal);
}

// The indicator library.

/** GET /api/library: search as you type over the common and the caller's department's indicators. */
export function findLibraryIndicators(filters: { q?: string; level1?: string; level2?: string; limit?: number }, signal?: AbortSignal): Promise<ApiResult<LibraryIndicator[]>> {
  return request<{ items: LibraryIndicator[] }>('GET', `/api/library${query({ ...filters })}`, undefined, signal).then((r) => mapResult(r, (v) => v.items ?? []));
}

/** A department's own indicator as the library screen edits it (the name is fixed once added). */
export type LibraryFields = Pick<LibraryIndicator, 'level1' | 'level2' | 'unit' | 'direction' | 'basis' | 'note'>;

/** GET /api/library/own: the department's own indicators (the caller's, or every one in scope), retired ones marked. */
export function listOwnLibrary(departmentId?: number, signal?: AbortSignal): Promise<ApiResult<LibraryIndicator[]>> {
  return request<{ items: LibraryIndicator[] }>('GET', `/api/library/own${query({ departmentId })}`, undefined, signal).then((r) => mapResult(r, (v) => v.items ?? []));
}

/** POST /api/library: a new own indicator (409 `duplicate` where the name is there already). */
export function addLibraryIndicator(entry: LibraryFields & { name: string }, departmentId?: number): Promise<ApiResult<LibraryIndicator>> {
  return request('POST', '/api/library', departmentId === undefined ? { entry } : { departmentId, entry });
}

/** PUT /api/library/:id: edit an own indicator (all but its name). */
export function editLibraryIndicator(id: string, entry: LibraryFields): Promise<ApiResult<LibraryIndicator>> {
  return request('PUT', `/api/library/${encodeURIComponent(id)}`, { entry });
}

/** POST /api/library/:id/retire or /restore: stop (or resume) offering an own indicator. */
export function retireLibraryIndicator(id: string, retire: boolean): Promise<ApiResult<LibraryIndicator>> {
  return request('POST', `/api/library/${encodeURIComponent(id)}/${retire ? 'retire' : 'restore'}`);
}

// A 申报表 file.

/** What `POST /api/target-forms/import?preview=1` read from a file: nothing is stored. */
export interface TargetImportPreview {
  forms: TargetForm[];
  notes: (SourceIssue & { form: number })[];
  file: string;
}

/** POST /api/target-forms/import?preview=1 with the file as multipart `files`; a file that cannot be read is an error carrying `body.importError` (code, location, message). */
export function previewTargetImport(file: { blob: Blob; name: string }, year?: number): Promise<ApiResult<TargetImportPreview>> {
  const fd = new FormData();
  fd.append('files', file.blob, file.name);
  return request('POST', `/api/target-forms/import${query({ preview: 1, year })}`, fd);
}
