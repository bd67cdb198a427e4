/**
 * docx → grid: word/document.xml read in document order; every w:tbl row becomes a grid row with
 * w:gridSpan expanded to empty cells and w:vMerge continuations left empty (the text once, at the
 * master, as the seed layout has it); paragraphs outside tables (title, year) are one-cell rows.
 */
import { XMLParser } from 'fast-xml-parser';
import type { GridCell, GridRow } from '../grid/types';
import { LIMITS } from '../safety/limits';
import { EVIDENCE_HEAD, EVIDENCE_TITLE } from '../layout/evidence';

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

/** The parser is configured so that no entity is expanded and no value is converted. */
export function xmlParser(): XMLParser {
  return new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
  });
}

/** XML text with its predefined and numeric entities decoded (DOCTYPE entities are never honoured). */
export function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (m, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

const tag = (n: Node): string => Object.keys(n).find((k) => k !== ':@') ?? '';
const kids = (n: Node): Node[] => {
  const v = n[tag(n)];
  return Array.isArray(v) ? (v as Node[]) : [];
};
const attr = (n: Node | undefined, name: string): string | undefined => n?.[':@']?.[name];
const child = (n: Node, name: string): Node | undefined => kids(n).find((k) => tag(k) === name);

/** Build the grid of a parsed document.xml. */
export function documentGrid(doc: Node[]): { rows: GridRow[] } | { tooMany: string } {
  const body = findBody(doc);
  const rows: GridRow[] = [];
  const st = { table: 0, para: 0, cells: 0 };
  const walk = (nodes: Node[], depth: number): string | null => {
    for (const n of nodes) {
      const t = tag(n);
      if (t === 'w:p') {
        st.para++;
        const text = paragraphText(n, 0);
        if (text.trim()) rows.push([{ text, location: `paragraph ${st.para}` }]);
      } else if (t === 'w:tbl' && isEvidenceList(n)) {
        // jixiao's own 佐证材料 list after a form: no form to read; its heading goes with it.
        if (rows.at(-1)?.[0]?.text.startsWith(`${EVIDENCE_TITLE} — `)) rows.pop();
      } else if (t === 'w:tbl') {
        st.table++;
        const over = tableRows(n, st.table, rows, st);
        if (over) return over;
        rows.push([]);
      } else if ((t === 'w:sdt' || t === 'w:sdtContent' || t === 'w:customXml') && depth < LIMITS.maxDepth) {
        const over = walk(kids(n), depth + 1);
        if (over) return over;
      }
    }
    return null;
  };
  const over = walk(body, 0);
  return over ? { tooMany: over } : { rows };
}

/** A table whose first row is the export's 佐证材料 head. */
function isEvidenceList(tbl: Node): boolean {
  const first = kids(tbl).find((k) => tag(k) === 'w:tr');
  return first !== undefined && cellsOf(first).map((tc) => cellText(tc, 0).trim()).join('|') === EVIDENCE_HEAD.join('|');
}

function findBody(doc: Node[]): Node[] {
  const document = doc.find((n) => tag(n) === 'w:document');
  const body = document ? child(document, 'w:body') : undefined;
  return body ? kids(body) : [];
}

function tableRows(tbl: Node, t: number, rows: GridRow[], st: { cells: number }): string | null {
  let r = 0;
  for (const tr of kids(tbl)) {
    if (tag(tr) !== 'w:tr') continue;
    r++;
    const row: GridCell[] = [];
    const trPr = child(tr, 'w:trPr');
    const before = Number(attr(trPr && child(trPr, 'w:gridBefore'), 'w:val') ?? 0);
    for (let i = 0; i < Math.min(before, LIMITS.maxColumns); i++) row.push({ text: '', location: loc(t, r, row.length + 1) });
    for (const tc of cellsOf(tr)) {
      const tcPr = child(tc, 'w:tcPr');
      const span = Math.max(1, Math.min(LIMITS.maxColumns, Number(attr(tcPr && child(tcPr, 'w:gridSpan'), 'w:val') ?? 1) || 1));
      const vMerge = tcPr && child(tcPr, 'w:vMerge');
      const continued = vMerge !== undefined && attr(vMerge, 'w:val') !== 'restart';
      const location = loc(t, r, row.length + 1);
      row.push({ text: continued ? '' : cellText(tc, 0), location });
      for (let i = 1; i < span; i++) row.push({ text: '', location: loc(t, r, row.length + 1) });
      if (row.length > LIMITS.maxColumns) break;
    }
    st.cells += row.length;
    if (st.cells > LIMITS.maxCells) return loc(t, r, 1);
    rows.push(row);
  }
  return null;
}

/** The w:tc of a row, including those wrapped in content controls. */
function cellsOf(tr: Node): Node[] {
  const out: Node[] = [];
  for (const k of kids(tr)) {
    const t = tag(k);
    if (t === 'w:tc') out.push(k);
    else if (t === 'w:sdt' || t === 'w:customXml') {
      const content = t === 'w:sdt' ? child(k, 'w:sdtContent') : k;
      if (content) out.push(...kids(content).filter((c) => tag(c) === 'w:tc'));
    }
  }
  return out;
}

function loc(t: number, r: number, c: number): string {
  return `table ${t}, row ${r}, cell ${c}`;
}

/** A cell's text: its paragraphs joined by line breaks; a nested table's rows likewise. */
function cellText(tc: Node, depth: number): string {
  const lines: string[] = [];
  for (const k of kids(tc)) {
    const t = tag(k);
    if (t === 'w:p') lines.push(paragraphText(k, 0));
    else if (t === 'w:tbl' && depth < 8)
      for (const tr of kids(k))
        for (const c of tag(tr) === 'w:tr' ? cellsOf(tr) : []) {
          const s = cellText(c, depth + 1);
          if (s) lines.push(s);
        }
    else if (t === 'w:sdt' && depth < 8) {
      const content = child(k, 'w:sdtContent');
      if (content) lines.push(cellText(content, depth + 1));
    }
  }
  return lines.join('\n');
}

const SKIP = new Set(['w:pPr', 'w:rPr', 'w:instrText', 'w:delText', 'w:del', 'w:fldChar', 'w:commentReference', 'w:footnoteReference']);

function paragraphText(n: Node, depth: number): string {
  let s = '';
  for (const k of kids(n)) {
    const t = tag(k);
    if (t === '#text') continue;
    if (t === 'w:t') s += decodeXml(kids(k).map((x) => String(x['#text'] ?? '')).join(''));
    else if (t === 'w:tab') s += '\t';
    else if (t === 'w:br' || t === 'w:cr') s += '\n';
    else if (!SKIP.has(t) && depth < LIMITS.maxDepth) s += paragraphText(k, depth + 1);
  }
  return s;
}

/** The template ids written by our exporter in docProps/core.xml, or null. */
export function docxTemplates(coreXml: string | undefined): string[] | null {
  const m = coreXml ? /<dc:description>jixiao:([^<]*)<\/dc:description>/.exec(coreXml) : null;
  if (!m) return null;
  try {
    const v = JSON.parse(decodeXml(m[1])) as { templates?: unknown };
    return Array.isArray(v.templates) && v.templates.every((t) => typeof t === 'string') ? v.templates : null;
  } catch {
    return null;
  }
}
