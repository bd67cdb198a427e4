/**
 * formats bench: xlsx import and export per form against exceljs's own raw read/write of the
 * same files (ratio in the same run: 1.0 would mean our layout, checks and form reader cost
 * nothing over the library), pdf export per form, and PDF import and OCR (bench/pdf-import.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { exportForms, importFile, importText } from '@jixiao/formats';
import { bestOf, type BenchRow } from './types';
import { benchPdfImport } from './pdf-import';

/** Per-form throughputs of the office formats. */
export async function benchFormats(): Promise<BenchRow[]> {
  const seed = readFileSync(fileURLToPath(new URL('../examples/seed-2020.txt', import.meta.url)), 'utf8');
  const r = importText(seed);
  if (!r.ok) throw new Error(r.issues[0].message.en);
  // 20 forms in one workbook: enough work per run to measure, as a department's batch would be.
  const forms = Array.from({ length: 10 }, () => r.forms.map((f) => f.evaluation)).flat();
  const n = forms.length;
  const bytes = (await exportForms(forms, 'xlsx', { summary: false })) as Uint8Array;
  const buf = Buffer.from(bytes);

  const ours = {
    export: await bestOf(() => exportForms(forms, 'xlsx', { summary: false }), 5),
    import: await bestOf(() => importFile(bytes), 5),
  };
  // exceljs alone: load the same file; write the workbook it loaded (no layout, no reader).
  let loaded = new ExcelJS.Workbook();
  const raw = {
    import: await bestOf(async () => {
      loaded = new ExcelJS.Workbook();
      await loaded.xlsx.load(buf as unknown as ArrayBuffer);
    }, 5),
    export: await bestOf(() => loaded.xlsx.writeBuffer(), 5),
  };
  const pdf = await bestOf(() => exportForms(forms.slice(0, 4), 'pdf'), 3);
  const perSec = (ms: number, count: number) => (count * 1000) / ms;
  return [
    {
      name: 'xlsx export (layout + exceljs write)',
      perSecond: perSec(ours.export, n),
      ratio: raw.export / ours.export,
      base: 'exceljs writeBuffer of the same workbook',
      note: `${n} forms a run; ratio < 1 means slower than the raw write`,
    },
    {
      name: 'xlsx import (zip checks + exceljs + form reader)',
      perSecond: perSec(ours.import, n),
      ratio: raw.import / ours.import,
      base: 'exceljs xlsx.load of the same file',
      note: `${n} forms, ${Math.round(bytes.length / 1024)} KB`,
    },
    { name: 'pdf export (pdfmake, embedded font subset)', perSecond: perSec(pdf, 4), note: '4 forms a run' },
    ...(await benchPdfImport(forms)),
  ];
}
