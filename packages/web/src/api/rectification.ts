/** 整改 (rectification items), 结果应用 (the department report) and the public page's departments, bundles and outcomes. */
import type { BudgetThresholds, RectAction, RectFilter, RectSource, RectStatus, ResultsRow, ResultsSummary } from '@jixiao/core';
import { mapResult, query, request, type ApiResult } from './client';

export interface RectItem {
  id: number;
  version: number;
  formId: number;
  orgId: number;
  orgName: string;
  year: number;
  projectName?: string;
  implementer?: string;
  source: RectSource;
  sourceRef: string | null;
  what: string;
  requiredAction: string;
  deadline: string;
  status: RectStatus;
  overdue: boolean;
  answer: string | null;
  answerEvidence: number[];
  reopenReason: string | null;
  reopened: number;
  public: boolean;
  openedAt: string;
  answeredAt: string | null;
  closedAt: string | null;
}

export interface RectEvent {
  id: number;
  at: string;
  by: string | null;
  action: string;
  text: string | null;
  evidence: number[];
}

export interface RectFile {
  id: number;
  name: string;
  size: number;
  mime: string;
  createdAt: string;
}

export type RectDetail = RectItem & { events: RectEvent[]; evidence: RectFile[] };

export interface RectCountsRow {
  orgId: number;
  name: string;
  open: number;
  overdue: number;
  closed: number;
}

/** GET /api/rectification. */
export function listRectification(f: { filter?: RectFilter; year?: number; formId?: number | string }, signal?: AbortSignal): Promise<ApiResult<RectItem[]>> {
  return request<{ items: RectItem[] }>('GET', `/api/rectification${query({ ...f })}`, undefined, signal).then((r) => mapResult(r, (v) => v.items ?? []));
}

/** GET /api/rectification/counts: per department, and the total. */
export function rectificationCounts(year?: number, signal?: AbortSignal): Promise<ApiResult<{ departments: RectCountsRow[]; total: Omit<RectCountsRow, 'orgId' | 'name'> }>> {
  return request('GET', `/api/rectification/counts${query({ year })}`, undefined, signal);
}

/** GET /api/rectification/:id with its history and files. */
export function getRectification(id: number, signal?: AbortSignal): Promise<ApiResult<RectDetail>> {
  return request('GET', `/api/rectification/${id}`, undefined, signal);
}

/** POST /api/rectification (finance). */
export function openRectification(body: { formId: number; source: RectSource; sourceRef?: string; what: string; requiredAction: string; deadline: string; public?: boolean }): Promise<ApiResult<RectItem>> {
  return request('POST', '/api/rectification', body);
}

/** POST /api/rectification/:id/actions. */
export function actOnRectification(id: number, body: { version: number; action: RectAction; text?: string; evidence?: number[] }): Promise<ApiResult<RectItem>> {
  return request('POST', `/api/rectification/${id}/actions`, body);
}

/** PUT /api/rectification/:id/public (finance). */
export function setRectificationPublic(id: number, pub: boolean): Promise<ApiResult<RectItem>> {
  return request('PUT', `/api/rectification/${id}/public`, { public: pub });
}

/**
 * POST /api/rectification/:id/evidence: the file is the raw body (the server judges its kind by
 * content). The transport sends JSON or FormData only, so the CSRF token is read from the session.
 */
export async function uploadRectificationFile(id: number, file: Blob, name: string): Promise<ApiResult<RectFile>> {
  const s = await request<{ csrfToken?: string }>('GET', '/api/session');
  const token = s.ok ? s.value.csrfToken ?? '' : '';
  try {
    const res = await fetch(`/api/rectification/${id}/evidence${query({ name })}`, { method: 'POST', body: file, headers: { 'X-CSRF-Token': token, 'Content-Type': 'application/octet-stream' }, credentials: 'same-origin' });
    const body = await res.json();
    return res.ok ? { ok: true, value: body } : { ok: false, error: { status: res.status, code: body?.error?.code ?? `http-${res.status}`, message: body?.error?.message ?? { zh: `HTTP ${res.status}`, en: `HTTP ${res.status}` }, path: body?.error?.path, body } };
  } catch {
    return { ok: false, error: { status: 0, code: 'network', message: { zh: '网络错误或服务器无响应', en: 'network error or no response from the server' }, body: {} } };
  }
}

/** The address of an item's file (inline: shown by the browser when an image or PDF). */
export function rectificationFileUrl(id: number, fileId: number, inline = false): string {
  return `/api/rectification/${id}/evidence/${fileId}${inline ? '?inline=1' : ''}`;
}

/** The department report's file address (xlsx or pdf; with `en`, its English edition — the dashboard's links are the Chinese one). */
export function resultsReportUrl(department: number, year: number, format: 'xlsx' | 'pdf', lang?: 'en'): string {
  return `/api/reports/results${query({ department, year, format, lang })}`;
}

/** GET /api/reports/results (json): the department's 结果应用 rows, summary and the thresholds in force. */
export interface ResultsReport {
  departmentId: number;
  department: string;
  year: number;
  thresholds: BudgetThresholds;
  rows: ResultsRow[];
  summary: ResultsSummary;
}

export function getResultsReport(department: number, year: number, signal?: AbortSignal): Promise<ApiResult<ResultsReport>> {
  return request('GET', `/api/reports/results${query({ department, year })}`, undefined, signal);
}

export interface PublicDepartment {
  orgId: number;
  name: string;
  years: { year: number; forms: number }[];
}

/** GET /api/public/departments. */
export function publicDepartments(signal?: AbortSignal): Promise<ApiResult<PublicDepartment[]>> {
  return request<{ items: PublicDepartment[] }>('GET', '/api/public/departments', undefined, signal).then((r) => mapResult(r, (v) => v.items ?? []));
}

/** The address of a department's bundle of published forms for a year. */
export function publicBundleUrl(department: number, year: number, format: 'pdf' | 'xlsx'): string {
  return `/api/public/bundle${query({ department, year, format })}`;
}

export interface PublicOutcome {
  id: number;
  formId: number;
  what: string;
  requiredAction: string;
  deadline: string;
  status: RectStatus;
  outcome: string | null;
  closedAt: string | null;
}

/** GET /api/public/rectification: the outcomes finance chose to publish. */
export function publicOutcomes(f: { department?: number; year?: number; formId?: number | string }, signal?: AbortSignal): Promise<ApiResult<PublicOutcome[]>> {
  return request<{ items: PublicOutcome[] }>('GET', `/api/public/rectification${query({ ...f })}`, undefined, signal).then((r) => mapResult(r, (v) => v.items ?? []));
}
