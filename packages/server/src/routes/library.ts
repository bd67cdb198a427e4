/** Indicator library routes: search as you type, a department's own indicators, earlier years of one indicator. */
import { z } from 'zod';
import { BASIS_KINDS, indicatorHistory, LIBRARY_DIRECTIONS, type LibraryIndicator } from '@jixiao/core';
import type { AppContext } from '../context';
import { fail } from '../errors';
import { parseWith, readJson } from '../http';
import { canManageLibrary, canReadOrg, departmentOf, libraryDepartments } from '../plan-policies';
import { addEntry, entryById, ownEntries, ownerName, searchEntries, updateEntry } from '../commands/library';
import { recordsFor } from '../commands/cycle';
import type { Routes } from './registry';

const int = (min: number, max: number) => z.string().regex(/^\d{1,10}$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(min).max(max));
const SearchQuery = z.object({ q: z.string().max(200).default(''), level1: z.string().max(100).optional(), level2: z.string().max(100).optional(), limit: int(1, 100).default(20) });
const OwnQuery = z.object({ departmentId: int(1, 2_147_483_647).optional() });
const HistoryQuery = z.object({
  orgId: int(1, 2_147_483_647).optional(),
  year: int(1990, 2100),
  projectName: z.string().max(500).default(''),
  implementer: z.string().max(500).default(''),
  name: z.string().trim().min(1).max(500),
});
const text = (n: number) => z.string().max(n);
const Fields = z.object({
  level1: text(100), level2: text(100), unit: text(50).nullable(),
  direction: z.enum(LIBRARY_DIRECTIONS), basis: z.enum(BASIS_KINDS).nullable(), note: text(2000),
});
const AddBody = z.object({
  departmentId: z.number().int().positive().max(2_147_483_647).optional(),
  entry: Fields.extend({ name: z.string().trim().min(1).max(500) }),
});
const EditBody = z.object({ entry: Fields });

export function mountLibrary(r: Routes, ctx: AppContext): void {
  const { db } = ctx.database;

  r.add({ method: 'get', path: '/api/library', summary: 'Search the indicator library as you type (common indicators and the departments’ own in scope)', tag: 'library', auth: true, query: ['q', 'level1', 'level2', 'limit'] }, async (c, actor) => {
    const p = parseWith(SearchQuery, c.req.query(), 'invalid-query');
    const items = await searchEntries(db, libraryDepartments(actor, await ctx.orgs()), p.q, { level1: p.level1, level2: p.level2, limit: p.limit });
    return c.json({ items });
  });

  r.add({ method: 'get', path: '/api/library/own', summary: 'A department’s own indicators (grown from approved target forms or added), retired ones included and marked', tag: 'library', auth: true, query: ['departmentId'] }, async (c, actor) => {
    const p = parseWith(OwnQuery, c.req.query(), 'invalid-query');
    const tree = await ctx.orgs();
    const mine = libraryDepartments(actor, tree);
    const wanted = p.departmentId === undefined ? mine : mine.filter((d) => d === p.departmentId);
    if (p.departmentId !== undefined && wanted.length === 0) throw fail('forbidden', { path: 'departmentId' });
    return c.json({ items: await ownEntries(db, wanted) });
  });

  r.add({ method: 'post', path: '/api/library', summary: 'Add a department’s own indicator (department reviewer, finance or admin in scope; 409 where the name is there already)', tag: 'library', auth: true, body: 'json', ok: { status: 201, description: 'the entry' } }, async (c, actor) => {
    const body = await readJson(c, AddBody);
    const tree = await ctx.orgs();
    const dept = body.departmentId ?? (actor.orgId === null ? null : departmentOf(actor.orgId, tree));
    if (dept === null || !canManageLibrary(actor, dept, tree)) throw fail('forbidden', { path: 'departmentId' });
    const owner = ownerName(tree, dept);
    const entry: LibraryIndicator = { ...body.entry, name: body.entry.name, id: `${owner}:${body.entry.name.replace(/\s+/g, '')}`, owner, examples: [] };
    // One entry per name and department: an existing one is edited (or restored), not replaced.
    const existing = await entryById(db, entry.id);
    if (existing)
      throw fail('duplicate', {
        path: 'entry.name',
        message: existing.entry.retired
          ? { zh: `本部门指标库已有已停用的“${entry.name}”，请恢复后修改`, en: `the department's library holds "${entry.name}", retired: restore it and edit it` }
          : { zh: `本部门指标库已有“${entry.name}”，请直接修改`, en: `the department's library already holds "${entry.name}": edit it` },
      });
    await addEntry(db, { actor, departmentId: dept, entry });
    return c.json(entry, 201);
  });

  /** An own entry the actor manages: 404 where it is not seen, 403 where it is seen but not managed (a unit). */
  async function managed(id: string, actor: Parameters<typeof canManageLibrary>[0]) {
    const tree = await ctx.orgs();
    const found = await entryById(db, id);
    if (!found || !libraryDepartments(actor, tree).includes(found.departmentId)) throw fail('not-found', { path: 'id' });
    if (!canManageLibrary(actor, found.departmentId, tree)) throw fail('forbidden', { path: 'id' });
    return found;
  }

  r.add({ method: 'put', path: '/api/library/:id', summary: 'Edit a department’s own indicator: 一级/二级, unit, direction, basis, note (its name and id stay: forms refer to it); department reviewer, finance or admin in scope', tag: 'library', auth: true, body: 'json' }, async (c, actor) => {
    const body = await readJson(c, EditBody);
    const { departmentId, entry } = await managed(c.req.param('id') ?? '', actor);
    const next: LibraryIndicator = { ...entry, ...body.entry };
    await updateEntry(db, { actor, departmentId, entry: next, action: 'edit' });
    return c.json(next);
  });

  for (const action of ['retire', 'restore'] as const)
    r.add({ method: 'post', path: `/api/library/:id/${action}`, summary: action === 'retire' ? 'Retire a department’s own indicator: kept for the forms that picked it, no longer offered by search' : 'Offer a retired indicator again', tag: 'library', auth: true }, async (c, actor) => {
      const { departmentId, entry } = await managed(c.req.param('id') ?? '', actor);
      const { retired: _was, ...rest } = entry;
      const next: LibraryIndicator = action === 'retire' ? { ...rest, retired: true } : rest;
      await updateEntry(db, { actor, departmentId, entry: next, action });
      return c.json(next);
    });

  r.add({ method: 'get', path: '/api/library/history', summary: 'The same indicator in earlier years for a project, else its unit (历史标准)', tag: 'library', auth: true, query: ['orgId', 'year', 'projectName', 'implementer', 'name'] }, async (c, actor) => {
    const p = parseWith(HistoryQuery, c.req.query(), 'invalid-query');
    const tree = await ctx.orgs();
    const orgId = p.orgId ?? actor.orgId;
    if (orgId === null || !canReadOrg(actor, orgId, tree)) throw fail('forbidden', { path: 'orgId' });
    const items = indicatorHistory(await recordsFor(db, orgId, p.year), p);
    return c.json({ items });
  });
}
