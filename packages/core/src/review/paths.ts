/** Paths into the Evaluation ("indicators[3].score"): parsing, ordering and resolution. */
import type { Evaluation } from '../model';

const SEGMENT = /([A-Za-z_]\w*)|\[(\d+)\]/g;

// Split "indicators[3].score" into ["indicators", 3, "score"]; "" is the whole form.
function pathSegments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(SEGMENT)) out.push(m[1] !== undefined ? m[1] : Number(m[2]));
  return out;
}

// The order in which a reader meets things on the paper form: header, funds, goals, the
// indicator table (row by row, cell by cell), then 总分.
const TOP = ['projectName', 'department', 'implementer', 'year', 'template', 'funds', 'goals', 'indicators', 'total', 'source'];
const FUND_ROWS = ['total', 'fiscal', 'carryover', 'other'];
const FUND_COLS = ['initial', 'adjusted', 'executed', 'weight', 'rate', 'score'];
const GOALS = ['expected', 'actual'];
const CELLS = ['level1', 'level2', 'name', 'target', 'actual', 'weight', 'score', 'deviation'];
const TOTAL = ['weight', 'score'];

function rank(list: string[], key: string | number | undefined): number {
  if (key === undefined) return -1; // the container itself comes before its parts
  const i = typeof key === 'string' ? list.indexOf(key) : -1;
  return i < 0 ? list.length : i;
}

// Findings name few distinct paths, so the engine's sort computes each path's key once.
const KEYS = new Map<string, readonly number[]>();

/** pathOrderKey, memoised; the key is shared, so it is read-only. */
export function cachedOrderKey(path: string): readonly number[] {
  let k = KEYS.get(path);
  if (!k) {
    k = pathOrderKey(path);
    if (KEYS.size < 10_000) KEYS.set(path, k);
  }
  return k;
}

/** A sort key for a path: numbers compared element by element give the paper form's order. */
export function pathOrderKey(path: string): number[] {
  const s = pathSegments(path);
  if (s.length === 0) return [-1];
  const top = rank(TOP, s[0]);
  switch (s[0]) {
    case 'funds':
      return [top, rank(FUND_ROWS, s[1]), rank(FUND_COLS, s[2])];
    case 'goals':
      return [top, rank(GOALS, s[1])];
    case 'indicators':
      return [top, typeof s[1] === 'number' ? s[1] : -1, rank(CELLS, s[2])];
    case 'total':
      return [top, rank(TOTAL, s[1])];
    default:
      return [top];
  }
}

/** Compare two paths in the form's order. */
export function comparePaths(a: string, b: string): number {
  return compareKeys(pathOrderKey(a), pathOrderKey(b));
}

/** Compare two keys made by pathOrderKey. */
export function compareKeys(ka: readonly number[], kb: readonly number[]): number {
  const n = Math.max(ka.length, kb.length);
  for (let i = 0; i < n; i++) {
    const d = (ka[i] ?? -1) - (kb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** True when the path names something that exists in the Evaluation ("" is the whole form). */
export function pathExists(ev: Evaluation, path: string): boolean {
  if (path === '') return true;
  // Reject anything the segment grammar would silently skip over.
  if (!/^[A-Za-z_]\w*(?:\[\d+\]|\.[A-Za-z_]\w*)*$/.test(path)) return false;
  let cur: unknown = ev;
  for (const seg of pathSegments(path)) {
    if (cur === null || typeof cur !== 'object') return false;
    if (typeof seg === 'number') {
      if (!Array.isArray(cur) || seg >= cur.length) return false;
      cur = cur[seg];
    } else {
      if (Array.isArray(cur) || !Object.prototype.hasOwnProperty.call(cur, seg)) return false;
      cur = (cur as Record<string, unknown>)[seg];
    }
  }
  return true;
}

/** Path of one indicator cell: ind(3, 'score') → "indicators[3].score". */
export function ind(index: number, cell?: string): string {
  return cell ? `indicators[${index}].${cell}` : `indicators[${index}]`;
}
