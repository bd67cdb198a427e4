/** Plain-text tables for the terminal that line up Chinese (double-width) characters. */
import { displayWidth as width } from '@jixiao/core';


/** Cut a string to at most max display columns, marking the cut with …. */
export function clip(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (width(flat) <= max) return flat;
  let out = '';
  for (const ch of flat) {
    if (width(out + ch) > max - 1) break;
    out += ch;
  }
  return out + '…';
}

function pad(s: string, w: number, right: boolean): string {
  const gap = ' '.repeat(Math.max(0, w - width(s)));
  return right ? gap + s : s + gap;
}

/** Render rows as aligned columns; `align` marks right-aligned (numeric) columns with 'r'. */
export function renderTable(header: string[], rows: string[][], align: ('l' | 'r')[] = []): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells.map((c, i) => pad(c ?? '', widths[i], align[i] === 'r')).join('  ').replace(/\s+$/, '');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n';
}
