/** The administrator's endpoints: users, organisations, the audit log, and one's own password. */
import type { Role } from '@jixiao/core';
import { mapResult, query, request, type ApiResult } from './client';
import type { Org } from './types';

export interface UserEntry {
  id: number;
  username: string;
  name: string;
  role: Role;
  orgId: number | null;
  orgName: string;
  createdAt: string;
  disabled: boolean;
}

export interface AuditEntry {
  id: number;
  at: string;
  userId: number | null;
  userName: string | null;
  action: string;
  formId: number | null;
  detail: unknown;
}

/** GET /api/users: users in my subtree. */
export function listUsers(signal?: AbortSignal): Promise<ApiResult<UserEntry[]>> {
  return request<{ items: UserEntry[] }>('GET', '/api/users', undefined, signal).then((r) => mapResult(r, (v) => v.items));
}

/** POST /api/users. */
export function createUser(u: { username: string; name: string; password: string; role: Role; orgId: number | null }): Promise<ApiResult<UserEntry>> {
  return request('POST', '/api/users', u);
}

/** PATCH /api/users/:id: role, disabled, or a new password. */
export function updateUser(id: number, patch: { role?: Role; disabled?: boolean; password?: string }): Promise<ApiResult<UserEntry>> {
  return request('PATCH', `/api/users/${id}`, patch);
}

/** POST /api/orgs: an organisation under a parent of the right kind. */
export function createOrg(o: { name: string; kind: string; parentId: number | null }): Promise<ApiResult<Org>> {
  return request('POST', '/api/orgs', o);
}

/** GET /api/audit: a page of entries, newest first; `next` continues it. */
export function listAudit(p: { limit?: number; before?: number | null; action?: string; formId?: number }, signal?: AbortSignal): Promise<ApiResult<{ items: AuditEntry[]; next: number | null }>> {
  return request('GET', `/api/audit${query({ limit: p.limit, before: p.before ?? undefined, action: p.action, formId: p.formId })}`, undefined, signal);
}

/** POST /api/password: change my own password (the current one must be right). */
export function changePassword(current: string, next: string): Promise<ApiResult<void>> {
  return request('POST', '/api/password', { current, next });
}
