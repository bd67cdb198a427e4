/** Cell accuracy of a form read by OCR: the cells (fields) equal to the original, over all cells. */
import type { Evaluation } from '@jixiao/core';

/** Every cell of a form as path → value (header, funds, goals, indicators, total). */
export function cells(ev: Evaluation | undefined): Map<string, unknown> {
  const m = new Map<string, unknown>();
  if (!ev) return m;
  for (const k of ['year', 'projectName', 'department', 'implementer'] as const) m.set(k, ev[k]);
  for (const r of ['total', 'fiscal', 'carryover', 'other'] as const)
    for (const c of ['initial', 'adjusted', 'executed', 'weight', 'rate', 'score'] as const) m.set(`funds.${r}.${c}`, ev.funds[r][c]);
  m.set('goals.expected', ev.goals.expected);
  m.set('goals.actual', ev.goals.actual);
  ev.indicators.forEach((ind, i) => {
    for (const k of ['level1', 'level2', 'name', 'target', 'actual', 'weight', 'score', 'deviation'] as const) m.set(`indicators[${i}].${k}`, ind[k]);
  });
  m.set('total.weight', ev.total.weight);
  m.set('total.score', ev.total.score);
  return m;
}

/** Share of the original's cells read exactly, and the paths read wrong. */
export function accuracy(got: (Evaluation | undefined)[], want: Evaluation[]): { share: number; wrong: string[][] } {
  let ok = 0;
  let all = 0;
  const wrong = want.map((w, i) => {
    const a = cells(got[i]);
    const bad: string[] = [];
    for (const [k, v] of cells(w)) {
      all++;
      if (a.get(k) === v) ok++;
      else bad.push(k);
    }
    return bad;
  });
  return { share: ok / all, wrong };
}

/** Paths scoring reads (a wrong one must be marked unreadable). */
export const SCORED = /^(indicators\[\d+\]\.(target|actual|score)|funds\.\w+\.(adjusted|executed|score)|total\.score)$/;
