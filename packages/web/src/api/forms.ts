/** The form endpoints of docs/api.md: list, read, create, save, workflow, versions, comments. */
import type { Evaluation } from '@jixiao/core';
import { mapResult, query, request, type ApiResult } from './client';
import type { Action, CommentEntry, FinanceReview, FormResource, ListItem, Page, VersionEntry, VersionSnapshot } from './types';

export type FormId = FormResource['id'];

/** The list's filters and paging, as `GET /api/forms` takes them (empty values are left out). */
export interface ListFilters {
  year?: number | string;
  orgId?: number | string;
  status?: string;
  grade?: string;
  q?: string;
  rule?: string;
  page?: number;
  pageSize?: number;
  sort?: string;
}

/** GET /api/forms: one page of the forms the caller may see. */
export function listForms(filters: ListFilters, signal?: AbortSignal): Promise<ApiResult<Page<ListItem>>> {
  return request('GET', `/api/forms${query({ ...filters })}`, undefined, signal);
}

/** GET /api/forms/:id. */
export function getForm(id: FormId, signal?: AbortSignal): Promise<ApiResult<FormResource>> {
  return request('GET', `/api/forms/${id}`, undefined, signal);
}

/** POST /api/forms: a new draft (version 1) holding `evaluation`. */
export function createForm(evaluation: Evaluation): Promise<ApiResult<FormResource>> {
  return request('POST', '/api/forms', { evaluation });
}

/** PUT /api/forms/:id against the version the edit started from; 409 `version-conflict` carries `current`. */
export function saveForm(id: FormId, version: number, evaluation: Evaluation): Promise<ApiResult<FormResource>> {
  return request('PUT', `/api/forms/${id}`, { version, evaluation });
}

/** DELETE /api/forms/:id at the version shown: drafts only (the server refuses anything else). */
export function deleteForm(id: FormId, version: number): Promise<ApiResult<null>> {
  return request('DELETE', `/api/forms/${id}`, { version });
}

/** What a workflow action may carry besides itself: a reason, or finance's 复核. */
export interface TransitionExtra {
  comment?: string;
  financeReview?: FinanceReview;
}

/** POST /api/forms/:id/transition: submit, return, approve, finance-review, publish, unlock…. */
export function transition(id: FormId, version: number, action: Action, extra: TransitionExtra = {}): Promise<ApiResult<FormResource>> {
  const body: Record<string, unknown> = { version, action };
  if (extra.comment) body.comment = extra.comment;
  if (extra.financeReview) body.financeReview = extra.financeReview;
  return request('POST', `/api/forms/${id}/transition`, body);
}

/** GET /api/forms/:id/versions: the history, as the server lists it. */
export function listVersions(id: FormId, signal?: AbortSignal): Promise<ApiResult<VersionEntry[]>> {
  return request<{ items: VersionEntry[] }>('GET', `/api/forms/${id}/versions`, undefined, signal).then((r) => mapResult(r, (v) => v.items ?? []));
}

/** GET /api/forms/:id/versions/:v: the evaluation as it was at version v. */
export function getVersion(id: FormId, version: number, signal?: AbortSignal): Promise<ApiResult<VersionSnapshot>> {
  return request('GET', `/api/forms/${id}/versions/${version}`, undefined, signal);
}

/** GET /api/forms/:id/comments. */
export function listComments(id: FormId, signal?: AbortSignal): Promise<ApiResult<CommentEntry[]>> {
  return request<{ items: CommentEntry[] }>('GET', `/api/forms/${id}/comments`, undefined, signal).then((r) => mapResult(r, (v) => v.items ?? []));
}

/** POST /api/forms/:id/comments, on the form (indicator null) or on one indicator row. */
export function addComment(id: FormId, text: string, indicator: number | null): Promise<ApiResult<CommentEntry>> {
  return request('POST', `/api/forms/${id}/comments`, indicator === null ? { text } : { text, indicator });
}
