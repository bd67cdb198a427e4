/** Request reading helpers: JSON bodies checked for type and shape, ids, query parameters. */
import type { z } from 'zod';
import { formatPath } from '@jixiao/core';
import type { C } from './context';
import { fail } from './errors';
import type { Actor } from './policies';

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
  return parseWith(schema, body, 'invalid-body');
}

/** Validate a value with a zod schema, failing with the first issue's path. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, code: 'invalid-body' | 'invalid-query'): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const first = r.error.issues[0];
  const path = formatPath(first.path as PropertyKey[]);
  throw fail(code, {
    path,
    message: { zh: `${path || '请求'}：${first.message}`, en: `${path || 'request'}: ${first.message}` },
  });
}

/** A positive integer id from the path; 400 otherwise. */
export function idParam(c: C, name = 'id'): number {
  const raw = c.req.param(name) ?? '';
  if (!/^[1-9]\d{0,9}$/.test(raw) || Number(raw) > 2_147_483_647) throw fail('invalid-id', { path: name });
  return Number(raw);
}

/** The logged-in actor, or 401. */
export function requireActor(c: C): Actor {
  const a = c.get('actor');
  if (!a) throw fail('unauthenticated');
  return a;
}
