/**
 * API fuzz (issue 13): random and mutated bodies and query strings for every route the registry
 * lists, as every role, on both databases: no 5xx, every 4xx in the error envelope, the server
 * still healthy at the end. Small in CI; JIXIAO_FUZZ_RUNS=100000 for the nightly-size run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import { DIALECTS } from './dbs';
import { seedForm1, setupApi, type Api, type Client } from './harness';

const RUNS = Number(process.env.JIXIAO_FUZZ_RUNS ?? 400);

/** A valid body per write route, for mutation. */
function validBody(path: string, formId: number, version: number): unknown {
  if (path === '/api/forms' || path === '/api/score') return { evaluation: seedForm1() };
  if (path === '/api/forms/:id') return { evaluation: seedForm1(), version };
  if (path.endsWith('/transition')) return { action: 'submit', version, comment: '意见' };
  if (path.endsWith('/comments')) return { text: '请补充说明', indicator: 0 };
  if (path === '/api/orgs') return { name: '某单位', kind: 'unit', parentId: 2 };
  if (path === '/api/users') return { username: 'fuzz-user', name: '测试', password: 'fuzz-pass-1', role: 'unit_editor', orgId: 3 };
  if (path === '/api/password') return { current: 'demo1234', next: 'demo1234' };
  if (path === '/api/login') return { username: 'unit1', password: 'wrong-guess' };
  return { version, formId };
}

/** Replace, delete or retype one value somewhere inside a JSON value. */
function mutate(value: unknown, picks: number[], replacement: unknown): unknown {
  if (value === null || typeof value !== 'object' || picks.length === 0) return replacement;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (keys.length === 0) return replacement;
  const key = keys[picks[0] % keys.length];
  const [, ...rest] = picks;
  if (rest.length === 0 && picks[0] % 7 === 0) {
    if (Array.isArray(copy)) copy.splice(Number(key), 1);
    else delete copy[key];
    return copy;
  }
  (copy as Record<string, unknown>)[key] = mutate((copy as Record<string, unknown>)[key], rest, replacement);
  return copy;
}

const nasty = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 1, -0, '', '\u0000', '\ud800', '9'.repeat(400), '<script>alert(1)</script>', "1' or '1'='1", [], {}, null, true),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

describe.each(DIALECTS)('API fuzz on %s', (dialect) => {
  let api: Api;
  let clients: Client[];
  let formId = 0;
  let version = 1;
  beforeAll(async () => {
    api = await setupApi(dialect);
    clients = await Promise.all(['unit1', 'dept1', 'finance1', 'orgadmin'].map((u) => api.login(u)));
    const f = await api.createAs(clients[0]);
    formId = f.id;
    version = f.version;
    clients.push(api.anon());
  });
  afterAll(() => api.drop());

  it(`answers ${RUNS} random and mutated requests over every route without a 5xx`, async () => {
    const routes = api.routes.list.filter((r) => r.path !== '/api/logout' && r.body !== 'multipart');
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.nat(clients.length - 1),
        fc.oneof(fc.constant('mutated'), fc.constant('random'), fc.constant('none')),
        fc.array(fc.nat(50), { minLength: 1, maxLength: 4 }),
        nasty,
        fc.dictionary(fc.constantFrom('year', 'orgId', 'status', 'grade', 'q', 'rule', 'page', 'pageSize', 'sort', 'format', 'ids', 'limit', 'before', 'formId', 'save'), fc.string({ maxLength: 12 }), { maxKeys: 3 }),
        fc.oneof(fc.constant(String(formId)), fc.constantFrom('0', '-1', 'abc', '99999999999', '1e3'), fc.nat(50).map(String)),
        async (route, who, kind, picks, value, query, id) => {
          const path = route.path.replace(/:\w+/g, (m) => (m === ':id' ? id : '1'));
          const qs = new URLSearchParams(query).toString();
          const body = kind === 'none' || route.method === 'get' ? undefined : kind === 'random' ? value : mutate(validBody(route.path, formId, version), picks, value);
          const r = await clients[who].req(route.method.toUpperCase(), qs ? `${path}?${qs}` : path, body === undefined ? undefined : JSON.stringify(body), body === undefined ? {} : { 'content-type': 'application/json' });
          seen.add(`${route.method} ${route.path}`);
          expect(r.status, `${route.method} ${path}?${qs} ${JSON.stringify(body)?.slice(0, 300)} → ${JSON.stringify(r.body)?.slice(0, 300)}`).toBeLessThan(500);
          if (r.status >= 400 && r.headers.get('content-type')?.includes('json'))
            expect(r.body.error).toMatchObject({ code: expect.any(String), message: { zh: expect.any(String), en: expect.any(String) } });
        },
      ),
      { numRuns: RUNS },
    );
    if (RUNS >= 200) expect(seen.size).toBeGreaterThan(routes.length / 2);
    expect((await api.anon().get('/api/health')).status).toBe(200);
  }, Math.max(120_000, RUNS * 100));
});
