/** Settings finance makes: the template per organisation and year, and whether errors block submission. */
import { z } from 'zod';
import { parseBudgetThresholds, parseLightSettings } from '@jixiao/core';
import type { AppContext } from '../context';
import { fail } from '../errors';
import { readJson } from '../http';
import { allowedOrgs, scopeOf } from '../policies';
import { effectiveSetting, listSettings, putSetting, SETTING_KEYS } from '../commands/settings';
import type { Routes } from './registry';

const PutBody = z.object({
  orgId: z.number().int().positive(),
  year: z.number().int().min(0).max(2200),
  key: z.enum(SETTING_KEYS),
  value: z.string().max(100).nullable(),
});
const EffectiveQuery = z.object({ orgId: z.coerce.number().int().positive().optional(), year: z.coerce.number().int().min(1900).max(2200) });

export function mountSettings(r: Routes, ctx: AppContext): void {
  const { db } = ctx.database;

  r.add({ method: 'get', path: '/api/settings/effective', summary: 'The settings in effect for an organisation (default: the caller’s) in a year: template, errors-block, separation-of-duties, traffic-lights (red,yellow in percent) and budget-thresholds (cut grade, execution percent), each with who set it', tag: 'admin', auth: true }, async (c, actor) => {
    const q = EffectiveQuery.safeParse(c.req.query());
    if (!q.success) throw fail('invalid-query', { path: String(q.error.issues[0]?.path[0] ?? 'year') });
    const tree = await ctx.orgs();
    const orgId = q.data.orgId ?? actor.orgId;
    if (orgId === null || orgId === undefined) throw fail('invalid-query', { path: 'orgId' });
    const scope = scopeOf(actor, tree);
    if (scope !== 'all' && !scope.has(orgId)) throw fail('not-found');
    const [template, errorsBlock, duties, lights, budget] = await Promise.all(
      (['template', 'errors-block', 'separation-of-duties', 'traffic-lights', 'budget-thresholds'] as const).map((k) => effectiveSetting(db, tree, orgId, q.data.year, k)),
    );
    const shares = parseLightSettings(lights.value);
    const cut = parseBudgetThresholds(budget.value);
    return c.json({
      orgId, year: q.data.year, template, errorsBlock: { ...errorsBlock, value: errorsBlock.value === 'true' }, separationOfDuties: { ...duties, value: duties.value === 'true' },
      trafficLights: { ...lights, red: shares.ok ? shares.value.percent.red : null, yellow: shares.ok ? shares.value.percent.yellow : null },
      budgetThresholds: { ...budget, cutGrade: cut.ok ? cut.value.cutGrade : null, executionBelow: cut.ok ? cut.value.executionBelow : null },
    });
  });

  r.add({ method: 'get', path: '/api/settings', summary: 'Settings made at organisations in the caller’s scope (finance, admin)', tag: 'admin', auth: true }, async (c, actor) => {
    if (actor.role !== 'finance_reviewer' && actor.role !== 'admin') throw fail('forbidden');
    return c.json({ items: await listSettings(db, allowedOrgs(actor, await ctx.orgs())) });
  });

  r.add({ method: 'put', path: '/api/settings', summary: 'Set or clear (value null) a setting at an organisation in scope for a year (0: every year); finance and admins', tag: 'admin', auth: true, body: 'json' }, async (c, actor) => {
    if (actor.role !== 'finance_reviewer' && actor.role !== 'admin') throw fail('forbidden');
    const body = await readJson(c, PutBody);
    const scope = scopeOf(actor, await ctx.orgs());
    if (scope !== 'all' && !scope.has(body.orgId)) throw fail('forbidden', { path: 'orgId' });
    await putSetting(db, { actorId: actor.id, ...body });
    return c.json({ ok: true });
  });
}
