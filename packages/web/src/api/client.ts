/**
 * The HTTP transport of docs/api.md: JSON in and out, CSRF header on writes, errors as data.
 * Pages do not call it: they call the typed endpoint functions beside it (forms.ts, session.ts, …).
 */
import type { Msg } from '@jixiao/core';

export interface ApiError {
  status: number;
  /** The server's error code; `network` when no answer came, `aborted` when the caller cancelled. */
  code: string;
  message: Msg;
  path?: string;
  /** The whole error body (a 409 carries `current`). */
  body: Record<string, unknown>;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let csrfToken = '';

/** Remember the CSRF token returned by login or GET /api/session ('' after logout). */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

const networkError = (status: number): ApiError => ({
  status,
  code: 'network',
  message: { zh: '网络错误或服务器无响应', en: 'network error or no response from the server' },
  body: {},
});

const abortedError = (): ApiError => ({
  status: 0,
  code: 'aborted',
  message: { zh: '请求已取消', en: 'request cancelled' },
  body: {},
});

const unauthenticatedListeners = new Set<() => void>();

/** Be told when a request is refused for want of a session (401); returns the unsubscribe function. */
export function onUnauthenticated(fn: () => void): () => void {
  unauthenticatedListeners.add(fn);
  return () => void unauthenticatedListeners.delete(fn);
}

/**
 * Call the API; never throws: failures come back as `{ok: false, error}`. A `signal` cancels the
 * request (see latest.ts); a cancelled request answers `aborted` even if its response had arrived.
 */
export async function request<T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body instanceof Blob) {
    // A file as the whole body (evidence uploads): the server checks its kind by its bytes.
    headers['Content-Type'] = 'application/octet-stream';
    payload = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (method !== 'GET') headers['X-CSRF-Token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: payload, credentials: 'same-origin', signal });
  } catch {
    return { ok: false, error: signal?.aborted ? abortedError() : networkError(0) };
  }
  const result = await readResponse<T>(res);
  // A session that ended while the page was open (expiry, logout elsewhere): tell whoever listens
  // (the session provider opens a re-login dialog over the page, keeping its unsaved edits).
  if (!result.ok && result.error.status === 401 && path !== '/api/login' && path !== '/api/session') for (const fn of unauthenticatedListeners) fn();
  return signal?.aborted ? { ok: false, error: abortedError() } : result;
}

async function readResponse<T>(res: Response): Promise<ApiResult<T>> {
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

/** The same result with its value transformed (an `{items}` envelope unwrapped, say). */
export function mapResult<T, U>(r: ApiResult<T>, f: (v: T) => U): ApiResult<U> {
  return r.ok ? { ok: true, value: f(r.value) } : r;
}

/** Build a query string from filters, leaving out empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
