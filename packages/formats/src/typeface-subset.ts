/**
 * The typeface cut down to a document's characters, for the formats that embed a font file of
 * their own (docx, html): harfbuzz's subsetter (the subset-font package, wasm) keeps the tables a
 * word processor or browser needs (cmap, name, OS/2, hmtx…), which fontkit's PDF-only subsets
 * lack. Each subset holds the document's characters plus those anyone editing the form types
 * first — ASCII, digits, common Chinese punctuation and the official form's fixed labels.
 */
import subsetFont from 'subset-font';
import { FUND_HEADERS, FUND_LABELS, INDICATOR_HEADERS, TITLE } from './layout/official';
import { typefaceFiles } from './typeface';

/**
 * The font file format of a subset: TrueType for docx, WOFF for html. (WOFF2 would be a fifth
 * smaller, but its compressor is slow: 0.6 s a weight for a seed form against 0.1 s, a minute for
 * all the hanzi.)
 */
export type SubsetFormat = 'truetype' | 'woff';

/** The regular (400) and bold (700) subsets of the typeface. */
export interface TypefaceSubset {
  normal: Uint8Array;
  bold: Uint8Array;
  /** The characters both subsets cover. */
  chars: string;
}

const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
/** What every subset holds, used in the document or not. */
export const FIXED_CHARS =
  ASCII +
  '，。、；：？！（）《》【】“”‘’—…％～·×÷±≥≤＝＋－／　０１２３４５６７８９一二三四五六七八九十百千万亿元年月日度' +
  [TITLE, ...Object.values(FUND_LABELS), ...FUND_HEADERS, ...INDICATOR_HEADERS, '项目名称主管部门实施单位', '产出指标效益指标满意度指标数量质量时效成本经济社会生态可持续影响服务对象'].join('');

/**
 * At most this many characters in a subset (GB 2312's 6,763 hanzi and more): about 4 MB a weight.
 * A document with more distinct characters (a pasted dictionary) keeps its most frequent ones; the
 * rest show in a substitute font.
 */
export const MAX_SUBSET_CHARS = 8000;

/**
 * The characters a subset holds: FIXED_CHARS and the distinct characters of `text` (line breaks
 * and controls left out), the most frequent first when there are more than MAX_SUBSET_CHARS; in
 * code point order.
 */
export function subsetChars(text: string): string {
  const count = new Map<number, number>();
  for (const ch of FIXED_CHARS) count.set(ch.codePointAt(0)!, Infinity);
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0)) count.set(cp, (count.get(cp) ?? 0) + 1);
  }
  let cps = [...count.keys()];
  if (cps.length > MAX_SUBSET_CHARS) cps = cps.sort((a, b) => count.get(b)! - count.get(a)! || a - b).slice(0, MAX_SUBSET_CHARS);
  return String.fromCodePoint(...cps.sort((a, b) => a - b));
}

/**
 * The OpenType features kept: kerning, ligatures and the vertical forms. The others (locl's
 * Japanese, Korean and traditional forms, the width variants) are the glyphs the text does not
 * ask for, and would more than double a subset.
 */
const FEATURES = ['kern', 'liga', 'vert', 'vrt2'];

const recent = new Map<string, Promise<TypefaceSubset>>();
const RECENT = 4;

/**
 * Regular and bold subsets of the typeface holding the characters of `text` (and FIXED_CHARS).
 * The last few subsets are kept: exporting the same forms again does not subset again.
 */
export function typefaceSubset(text: string, format: SubsetFormat): Promise<TypefaceSubset> {
  const chars = subsetChars(text);
  const key = `${format}:${chars}`;
  let hit = recent.get(key);
  if (hit) {
    recent.delete(key);
  } else {
    const { normal, bold } = typefaceFiles();
    const options = { targetFormat: format === 'truetype' ? ('sfnt' as const) : ('woff' as const), keepFeatures: FEATURES };
    hit = Promise.all([subsetFont(normal, chars, options), subsetFont(bold, chars, options)]).then(([n, b]) => ({ normal: bytes(n), bold: bytes(b), chars }));
    // A failure is not remembered.
    hit.catch(() => recent.delete(key));
  }
  recent.set(key, hit);
  while (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  return hit;
}

function bytes(b: Buffer): Uint8Array {
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}
