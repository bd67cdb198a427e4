/**
 * Text outside any ruled table (titles, the year line, paragraphs, signatures, or a whole table
 * drawn without rules): each line becomes a row, cut into cells where the gap between words is
 * wider than two characters — the way a person reads columns set apart by space.
 */
import { cleanOcrText } from './ocr-text';
import { lineText, toLines, type TextLine } from './text-join';
import type { PageCell, Word } from './types';

/** Rows of the free text on a page, top to bottom. */
export function freeRows(words: Word[]): { cells: PageCell[]; y: number }[] {
  return toLines(words).map((l) => ({ cells: splitLine(l), y: l.y0 }));
}

function splitLine(l: TextLine): PageCell[] {
  const h = Math.max(1e-6, l.y1 - l.y0);
  const parts: Word[][] = [];
  for (const w of l.words) {
    const cur = parts[parts.length - 1];
    const prev = cur?.[cur.length - 1];
    if (prev && w.x0 - prev.x1 <= 2 * h) cur.push(w);
    else parts.push([w]);
  }
  return parts
    .map((ws) => {
      const confs = ws.map((w) => w.conf).filter((x): x is number => x !== undefined);
      const raw = lineText({ ...l, words: ws });
      const text = confs.length ? cleanOcrText(raw) : raw;
      return confs.length ? { text, conf: Math.min(...confs) } : { text };
    })
    .filter((c) => c.text !== '');
}
