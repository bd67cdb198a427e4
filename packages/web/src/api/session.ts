/** The session endpoints; they keep the CSRF token that every later write must carry. */
import { request, setCsrfToken, type ApiResult } from './client';
import type { Session } from './types';

const remember = (r: ApiResult<Session>): ApiResult<Session> => {
  if (r.ok) setCsrfToken(r.value.csrfToken);
  return r;
};

/** GET /api/session: who is logged in (401 when nobody). */
export function getSession(signal?: AbortSignal): Promise<ApiResult<Session>> {
  return request<Session>('GET', '/api/session', undefined, signal).then(remember);
}

/** POST /api/login (429 when throttled). */
export function login(username: string, password: string): Promise<ApiResult<Session>> {
  return request<Session>('POST', '/api/login', { username, password }).then(remember);
}

/** POST /api/logout; the token is forgotten whatever the answer. */
export async function logout(): Promise<ApiResult<void>> {
  const r = await request<void>('POST', '/api/logout');
  setCsrfToken('');
  return r;
}
