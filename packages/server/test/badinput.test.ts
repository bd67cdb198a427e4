/**
 * Bad input never crashes the server or gets a 5xx: random and malformed JSON bodies, oversized
 * uploads, wrong content types, bad ids and query parameters all end in a clear 4xx envelope.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import { setupApi, seedForm1, type Api, type Client, type Res } from './harness';
import { JSON_LIMIT, UPLOAD_LIMIT } from '../src/app';

function isClean4xx(r: Res): void {
  expect(r.status, JSON.stringify(r.body)).toBeGreaterThanOrEqual(400);
  expect(r.status).toBeLessThan(500);
  expect(r.body.error).toMatchObject({ code: expect.any(String), message: { zh: expect.any(String), en: expect.any(String) }, path: expect.any(String) });
}

describe('bad input (SQLite)', () => {
  let api: Api;
  let unit: Client;
  let finance: Client;
  let formId: number;
  beforeAll(async () => {
    api = await setupApi('sqlite');
    [unit, finance] = await Promise.all([api.login('unit1'), api.login('finance1')]);
    formId = (await api.createAs(unit)).id;
  });
  afterAll(() => api.drop());

  const WRITES: [string, string][] = [
    ['POST', '/api/forms'],
    ['PUT', '/api/forms/:id'],
    ['DELETE', '/api/forms/:id'],
    ['POST', '/api/forms/:id/transition'],
    ['POST', '/api/forms/:id/comments'],
    ['POST', '/api/score'],
    ['POST', '/api/orgs'],
    ['POST', '/api/users'],
    ['POST', '/api/password'],
    ['POST', '/api/login'],
  ];

  it('answers random JSON bodies on every write endpoint with a 4xx or a success, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...WRITES), fc.jsonValue({ maxDepth: 4 }), async ([method, path], body) => {
        const r = await unit.req(method, path.replace(':id', String(formId)), JSON.stringify(body), { 'content-type': 'application/json' });
        expect(r.status).toBeLessThan(500);
        if (r.status >= 400) isClean4xx(r);
      }),
      { numRuns: 300 },
    );
  });

  it('answers mutated form bodies (valid shape, wrong values) with 400 and a path', async () => {
    const ev = seedForm1();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('year', 'funds', 'indicators', 'total', 'schemaVersion', 'projectName'),
        fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string()), fc.double()),
        async (key, value) => {
          const r = await unit.post('/api/forms', { evaluation: { ...ev, [key]: value } });
          if (r.status === 201) return;
          isClean4xx(r);
          expect(r.body.error.path.startsWith('evaluation')).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('answers malformed JSON text with 400 invalid-json', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1 }).filter((s) => { try { JSON.parse(s); return false; } catch { return true; } }), async (text) => {
        const r = await unit.req('POST', '/api/forms', text, { 'content-type': 'application/json' });
        isClean4xx(r);
        expect(r.body.error.code).toBe('invalid-json');
      }),
      { numRuns: 100 },
    );
  });

  it('refuses wrong content types with 415', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/jsonx', '']) {
      const r = await unit.req('POST', '/api/forms', JSON.stringify({ evaluation: seedForm1() }), type ? { 'content-type': type } : {});
      isClean4xx(r);
      expect(r.status).toBe(415);
    }
  });

  it('refuses oversized bodies and uploads with 413', async () => {
    const big = JSON.stringify({ evaluation: { ...seedForm1(), goals: { expected: 'x'.repeat(JSON_LIMIT), actual: '' } } });
    const r = await unit.req('POST', '/api/forms', big, { 'content-type': 'application/json' });
    isClean4xx(r);
    expect(r.status).toBe(413);
    const fd = new FormData();
    fd.append('files', new File([new Uint8Array(UPLOAD_LIMIT + 1024)], 'huge.xlsx'));
    const u = await unit.post('/api/import', fd);
    isClean4xx(u);
    expect(u.status).toBe(413);
  });

  it('refuses bad ids with 400 and missing ones with 404', async () => {
    for (const id of ['abc', '0', '-1', '1.5', '99999999999999999999', '1e3', '%20', "1'--"]) {
      const r = await unit.get(`/api/forms/${id}`);
      isClean4xx(r);
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('invalid-id');
    }
    isClean4xx(await unit.get('/api/forms/424242'));
    isClean4xx(await unit.get(`/api/forms/${formId}/versions/abc`));
  });

  it('answers random query strings on list, stats, export and audit with 200 or a 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/api/forms', '/api/stats', '/api/export', '/api/audit', '/api/public/forms'),
        fc.dictionary(fc.constantFrom('year', 'orgId', 'status', 'grade', 'q', 'page', 'pageSize', 'sort', 'format', 'formId', 'limit'), fc.string({ maxLength: 12 })),
        async (path, q) => {
          const r = await finance.get(`${path}?${new URLSearchParams(q)}`);
          expect(r.status).toBeLessThan(500);
          if (r.status >= 400) isClean4xx(r);
        },
      ),
      { numRuns: 200 },
    );
    const r = await finance.get('/api/forms?pageSize=100000');
    isClean4xx(r);
    expect(r.body.error).toMatchObject({ code: 'invalid-query', path: 'pageSize' });
  });

  it('survives random bytes as uploads: each file reports its own error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom('a.xlsx', 'b.docx', 'c.txt', 'd.html', 'e.json', 'f'), async (bytes, name) => {
        const fd = new FormData();
        fd.append('files', new File([bytes], name));
        const r = await unit.post('/api/import', fd);
        expect(r.status).toBeLessThan(500);
        if (r.status === 200) expect(r.body.items).toHaveLength(1);
      }),
      { numRuns: 60 },
    );
  });

  it('still serves after all that', async () => {
    expect((await unit.get(`/api/forms/${formId}`)).status).toBe(200);
  });
});
