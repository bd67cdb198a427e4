/** A small structural JSON diff with paths in the model's notation (`indicators[3].score`). */

export interface Change {
  path: string;
  op: 'add' | 'remove' | 'replace';
  from?: unknown;
  to?: unknown;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function isObject(v: unknown): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const IDENT = /^[A-Za-z_$][\w$]*$/;

// Model keys are identifiers and print as `a.b[3].c`; any other key is quoted: `a["x.y"]`.
function join(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (!IDENT.test(key)) return `${base}[${JSON.stringify(key)}]`;
  return base ? `${base}.${key}` : key;
}

/** The changes that turn `a` into `b`; arrays are compared position by position. */
export function diff(a: unknown, b: unknown, path = ''): Change[] {
  if (Object.is(a, b)) return [];
  if (Array.isArray(a) && Array.isArray(b)) {
    const out: Change[] = [];
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (i >= a.length) out.push({ path: join(path, i), op: 'add', to: b[i] });
      else if (i >= b.length) out.push({ path: join(path, i), op: 'remove', from: a[i] });
      else out.push(...diff(a[i], b[i], join(path, i)));
    }
    return out;
  }
  if (isObject(a) && isObject(b)) {
    const out: Change[] = [];
    for (const k of Object.keys(a)) {
      if (!Object.hasOwn(b, k)) out.push({ path: join(path, k), op: 'remove', from: a[k] });
      else out.push(...diff(a[k], b[k], join(path, k)));
    }
    for (const k of Object.keys(b)) if (!Object.hasOwn(a, k)) out.push({ path: join(path, k), op: 'add', to: b[k] });
    return out;
  }
  return [{ path: path || '(root)', op: 'replace', from: a, to: b }];
}

function parsePath(path: string): (string | number)[] {
  if (path === '(root)') return [];
  const out: (string | number)[] = [];
  const re = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let m: RegExpExecArray | null;
  while (re.lastIndex < path.length && (m = re.exec(path))) {
    out.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3]) as string)));
  }
  return out;
}

/** Apply changes to a deep copy of `a` (the inverse of `diff`, used to check it). */
export function patch(a: unknown, changes: Change[]): unknown {
  let root = structuredClone(a) as Json;
  // Removals from arrays go last-first so earlier indexes stay valid.
  const ordered = [...changes].sort((x, y) => (x.op === 'remove' && y.op === 'remove' ? y.path.localeCompare(x.path, 'en', { numeric: true }) : 0));
  for (const c of ordered) {
    const keys = parsePath(c.path);
    if (keys.length === 0) {
      root = structuredClone(c.to) as Json;
      continue;
    }
    let node = root as Record<string | number, Json>;
    for (const k of keys.slice(0, -1)) node = node[k] as Record<string | number, Json>;
    const last = keys[keys.length - 1];
    if (c.op === 'remove') {
      if (Array.isArray(node)) node.splice(last as number, 1);
      else delete node[last];
    } else Object.defineProperty(node, last, { value: structuredClone(c.to), enumerable: true, writable: true, configurable: true });
  }
  return root;
}
