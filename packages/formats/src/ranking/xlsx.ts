/**
 * The ranking table as an xlsx workbook (exceljs): one row per form with its risk score, the
 * points of every signal and the reasons, and, when a sample was drawn, a sheet recording it.
 * `readRankingXlsx` reads the table back (write → read returns the rows).
 */
import ExcelJS from 'exceljs';
import { SIGNALS, type RankingRow, type Sample, type Lang } from '@jixiao/core';
import { columnOf, FIXED, headerRow, REASONS, SAMPLE_WORDS, sampleWay } from './columns';
import { TYPEFACE } from '../typeface';

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
// exceljs sets no row heights: without them Excel shows one line of a wrapped cell.
const LINE_PT = 14.5;
/** The cells' font: the one typeface of the exports, named (xlsx cannot embed it). */
const TEXT_FONT = { name: TYPEFACE, size: 10 };

/** Sheet names, fixed so that readers (and people) find them. */
export const SHEETS = { ranking: { zh: '风险排序', en: 'Risk ranking' }, sample: { zh: '抽样记录', en: 'Sample' } } as const;

/** Write the ranking (and the sample, when given) as xlsx. */
export async function writeRankingXlsx(rows: readonly RankingRow[], lang: Lang, sample?: Sample): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jixiao';
  const ws = wb.addWorksheet(SHEETS.ranking[lang], { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }], pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = [...FIXED.map((c) => ({ width: c.width })), ...SIGNALS.map(() => ({ width: 10 })), { width: REASONS.width }];
  const header = ws.getRow(1);
  header.values = headerRow(lang);
  header.font = { ...TEXT_FONT, bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  header.height = 30;
  rows.forEach((r, i) => {
    const row = ws.getRow(2 + i);
    row.values = [
      r.rank,
      r.score,
      r.sample ? SAMPLE_WORDS[r.sample][lang] : '',
      r.id,
      r.year,
      r.projectName,
      r.department,
      r.implementer,
      r.claimed,
      r.provenMax,
      ...SIGNALS.map((s) => r.points[s.id] ?? 0),
      r.reasons.join('\n'),
    ];
    row.font = TEXT_FONT;
    row.alignment = { vertical: 'top', wrapText: true };
    // About 34 Chinese characters fit a line of the reasons column, 16 of the project name's.
    const reasonLines = r.reasons.reduce((n, t) => n + Math.max(1, Math.ceil(t.length / 34)), 0);
    const lines = Math.max(1, reasonLines, Math.ceil(r.projectName.length / 16));
    row.height = Math.max(20, lines * LINE_PT + 5);
  });
  for (let r = 1; r <= rows.length + 1; r++) for (let c = 1; c <= header.cellCount; c++) ws.getCell(r, c).border = BORDER;
  if (sample) addSampleSheet(wb, sample, lang);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function addSampleSheet(wb: ExcelJS.Workbook, s: Sample, lang: Lang): void {
  const zh = lang === 'zh';
  const ws = wb.addWorksheet(SHEETS.sample[lang]);
  ws.columns = [{ width: 14 }, { width: 24 }, { width: 12 }, { width: 40 }];
  const facts: [string, string | number][] = zh
    ? [['抽样种子', s.seed], ['算法', s.algorithm], ['参与排序', s.population], ['风险前列', s.top], ['随机抽取', s.random], ['最终样本', s.picks.length]]
    : [['Seed', s.seed], ['Algorithm', s.algorithm], ['Ranked', s.population], ['Top', s.top], ['Random', s.random], ['Final sample', s.picks.length]];
  facts.forEach(([k, v]) => (ws.addRow([k, v]).font = TEXT_FONT));
  ws.addRow([]);
  ws.addRow(zh ? ['排名', '来源', '方式', '理由'] : ['Rank', 'Source', 'Way', 'Reason']).font = { ...TEXT_FONT, bold: true };
  for (const p of s.picks) ws.addRow([p.rank, p.id, SAMPLE_WORDS[p.way][lang], p.reason ?? '']).font = TEXT_FONT;
  for (const p of s.removed) ws.addRow([p.rank, p.id, zh ? '人工移出' : 'removed', p.reason]).font = TEXT_FONT;
}

function text(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  return String(v);
}

function numberOrNull(v: ExcelJS.CellValue): number | null {
  if (v === null || v === undefined || v === '') return null;
  const n = typeof v === 'number' ? v : Number(text(v));
  return Number.isFinite(n) ? n : null;
}

/** Read a ranking workbook back into rows (the first sheet, columns found by their titles). */
export async function readRankingXlsx(bytes: Uint8Array): Promise<RankingRow[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const cols = new Map<number, NonNullable<ReturnType<typeof columnOf>>>();
  ws.getRow(1).eachCell((cell, c) => {
    const col = columnOf(text(cell.value));
    if (col) cols.set(c, col);
  });
  const out: RankingRow[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (!row.hasValues) continue;
    const x: RankingRow = { rank: 0, score: 0, id: '', year: 0, projectName: '', department: '', implementer: '', claimed: null, provenMax: null, points: Object.fromEntries(SIGNALS.map((s) => [s.id, 0])), reasons: [], sample: '' };
    for (const [c, col] of cols) {
      const v = row.getCell(c).value;
      if ('signal' in col) x.points[col.signal] = numberOrNull(v) ?? 0;
      else if ('reasons' in col) x.reasons = text(v) === '' ? [] : text(v).split('\n');
      else if (col.fixed === 'sample') x.sample = sampleWay(text(v));
      else if (col.fixed === 'rank' || col.fixed === 'score' || col.fixed === 'year') x[col.fixed] = numberOrNull(v) ?? 0;
      else if (col.fixed === 'claimed' || col.fixed === 'provenMax') x[col.fixed] = numberOrNull(v);
      else x[col.fixed] = text(v);
    }
    out.push(x);
  }
  return out;
}
