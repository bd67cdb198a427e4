/**
 * Values that once broke a database (issue 13, item 4): amounts and scores are bounded by the
 * model's validation, with the same answer on SQLite and PostgreSQL; text with a NUL character or
 * a lone surrogate is refused alike by both, with the path of the offending field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './dbs';
import { seedForm1, setupApi, type Api, type Client } from './harness';

describe.each(DIALECTS)('bounded values on %s', (dialect) => {
  let api: Api;
  let unit: Client;
  beforeAll(async () => {
    api = await setupApi(dialect);
    unit = await api.login('unit1');
  });
  afterAll(() => api.drop());

  it('refuses a budget of 1e20 万元 with a typed error at the amount, and the rollup stays sane', async () => {
    const ev = seedForm1();
    ev.funds.total.adjusted = '100000000000000000000';
    const r = await unit.post('/api/forms', { evaluation: ev });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'invalid-evaluation', path: 'evaluation.funds.total.adjusted' });
    const big = seedForm1();
    big.funds.total.adjusted = '100000000000'; // 1e11 万元: 12 digits, but above 10 万亿元
    const r2 = await unit.post('/api/forms', { evaluation: big });
    expect(r2.status).toBe(400);
    expect(r2.body.error.path).toBe('evaluation.funds.total.adjusted');
    const ok = seedForm1();
    ok.funds.total.adjusted = '999999999';
    ok.funds.total.initial = '999999999';
    expect((await unit.post('/api/forms', { evaluation: ok })).status).toBe(201);
    const stats = await unit.get('/api/stats');
    expect(stats.status).toBe(200);
    expect(JSON.stringify(stats.body)).not.toMatch(/-\d|Infinity|NaN|e\+/);
  });

  it('refuses scores of 1e308, and the form stays editable, deletable and submittable', async () => {
    const f = await api.createAs(unit);
    const ev = seedForm1();
    ev.indicators[0].score = 1e308;
    const r = await unit.put(`/api/forms/${f.id}`, { evaluation: ev, version: f.version });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'invalid-evaluation', path: 'evaluation.indicators[0].score' });
    const t = seedForm1();
    t.total.score = 1e308;
    expect((await unit.put(`/api/forms/${f.id}`, { evaluation: t, version: f.version })).body.error.path).toBe('evaluation.total.score');
    expect((await unit.put(`/api/forms/${f.id}`, { evaluation: seedForm1(), version: f.version })).status).toBe(200);
  });

  it.each([
    ['a NUL character', 'a\u0000b'],
    ['a lone high surrogate', 'a\ud800b'],
    ['a lone low surrogate', '\udc00'],
  ])('refuses %s in text the same way on both databases', async (_, bad) => {
    const ev = seedForm1();
    ev.projectName = bad;
    const r = await unit.post('/api/forms', { evaluation: ev });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'invalid-text', path: 'evaluation.projectName' });
    const c = await unit.post('/api/forms/1/comments', { text: bad });
    expect(c.status).toBe(400);
    expect(c.body.error).toMatchObject({ code: 'invalid-text', path: 'text' });
    const q = await unit.get(`/api/forms?q=${encodeURIComponent(bad.replace(/[\ud800-\udfff]/g, '')) || '%ED%A0%80'}`);
    expect(q.status).toBe(bad.includes('\u0000') ? 400 : 200);
    const login = await api.anon().post('/api/login', { username: bad, password: 'whatever-1' });
    expect(login.status).toBe(400);
    expect(login.body.error).toMatchObject({ code: 'invalid-text', path: 'username' });
  });

  it('keeps a pair of surrogates (an emoji or a rare CJK character) verbatim', async () => {
    const ev = seedForm1();
    ev.projectName = '𠮷野家 😀 项目';
    const r = await unit.post('/api/forms', { evaluation: ev });
    expect(r.status).toBe(201);
    expect((await unit.get(`/api/forms/${r.body.id}`)).body.evaluation.projectName).toBe('𠮷野家 😀 项目');
  });
});

describe('bounded work', () => {
  let api: Api;
  let unit: Client;
  beforeAll(async () => {
    api = await setupApi('sqlite');
    unit = await api.login('unit1');
  });
  afterAll(() => api.drop());

  it('answers a 20,000-deep nested config on /api/score with a 400 at the depth, not a 500', async () => {
    const deep = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
    const body = `{"evaluation":${JSON.stringify(seedForm1())},"config":${deep}}`;
    const r = await unit.req('POST', '/api/score', body, { 'content-type': 'application/json' });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('too-deep');
    expect(r.body.error.path).toMatch(/^config(\.a)+$/);
  });

  it('refuses a form of more indicators than the model allows, with the path', async () => {
    const ev = seedForm1();
    ev.indicators = Array.from({ length: 9000 }, () => ({ ...ev.indicators[0] }));
    const r = await unit.post('/api/forms', { evaluation: ev });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'invalid-evaluation', path: 'evaluation.indicators' });
  });
});
