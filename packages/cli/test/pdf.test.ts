/**
 * `jixiao parse/score/check file.pdf` and folders: PDFs are read like any other format, a scan
 * without tesseract fails with how to install it (exit 2, no empty form), and long imports show
 * progress on a terminal.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportForms, importFile } from '@jixiao/formats';
import { run } from '../src/main';
import { captureIo, SEED } from './helpers';

async function seedPdf(dir: string): Promise<string> {
  const r = await importFile(new Uint8Array(readFileSync(SEED)));
  if (!r.ok) throw new Error(r.issues[0].code);
  const file = join(dir, 'seed.pdf');
  writeFileSync(file, (await exportForms(r.forms.map((f) => f.evaluation), 'pdf')) as Uint8Array);
  return file;
}

/** A one-page PDF holding only an image (a scan): no text layer. */
function scanPdf(dir: string): string {
  const img = Buffer.from('789c63600000000200011e', 'hex'); // zlib of one grey byte
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im 4 0 R >> >> /Contents 5 0 R >>',
    `<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${img.length} >>\nstream\n${img.toString('latin1')}\nendstream`,
    '<< /Length 31 >>\nstream\nq 595 0 0 842 0 0 cm /Im Do Q\nendstream',
  ];
  let pdf = '%PDF-1.4\n';
  const offs: number[] = [];
  objs.forEach((o, i) => {
    offs.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const x = pdf.length;
  pdf += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offs.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${x}\n%%EOF\n`;
  const file = join(dir, 'scan.pdf');
  writeFileSync(file, Buffer.from(pdf, 'latin1'));
  return file;
}

afterEach(() => {
  delete process.env.JIXIAO_TESSERACT;
});

describe('jixiao and PDF files', () => {
  it('parses, scores and checks a PDF as it does the text it was made from', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-cli-pdf-'));
    const pdf = await seedPdf(dir);
    const fromPdf = captureIo();
    expect(await run(['parse', pdf, '--json'], fromPdf)).toBe(0);
    const fromText = captureIo();
    await run(['parse', SEED, '--json'], fromText);
    const strip = (s: string) => (JSON.parse(s) as { source?: unknown; template?: unknown }[]).map(({ source: _s, template: _t, ...ev }) => ev);
    expect(strip(fromPdf.stdout)).toEqual(strip(fromText.stdout));
    const score = captureIo();
    expect(await run(['score', pdf], score)).toBe(0);
    expect(score.stdout).toContain('总分 100');
    expect(await run(['check', pdf], captureIo())).toBe(1);
  }, 60_000);

  it('a scan without tesseract exits 2 saying how to install it, with no form printed', async () => {
    process.env.JIXIAO_TESSERACT = '/nonexistent/tesseract';
    const io = captureIo();
    expect(await run(['parse', scanPdf(mkdtempSync(join(tmpdir(), 'jixiao-cli-scan-')))], io)).toBe(2);
    expect(io.stdout).toBe('');
    expect(io.stderr).toContain('apt-get install tesseract-ocr tesseract-ocr-chi-sim');
  });

  it('imports every importable file of a folder, showing progress on a terminal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-cli-dir-'));
    await seedPdf(dir);
    writeFileSync(join(dir, 'seed.txt'), readFileSync(SEED));
    writeFileSync(join(dir, 'notes.md'), '# not a form');
    const shown: string[] = [];
    const io = { ...captureIo(), readDir: async () => ['seed.txt', 'notes.md', 'seed.pdf'], progress: (t: string) => void shown.push(t) };
    const out = { stdout: '' };
    io.out = (t: string) => void (out.stdout += t);
    expect(await run(['parse', dir, '--json'], io)).toBe(0);
    expect(JSON.parse(out.stdout)).toHaveLength(4);
    expect(shown).toContain('文件 1/2 seed.pdf');
    // The seed prints each form on one A4 page (issue 11): two pages.
    expect(shown).toContain('seed.pdf 读取第 2/2 页');
    expect(shown).toContain('文件 2/2 seed.txt');
    expect(shown[shown.length - 1]).toBe('');
  }, 60_000);
});
