/** Request reading helpers: JSON bodies checked for type and shape, evaluations, ids, query parameters, the client address. */
import type { z } from 'zod';
import { getConnInfo } from '@hono/node-server/conninfo';
import { formatPath, validateEvaluation, type Evaluation } from '@jixiao/core';
import type { C } from './context';
import { fail } from './errors';

/** Read a JSON body: 415 unless application/json, 400 on bad JSON or a shape the schema rejects. */
export async function readJson<S extends z.ZodType>(c: C, schema: S): Promise<z.infer<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) throw fail('unsupported-media-type', { message: { zh: '请求须为 application/json', en: 'the request must be application/json' } });
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    throw fail('invalid-json');
  }
  checkJson(body);
  return parseWith(schema, body, 'invalid-body');
}

/** Deepest nesting of arrays and objects a request body may have (a form needs 4). */
export const MAX_DEPTH = 32;

// A NUL or an unpaired UTF-16 surrogate: PostgreSQL refuses the first and both databases would
// otherwise store the second differently (or as U+FFFD), so both are refused alike, before storage.
const BAD_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Check a parsed JSON body without recursion (a 20,000-deep body must not overflow the stack):
 * nesting within MAX_DEPTH, and no string or key with a NUL or lone surrogate. 400 with the path.
 */
export function checkJson(root: unknown): void {
  const stack: [unknown, PropertyKey[]][] = [[root, []]];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (BAD_TEXT.test(v)) throw fail('invalid-text', { path: formatPath(path) });
    } else if (v !== null && typeof v === 'object') {
      if (path.length >= MAX_DEPTH) throw fail('too-deep', { path: formatPath(path) });
      const entries: [PropertyKey, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, x] = entries[i];
        if (typeof k === 'string' && BAD_TEXT.test(k)) throw fail('invalid-text', { path: formatPath(path) });
        stack.push([x, [...path, k]]);
      }
    }
  }
}

/** Refuse query parameters with a NUL or lone surrogate, as bodies are. */
function checkQuery(value: unknown): void {
  if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) if (typeof v === 'string' && BAD_TEXT.test(v)) throw fail('invalid-text', { path: k });
}

/** A file as uploaded: its name (at most 255 characters), bytes and their SHA-256 (hex, computed in a worker). */
export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
  hash?: string;
}

/** What the worker makes of a multipart body: the `files` field's files with their hashes, or that it could not be read. */
export type UploadParse = { ok: true; files: Required<UploadedFile>[] } | { ok: false };

/** Runs the multipart parse off the event loop (the job pool's `upload` job). */
export type UploadParser = (body: Uint8Array, contentType: string) => Promise<UploadParse>;

/**
 * Read the files of a multipart body's `files` field: 415 unless multipart, 400 for none, too many or
 * an unreadable body. The body is only collected here, chunk by chunk as it arrives; parsing the
 * multipart and hashing every file is the worker's (an 18 MB upload parsed here held every other
 * request, /api/health too, for up to a second).
 */
export async function readUploads(c: C, max: number, parse: UploadParser): Promise<Required<UploadedFile>[]> {
  const contentType = c.req.header('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType))
    throw fail('unsupported-media-type', { message: { zh: '导入须为 multipart/form-data', en: 'import must be multipart/form-data' } });
  const unreadable = () => fail('invalid-body', { message: { zh: '无法读取上传的文件', en: 'the upload could not be read' } });
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    const reader = c.req.raw.body?.getReader();
    for (let r = await reader?.read(); r && !r.done; r = await reader!.read()) {
      chunks.push(r.value);
      size += r.value.byteLength;
    }
  } catch {
    // The body limit (413) has checked the size before this runs: a stream that breaks is a broken upload.
    throw unreadable();
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const ch of chunks) {
    body.set(ch, at);
    at += ch.byteLength;
  }
  const parsed = await parse(body, contentType);
  if (!parsed.ok) throw unreadable();
  const list = parsed.files;
  if (list.length === 0) throw fail('invalid-body', { path: 'files', message: { zh: '请选择要导入的文件', en: 'no files in the field "files"' } });
  if (list.length > max) throw fail('invalid-body', { path: 'files', message: { zh: `一次最多导入 ${max} 个文件`, en: `at most ${max} files at once` } });
  return list.map((f) => ({ ...f, name: f.name.slice(0, 255) }));
}

/** Validate a value with a zod schema, failing with the first issue's path. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, code: 'invalid-body' | 'invalid-query'): z.infer<S> {
  if (code === 'invalid-query') checkQuery(value);
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const first = r.error.issues[0];
  const path = formatPath(first.path as PropertyKey[]);
  throw fail(code, {
    path,
    message: { zh: `${path || '请求'}：${first.message}`, en: `${path || 'request'}: ${first.message}` },
  });
}

/** Validate an Evaluation with core; issues become a 400 whose path points into the body. */
export function evaluationOf(value: unknown, prefix = 'evaluation'): Evaluation {
  const r = validateEvaluation(value);
  if (r.ok) return r.value;
  const i = r.issues[0];
  throw fail('invalid-evaluation', { path: `${prefix}.${i.path}`, message: i.message });
}

/** A positive integer id from the path; 400 otherwise. */
export function idParam(c: C, name = 'id'): number {
  const raw = c.req.param(name) ?? '';
  if (!/^[1-9]\d{0,9}$/.test(raw) || Number(raw) > 2_147_483_647) throw fail('invalid-id', { path: name });
  return Number(raw);
}

/**
 * The client address, for throttling. Behind `trustProxy` reverse proxies, X-Forwarded-For's
 * entry that many places from the right (the one our nearest proxy appended) names the client;
 * entries further left are what the client itself claimed and are ignored. In-process test
 * requests have no socket.
 */
export function clientIp(c: C, trustProxy = 0): string {
  if (trustProxy > 0) {
    const hops = forwarded(c.req.header('x-forwarded-for'));
    const ip = hops[hops.length - trustProxy] ?? hops[0];
    if (ip) return ip.slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local';
  }
}

/** Whether the client reached us over https: the URL's scheme, or behind a trusted proxy its X-Forwarded-Proto. */
export function isHttps(c: C, trustProxy = 0): boolean {
  if (trustProxy > 0) {
    const protos = forwarded(c.req.header('x-forwarded-proto'));
    if (protos.length) return (protos[protos.length - trustProxy] ?? protos[0]).toLowerCase() === 'https';
  }
  return new URL(c.req.url).protocol === 'https:';
}

function forwarded(header: string | undefined): string[] {
  return (header ?? '').split(',').map((x) => x.trim()).filter(Boolean).slice(-20);
}
