/**
 * PDF import bench: forms per second from jixiao's own 20-form PDF, and its time against pdf.js's
 * text extraction alone of the same file (open + getTextContent of every page) in the same run;
 * OCR seconds per page of a 150-dpi scan when tesseract is installed.
 */
import { execFileSync } from 'node:child_process';
import type { Evaluation } from '@jixiao/core';
import { exportForms, importFile } from '@jixiao/formats';
import { openPdf } from '../packages/formats/src/pdf-import/pdfjs';
import { imagePdf, scanPages } from '../packages/formats/test/scan-pdf';
import { bestOf, type BenchRow } from './types';

async function textOnly(bytes: Uint8Array): Promise<void> {
  const doc = await openPdf(bytes);
  for (let p = 1; p <= doc.numPages; p++) await (await doc.getPage(p)).getTextContent();
  await doc.destroy();
}

function have(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** PDF import and OCR rows of the formats bench. */
export async function benchPdfImport(forms: Evaluation[]): Promise<BenchRow[]> {
  const pdf = (await exportForms(forms, 'pdf')) as Uint8Array;
  await importFile(pdf); // load pdf.js once, outside the timing
  // Interleaved, best of five each: the machines here are shared, and load comes and goes.
  let ours = Infinity;
  let raw = Infinity;
  for (let i = 0; i < 5; i++) {
    ours = Math.min(ours, await bestOf(() => importFile(pdf), 1));
    raw = Math.min(raw, await bestOf(() => textOnly(pdf), 1));
  }
  const rows: BenchRow[] = [
    {
      name: 'pdf import (pdf.js text + rules, grid rebuild, form reader)',
      perSecond: (forms.length * 1000) / ours,
      ratio: ours / raw,
      base: 'time of pdf.js getTextContent alone on the same file; aim ≤ 2×',
      note: `${forms.length} forms, ${Math.round(pdf.length / 1024)} KB`,
    },
  ];
  if (have('tesseract') && have('pdftoppm')) {
    const one = (await exportForms(forms.slice(1, 2), 'pdf')) as Uint8Array;
    const scan = imagePdf(scanPages(one, 150));
    const t0 = performance.now();
    const r = await importFile(scan);
    const s = (performance.now() - t0) / 1000;
    rows.push({ name: 'OCR import of a 150-dpi scanned page (tesseract chi_sim)', perSecond: 1 / s, note: `${s.toFixed(1)} s a page${r.ok ? '' : ` (failed: ${r.issues[0].code})`}` });
  } else rows.push({ name: 'OCR import', perSecond: 0, note: 'tesseract or pdftoppm not installed: skipped' });
  return rows;
}
