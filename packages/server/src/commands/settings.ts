/**
 * Settings finance makes for the organisations below it. A value set for an organisation holds for
 * its whole subtree unless an organisation nearer the form sets its own; a year's value wins over
 * the every-year value (year 0) at the same organisation.
 */
import type { Kysely } from 'kysely';
import { budgetThresholdsText, parseBudgetThresholds, DEFAULT_BUDGET_THRESHOLDS, DEFAULT_TEMPLATE_ID, getTemplate, parseLightSettings, type LightSettings } from '@jixiao/core';
import type { DB } from '../db/schema';
import type { OrgTree } from '../domain/orgtree';
import { fail } from '../errors';
import { audit } from './audit';

/** The settings there are, each with how its text value is checked. */
export const SETTING_KEYS = ['template', 'errors-block', 'separation-of-duties', 'traffic-lights', 'budget-thresholds'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

/** A setting in effect: its value and the organisation (and year) that set it; orgId null for the built-in default. */
export interface EffectiveSetting {
  value: string;
  orgId: number | null;
  year: number;
}

const DEFAULTS: Record<SettingKey, string> = { template: DEFAULT_TEMPLATE_ID, 'errors-block': 'false', 'separation-of-duties': 'false', 'traffic-lights': '60,80', 'budget-thresholds': budgetThresholdsText(DEFAULT_BUDGET_THRESHOLDS) };

/** Check a value for its key; throws a typed error naming `value`. */
export function checkSetting(key: SettingKey, value: string): void {
  if (key === 'traffic-lights') {
    const r = parseLightSettings(value);
    if (!r.ok) throw fail('invalid-body', { path: 'value', message: r.issues[0].message });
    return;
  }
  // 结果应用: the grade from which a form is marked for a budget cut, and the execution rate below which it is.
  if (key === 'budget-thresholds') {
    const r = parseBudgetThresholds(value);
    if (!r.ok) throw fail('invalid-body', { path: 'value', message: r.issues[0].message });
    return;
  }
  const ok = key === 'template' ? !!getTemplate(value) : value === 'true' || value === 'false';
  if (!ok) {
    throw fail('invalid-body', { path: 'value', message: { zh: `“${value}”不是 ${key} 的有效取值`, en: `"${value}" is not a valid ${key}` } });
  }
}

/** The traffic-light thresholds in force for an organisation in a year (the default 60,80 where none is set). */
export async function lightSettingsFor(db: Kysely<DB>, tree: OrgTree, orgId: number, year: number): Promise<LightSettings> {
  const s = await effectiveSetting(db, tree, orgId, year, 'traffic-lights');
  const p = parseLightSettings(s.value);
  const v = p.ok ? p.value : (parseLightSettings(DEFAULTS['traffic-lights']) as { ok: true; value: LightSettings }).value;
  return { red: v.red, yellow: v.yellow };
}

/** The setting in effect for an organisation in a year: the nearest organisation up the tree that set one. */
export async function effectiveSetting(db: Kysely<DB>, tree: OrgTree, orgId: number, year: number, key: SettingKey): Promise<EffectiveSetting> {
  const chain: number[] = [];
  for (let cur = tree.get(orgId); cur; cur = cur.parentId === null ? undefined : tree.get(cur.parentId)) chain.push(cur.id);
  if (chain.length === 0) return { value: DEFAULTS[key], orgId: null, year: 0 };
  const rows = await db.selectFrom('settings').select(['org_id', 'year', 'value']).where('key', '=', key).where('org_id', 'in', chain).where('year', 'in', [year, 0]).execute();
  for (const id of chain) {
    const mine = rows.filter((r) => r.org_id === id).sort((a, b) => b.year - a.year)[0];
    if (mine) return { value: mine.value, orgId: id, year: mine.year };
  }
  return { value: DEFAULTS[key], orgId: null, year: 0 };
}

/** The settings made at these organisations (for finance's settings page). */
export async function listSettings(db: Kysely<DB>, orgs: number[] | 'all') {
  let q = db.selectFrom('settings').select(['org_id', 'year', 'key', 'value', 'updated_at']);
  if (orgs !== 'all') q = orgs.length ? q.where('org_id', 'in', orgs) : q.where('org_id', '=', -1);
  return (await q.orderBy('org_id').orderBy('year').orderBy('key').execute()).map((r) => ({ orgId: r.org_id, year: r.year, key: r.key, value: r.value, updatedAt: r.updated_at }));
}

/** Set (or with value null, clear) a setting at an organisation for a year; audited. */
export async function putSetting(db: Kysely<DB>, p: { actorId: number; orgId: number; year: number; key: SettingKey; value: string | null }): Promise<void> {
  if (p.value !== null) checkSetting(p.key, p.value);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('settings').where('org_id', '=', p.orgId).where('year', '=', p.year).where('key', '=', p.key).execute();
    if (p.value !== null)
      await trx.insertInto('settings').values({ org_id: p.orgId, year: p.year, key: p.key, value: p.value, updated_at: new Date().toISOString(), updated_by: p.actorId }).execute();
    await audit(trx, { userId: p.actorId, action: 'settings.put', detail: { orgId: p.orgId, year: p.year, key: p.key, value: p.value } });
  });
}
