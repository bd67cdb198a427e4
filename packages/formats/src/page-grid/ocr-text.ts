/**
 * What OCR adds that was never printed: a quotation mark or comma read from a speck or the
 * remains of a cell border at the edge of a cell, and a quotation mark without its partner.
 * Only those are removed; everything else OCR read is kept as read (and noted when uncertain).
 */

const EDGE = /^[\s，,。.、；;：:”’"'“‘|]+|[\s，,、；;：:“‘"'|]+$/g;

/** OCR text of one cell with stray marks at its edges and unpaired quotation marks removed. */
export function cleanOcrText(text: string): string {
  let s = text.replace(EDGE, '');
  // Unpaired curly quotes: an opening one never closed, a closing one never opened.
  const chars = [...s];
  const open: number[] = [];
  const drop = new Set<number>();
  chars.forEach((c, i) => {
    if (c === '“') open.push(i);
    else if (c === '”') {
      if (open.length) open.pop();
      else drop.add(i);
    }
  });
  for (const i of open) drop.add(i);
  if (drop.size) s = chars.filter((_, i) => !drop.has(i)).join('');
  // Straight double quotes come in pairs too.
  if ((s.match(/"/g)?.length ?? 0) % 2 === 1) s = s.replace(/"/, '');
  return fullWidth(s.replace(/\s*\n\s*/g, '\n').trim());
}

/** One OCR line: quotation marks at its ends without a partner in the line are specks of the cell border. */
export function cleanOcrLine(text: string): string {
  let s = text;
  for (;;) {
    const open = (s.match(/“/g) ?? []).length;
    const close = (s.match(/”/g) ?? []).length;
    if (/^[“”"'|]/.test(s) && !(s[0] === '“' && close > open - 1 && close > 0)) s = s.slice(1);
    else if (/[“”"'|]$/.test(s) && !(s.endsWith('”') && open > close - 1 && open > 0)) s = s.slice(0, -1);
    else return s;
  }
}

const CJK = /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/;
const WIDE: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '?': '？', '!': '！' };

/** OCR writes ASCII punctuation; between Chinese characters the form has the full-width sign. */
function fullWidth(s: string): string {
  const c = [...s];
  return c
    .map((ch, i) => {
      const w = WIDE[ch];
      if (!w) return ch;
      const near = (k: number) => k >= 0 && k < c.length && CJK.test(c[k]);
      // A bracket counts its inside too: "(万元)", "(2020年度)".
      const inside = ch === '(' ? c.slice(i + 1, c.indexOf(')', i) >>> 0).some((x) => CJK.test(x)) : ch === ')' ? c.slice(c.lastIndexOf('(', i) + 1, i).some((x) => CJK.test(x)) : false;
      return near(i - 1) || near(i + 1) || inside ? w : ch;
    })
    .join('')
    .replace(/\s*([，；：（）？！])\s*/g, '$1');
}
