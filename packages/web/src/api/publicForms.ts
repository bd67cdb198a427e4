/** The public endpoints: published forms, no login. */
import { mapResult, query, request, type ApiResult } from './client';
import type { FormResource, ListItem } from './types';

/** GET /api/public/forms. */
export function listPublicForms(filters: { year?: number; orgId?: number; q?: string }, signal?: AbortSignal): Promise<ApiResult<ListItem[]>> {
  return request<{ items: ListItem[] }>('GET', `/api/public/forms${query({ ...filters })}`, undefined, signal).then((r) => mapResult(r, (v) => v.items ?? []));
}

/** GET /api/public/forms/:id. */
export function getPublicForm(id: string, signal?: AbortSignal): Promise<ApiResult<FormResource>> {
  return request('GET', `/api/public/forms/${encodeURIComponent(id)}`, undefined, signal);
}
