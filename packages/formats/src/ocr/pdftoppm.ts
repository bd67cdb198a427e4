/**
 * PDF pages to grey pixels with poppler's pdftoppm (poppler-utils), for OCR of scanned pages.
 * The PDF is written to a private temporary folder, removed afterwards.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeImage, type Gray } from './gray';

/** Resolution scans are rendered at: tesseract reads 9-point Chinese best from about 300 dpi (a 150-dpi scan is upsampled). */
export const OCR_DPI = 300;

/** A PDF opened for rasterising; `close` removes its temporary copy. */
export async function rasteriser(pdf: Uint8Array): Promise<{ page(n: number, signal?: AbortSignal): Promise<Gray>; close(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-ocr-'));
  const file = join(dir, 'in.pdf');
  await writeFile(file, pdf);
  return {
    page: (n, signal) =>
      new Promise((resolve, reject) => {
        const args = ['-r', String(OCR_DPI), '-gray', '-png', '-f', String(n), '-l', String(n), '-singlefile', file];
        execFile('pdftoppm', args, { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024, timeout: 120_000, signal }, (err, stdout) => {
          if (err) return reject(err);
          const img = decodeImage(new Uint8Array(stdout));
          if (img.ok) resolve(img.image);
          else reject(new Error(`pdftoppm: ${img.reason}`));
        });
      }),
    close: () => rm(dir, { recursive: true, force: true }),
  };
}
