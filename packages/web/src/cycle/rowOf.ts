/** The row index a finding or issue path names ("indicators[3].target" → 3), null for a form-level path. */
export function rowOf(path: string): number | null {
  const r = /^indicators\[(\d+)\]/.exec(path);
  return r ? Number(r[1]) : null;
}
