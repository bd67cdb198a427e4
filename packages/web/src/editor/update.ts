/** Immutable edits of an Evaluation, so React sees a new object only along the changed path. */
import type { Evaluation, Indicator } from '@jixiao/core';

const SEG = /([A-Za-z_]\w*)|\[(\d+)\]/g;

/** A copy of ev with the value at path replaced; containers along the path are copied. */
export function updateAt(ev: Evaluation, path: string, value: unknown): Evaluation {
  const segs = [...path.matchAll(SEG)].map((m) => (m[1] !== undefined ? m[1] : Number(m[2])));
  const go = (node: unknown, i: number): unknown => {
    if (i === segs.length) return value;
    const key = segs[i];
    if (Array.isArray(node)) {
      const copy = node.slice();
      copy[key as number] = go(node[key as number], i + 1);
      return copy;
    }
    const obj = (node ?? {}) as Record<string, unknown>;
    return { ...obj, [key]: go(obj[key as string], i + 1) };
  };
  return go(ev, 0) as Evaluation;
}

/** A blank indicator row. */
export function blankIndicator(level1 = '', level2 = ''): Indicator {
  return { level1, level2, name: '', target: '', actual: '', weight: null, score: null, deviation: '' };
}

/** Insert an indicator after index `after` (-1 = at the top). */
export function insertIndicator(ev: Evaluation, after: number, row: Indicator): Evaluation {
  const list = ev.indicators.slice();
  list.splice(after + 1, 0, row);
  return { ...ev, indicators: list };
}

/**
 * Remove an indicator. When it starts a merged 一级/二级 block, the next row inherits the
 * block's text so the rows below stay under the same heading.
 */
export function removeIndicator(ev: Evaluation, index: number): Evaluation {
  const list = ev.indicators.slice();
  const gone = list[index];
  const next = list[index + 1];
  if (gone && next) {
    const patch: Partial<Indicator> = {};
    if (gone.level1.trim() && !next.level1.trim()) patch.level1 = gone.level1;
    if (gone.level2.trim() && !next.level2.trim() && !(next.level1.trim() && next.level1.trim() !== gone.level1.trim())) patch.level2 = gone.level2;
    if (patch.level1 || patch.level2) list[index + 1] = { ...next, ...patch };
  }
  list.splice(index, 1);
  return { ...ev, indicators: list };
}

/** Set the text of a merged 一级/二级 cell: the block's first row and any row repeating the old text. */
export function setBlockText(ev: Evaluation, start: number, span: number, key: 'level1' | 'level2', text: string): Evaluation {
  const old = ev.indicators[start][key].trim();
  const list = ev.indicators.map((row, i) => {
    if (i === start) return { ...row, [key]: text };
    if (i > start && i < start + span && row[key].trim() === old && old !== '') return { ...row, [key]: text };
    return row;
  });
  return { ...ev, indicators: list };
}
