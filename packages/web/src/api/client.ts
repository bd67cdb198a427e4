/** The HTTP client of docs/api.md: JSON in and out, CSRF header on writes, errors as data. */
import type { Msg } from '@jixiao/core';

export interface ApiError {
  status: number;
  code: string;
  message: Msg;
  path?: string;
  /** The whole error body (a 409 carries `current`). */
  body: Record<string, unknown>;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

let csrfToken = '';

/** Remember the CSRF token returned by login or GET /api/session. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

const networkError = (status: number): ApiError => ({
  status,
  code: 'network',
  message: { zh: '网络错误或服务器无响应', en: 'network error or no response from the server' },
  body: {},
});

/** Call the API; never throws: failures come back as `{ok: false, error}`. */
export async function api<T>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (method !== 'GET' && method !== 'HEAD') headers['X-CSRF-Token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    return { ok: false, error: networkError(0) };
  }
  if (res.status === 204) return { ok: true, value: undefined as T };
  let data: unknown = null;
  try {
    data = await res.json();
  } catch {
    if (res.ok) return { ok: true, value: undefined as T };
    return { ok: false, error: networkError(res.status) };
  }
  if (res.ok) return { ok: true, value: data as T };
  const b = (data ?? {}) as Record<string, unknown>;
  const e = (b.error ?? {}) as { code?: string; message?: Msg | string; path?: string };
  const message: Msg =
    typeof e.message === 'string' ? { zh: e.message, en: e.message } : e.message ?? { zh: `HTTP ${res.status}`, en: `HTTP ${res.status}` };
  return { ok: false, error: { status: res.status, code: e.code ?? `http-${res.status}`, message, path: e.path, body: b } };
}

/** Build a query string from filters, leaving out empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
