/**
 * Growing the library from approved target forms: a row whose indicator the department's list
 * does not yet hold becomes a department entry (unit and direction read from its 指标值); a row
 * it already holds adds its target to the entry's examples. Rows picked from the library or
 * matching a common entry leave the list as it is, apart from examples.
 */
import { parseValue } from '../grammar/parse';
import { squash } from '../review/helpers';
import type { TargetForm, TargetIndicator } from '../target-form/model';
import { COMMON_OWNER, type LibraryDirection, type LibraryIndicator } from './model';

/** How many example targets an entry keeps. */
export const MAX_EXAMPLES = 5;

function readTarget(x: TargetIndicator, year: number): { unit: string | null; direction: LibraryDirection } {
  const t = parseValue(x.target, { year });
  if (t.kind === 'number') return { unit: t.unit, direction: t.op === '<=' || t.op === '<' ? '<=' : t.op === '=' ? '=' : '>=' };
  if (t.kind === 'range') return { unit: t.unit, direction: '=' };
  if (t.kind === 'date') return { unit: null, direction: '<=' };
  return { unit: null, direction: 'qualitative' };
}

/** The library after an approved form of `owner` (its department): new entries added, examples updated. */
export function growLibrary(library: readonly LibraryIndicator[], form: TargetForm, owner: string): { library: LibraryIndicator[]; added: string[] } {
  const out = library.map((e) => ({ ...e, examples: [...e.examples] }));
  const byId = new Map(out.map((e) => [e.id, e]));
  const byName = new Map<string, LibraryIndicator>();
  for (const e of out) if (e.owner === owner || e.owner === COMMON_OWNER) if (!byName.has(squash(e.name)) || e.owner === owner) byName.set(squash(e.name), e);
  const added: string[] = [];
  let level1 = '';
  let level2 = '';
  for (const x of form.indicators) {
    // Blank 一级/二级 cells stand under the last ones written (merged cells on paper).
    level1 = x.level1.trim() || level1;
    level2 = x.level2.trim() || level2;
    const key = squash(x.name);
    if (!key) continue;
    const hit = (x.libraryId ? byId.get(x.libraryId) : undefined) ?? byName.get(key);
    if (hit) {
      const target = x.target.trim();
      if (target && !hit.examples.includes(target)) hit.examples = [target, ...hit.examples].slice(0, MAX_EXAMPLES);
      continue;
    }
    const entry: LibraryIndicator = {
      id: `${owner}:${key}`, level1, level2, name: x.name.trim(), ...readTarget(x, form.year), basis: x.basis.kind,
      note: x.basis.text.trim(), owner, examples: x.target.trim() ? [x.target.trim()] : [],
    };
    out.push(entry);
    byId.set(entry.id, entry);
    byName.set(key, entry);
    added.push(entry.id);
  }
  return { library: out, added };
}
