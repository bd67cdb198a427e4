/** Indicator library routes: search as you type, a department's own indicators, earlier years of one indicator. */
import { z } from 'zod';
import { BASIS_KINDS, indicatorHistory, LIBRARY_DIRECTIONS, type LibraryIndicator } from '@jixiao/core';
import type { AppContext } from '../context';
import { fail } from '../errors';
import { parseWith, readJson } from '../http';
import { canManageLibrary, canReadOrg, departmentOf, libraryDepartments } from '../plan-policies';
import { addEntry, ownEntries, ownerName, searchEntries } from '../commands/library';
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
const AddBody = z.object({
  departmentId: z.number().int().positive().max(2_147_483_647).optional(),
  entry: z.object({
    level1: text(100), level2: text(100), name: z.string().trim().min(1).max(500), unit: text(50).nullable(),
    direction: z.enum(LIBRARY_DIRECTIONS), basis: z.enum(BASIS_KINDS).nullable(), note: text(2000),
  }),
});

export function mountLibrary(r: Routes, ctx: AppContext): void {
  const { db } = ctx.database;

  r.add({ method: 'get', path: '/api/library', summary: 'Search the indicator library as you type (common indicators and the departments’ own in scope)', tag: 'library', auth: true, query: ['q', 'level1', 'level2', 'limit'] }, async (c, actor) => {
    const p = parseWith(SearchQuery, c.req.query(), 'invalid-query');
    const items = await searchEntries(db, libraryDepartments(actor, await ctx.orgs()), p.q, { level1: p.level1, level2: p.level2, limit: p.limit });
    return c.json({ items });
  });

  r.add({ method: 'get', path: '/api/library/own', summary: 'A department’s own indicators (grown from approved target forms or added)', tag: 'library', auth: true, query: ['departmentId'] }, async (c, actor) => {
    const p = parseWith(OwnQuery, c.req.query(), 'invalid-query');
    const tree = await ctx.orgs();
    const mine = libraryDepartments(actor, tree);
    const wanted = p.departmentId === undefined ? mine : mine.filter((d) => d === p.departmentId);
    if (p.departmentId !== undefined && wanted.length === 0) throw fail('forbidden', { path: 'departmentId' });
    return c.json({ items: await ownEntries(db, wanted) });
  });

  r.add({ method: 'post', path: '/api/library', summary: 'Add a department’s own indicator (department reviewer or admin)', tag: 'library', auth: true, body: 'json', ok: { status: 201, description: 'the entry' } }, async (c, actor) => {
    const body = await readJson(c, AddBody);
    const tree = await ctx.orgs();
    const dept = body.departmentId ?? (actor.orgId === null ? null : departmentOf(actor.orgId, tree));
    if (dept === null || !canManageLibrary(actor, dept, tree)) throw fail('forbidden', { path: 'departmentId' });
    const owner = ownerName(tree, dept);
    const entry: LibraryIndicator = { ...body.entry, name: body.entry.name, id: `${owner}:${body.entry.name.replace(/\s+/g, '')}`, owner, examples: [] };
    await addEntry(db, { actor, departmentId: dept, entry });
    return c.json(entry, 201);
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
