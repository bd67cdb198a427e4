/**
 * The dashboard rollups stay in step with the forms through every kind of write: after creates,
 * edits that change grade, scores, amounts and findings, transitions (unlock too), deletes and
 * imports, the statistics from the rollups equal those from a full scan, and the rollup tables
 * equal a rebuild from the forms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './dbs';
import { seedForm1, seedForm2, setupApi, type Api, type Client } from './harness';
import { stats } from '../src/commands/stats';
import { rebuildRollups } from '../src/commands/rollup';
import { applyFilters, listForms, ListSchema } from '../src/commands/queries';

describe.each(DIALECTS)('dashboard rollups on %s', (dialect) => {
  let api: Api;
  let unit1: Client, unit3: Client, dept1: Client, finance: Client;
  beforeAll(async () => {
    api = await setupApi(dialect);
    [unit1, unit3, dept1, finance] = await Promise.all(['unit1', 'unit3', 'dept1', 'finance1'].map((u) => api.login(u)));
  });
  afterAll(() => api.drop());

  const act = (c: Client, f: { id: number; version: number }, action: string, extra: Record<string, unknown> = {}) =>
    c.post(`/api/forms/${f.id}/transition`, { version: f.version, action, ...extra }).then((r) => {
      expect(r.status).toBe(200);
      return r.body;
    });

  async function snapshot() {
    const db = api.t.database.db;
    const forms = (await db.selectFrom('form_rollup').selectAll().where('n', '<>', 0).execute()).map((r) => JSON.stringify(Object.entries(r).map(([k, v]) => [k, Number.isNaN(Number(v)) ? v : Number(v)])));
    const rules = (await db.selectFrom('form_rule_rollup').selectAll().where('count', '<>', 0).execute()).map((r) => `${r.org_id}|${r.year}|${r.status}|${r.grade}|${r.rule_id}|${Number(r.count)}`);
    return { forms: forms.sort(), rules: rules.sort() };
  }

  it('agree with a scan and with a rebuild after every kind of write', async () => {
    const a = await api.createAs(unit1, seedForm1());
    const b = await api.createAs(unit1, seedForm2());
    const y2019 = seedForm2();
    y2019.year = 2019;
    y2019.funds.unit = '元';
    y2019.funds.total = { ...y2019.funds.total, initial: '1000.50', adjusted: '1000.50', executed: '800.40' };
    const c = await api.createAs(unit3, y2019);
    const d = await api.createAs(unit3, seedForm1());

    // An edit that changes scores (so grade and proven totals), amounts and findings.
    const ev = structuredClone(b.evaluation);
    ev.indicators[0].score = 0;
    ev.total.score = 55.5;
    ev.funds.total.executed = null;
    const e = await unit1.put(`/api/forms/${b.id}`, { version: b.version, evaluation: ev });
    expect(e.status).toBe(200);

    // Transitions move a form between statuses; unlock moves it back.
    let fa = await act(unit1, a, 'submit');
    fa = await act(dept1, fa, 'approve');
    fa = await act(finance, fa, 'finance-review', { financeReview: { scores: { '0': { score: 1, reason: '佐证不足' } }, comment: 'ok' } });
    fa = await act(finance, fa, 'unlock', { comment: '重新核实' });
    await act(unit3, c, 'submit');
    expect((await unit3.del(`/api/forms/${d.id}`, { version: d.version })).status).toBe(204);

    // Import (saved) goes through the same path.
    const fd = new FormData();
    fd.append('files', new Blob([JSON.stringify(seedForm2())], { type: 'application/json' }), 'one.json');
    expect((await unit3.req('POST', '/api/import?save=1', fd)).status).toBe(200);

    const db = api.t.database.db;
    const tree = await api.ctx.orgs();
    for (const f of [{}, { year: 2020 }, { year: 2019 }, { status: 'draft' as const }, { grade: '优' as const }, { grade: '差' as const }]) {
      for (const orgs of ['all' as const, [api.orgs.get('unit1')!], [api.orgs.get('unit3')!], []]) {
        const fast = await stats(db, tree, orgs, f);
        const scan = await stats(db, tree, orgs, f, { scan: true });
        expect(fast, JSON.stringify({ f, orgs })).toEqual(scan);
        // Largest gaps: every form in scope claiming more than finance's 复核 total where it has one,
        // else more than it proves, largest first, computed here from the rows.
        const rows = await applyFilters(db.selectFrom('forms'), orgs, f).select(['id', 'project_name', 'claimed_total', 'proven_max', 'finance_review_total']).execute();
        const gaps = rows
          .map((r) => ({ r, against: r.finance_review_total ?? r.proven_max }))
          .filter(({ r, against }) => r.claimed_total !== null && against !== null && r.claimed_total > against)
          .map(({ r, against }) => ({ id: r.id, projectName: r.project_name, claimedTotal: r.claimed_total, provenMax: r.proven_max, financeReviewTotal: r.finance_review_total, gap: Math.round((r.claimed_total! - against!) * 100) / 100 }))
          .sort((a, b) => b.gap - a.gap || a.id - b.id)
          .slice(0, 10);
        expect(fast.largestGaps).toEqual(gaps);
        // The list's total comes from the rollup too; it must equal a count of the rows.
        const p = ListSchema.parse(Object.fromEntries(Object.entries(f).map(([k, v]) => [k, String(v)])));
        const counted = await applyFilters(db.selectFrom('forms'), orgs, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
        expect((await listForms(db, orgs, p)).total).toBe(Number(counted.n));
        const published = await applyFilters(db.selectFrom('forms'), orgs, f, true).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
        expect((await listForms(db, orgs, p, true)).total).toBe(Number(published.n));
      }
    }
    const all = await stats(db, tree, 'all', {});
    expect(all.byStatus.reduce((n, s) => n + s.count, 0)).toBe(4);
    expect(all.largestGaps.length).toBeGreaterThan(0);
    expect(all.topFindings.length).toBeGreaterThan(0);

    const incremental = await snapshot();
    await rebuildRollups(db);
    expect(incremental).toEqual(await snapshot());
  });
});
