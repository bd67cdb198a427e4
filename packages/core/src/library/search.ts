/**
 * Search as you type: the query is cut at spaces into tokens, each of which must occur (as a
 * substring, full-width folded to half-width, case ignored) in the entry's name, levels, unit or
 * note. Entries whose name holds the query rank first, then shorter names; no pinyin.
 */
import { toHalfWidth } from '../money';
import type { LibraryIndicator } from './model';

/** Narrowing beside the query: a 一级/二级, the owners to include, how many to return. */
export interface LibraryQuery {
  level1?: string;
  level2?: string;
  /** Owners to search (e.g. ["common", "市工业和信息化局"]); all when absent. */
  owners?: readonly string[];
  limit?: number;
}

function fold(s: string): string {
  return toHalfWidth(s).toLowerCase().replace(/[\s\u3000]+/g, ' ').trim();
}

/** The entries matching the text, best first. */
export function searchLibrary(entries: readonly LibraryIndicator[], text: string, q: LibraryQuery = {}): LibraryIndicator[] {
  const query = fold(text);
  const tokens = query.split(' ').filter(Boolean);
  const whole = query.replace(/ /g, '');
  const hits: { e: LibraryIndicator; rank: number }[] = [];
  for (const e of entries) {
    if (q.level1 && e.level1 !== q.level1) continue;
    if (q.level2 && e.level2 !== q.level2) continue;
    if (q.owners && !q.owners.includes(e.owner)) continue;
    const name = fold(e.name).replace(/ /g, '');
    const hay = `${name} ${fold(e.level1)} ${fold(e.level2)} ${fold(e.unit ?? '')} ${fold(e.note)}`;
    if (!tokens.every((t) => hay.includes(t))) continue;
    const rank = whole === '' ? 3 : name === whole ? 0 : name.startsWith(whole) ? 1 : name.includes(whole) ? 2 : 3;
    hits.push({ e, rank });
  }
  hits.sort((a, b) => a.rank - b.rank || a.e.name.length - b.e.name.length || a.e.id.localeCompare(b.e.id));
  return hits.slice(0, q.limit ?? 20).map((h) => h.e);
}
