/**
 * Tesseract (Debian's tesseract-ocr with tesseract-ocr-chi-sim) run as a child process: the
 * image goes in on stdin, word boxes with confidences come out as tsv. Whether it is installed,
 * with Chinese, is asked once; without it jixiao says how to install it and does everything else.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Msg } from '@jixiao/core';

/** The command run; JIXIAO_TESSERACT overrides it (tests use it to simulate a missing install). */
function command(): string {
  return process.env.JIXIAO_TESSERACT || 'tesseract';
}

let info: Promise<{ ok: boolean; langs: string[] }> | null = null;
let infoFor = '';

/** Whether tesseract runs here and reads Chinese (chi_sim). */
export async function tesseractReady(): Promise<boolean> {
  return (await tesseractInfo()).ok;
}

async function tesseractInfo(): Promise<{ ok: boolean; langs: string[] }> {
  if (!info || infoFor !== command()) {
    infoFor = command();
    info = new Promise((resolve) => {
      execFile(command(), ['--list-langs'], { timeout: 20_000 }, (err, stdout, stderr) => {
        if (err) return resolve({ ok: false, langs: [] });
        const langs = `${stdout}\n${stderr}`.split('\n').map((l) => l.trim()).filter((l) => /^[a-z_]+$/i.test(l));
        resolve({ ok: langs.includes('chi_sim'), langs });
      });
    });
  }
  return info;
}

/** The message when OCR is needed but tesseract (or its Chinese data) is not installed. */
export const TESSERACT_MISSING: Msg = {
  zh: '需要OCR识别，但未安装 tesseract（或其中文语言包）：请运行 apt-get install tesseract-ocr tesseract-ocr-chi-sim',
  en: 'OCR is needed but tesseract (or its Chinese data) is not installed: run apt-get install tesseract-ocr tesseract-ocr-chi-sim',
};

/** Seconds one page may take before tesseract is stopped. */
export const PAGE_TIMEOUT_MS = 180_000;

/** Recognise one PNG page; resolves to the tsv text. Rejects on failure, timeout or abort. */
export async function runTesseract(png: Uint8Array, signal?: AbortSignal): Promise<string> {
  // psm 6: the page as one block of text. Tables read row by row; the boxes place the words.
  return spawnTesseract('stdin', '6', png, signal);
}

/**
 * Recognise small images, each as one line of text (psm 7), in one run (the language data is
 * loaded once): the tsv's page_num (1-based) says which image a word is from.
 */
export async function runTesseractLines(pngs: Uint8Array[], signal?: AbortSignal): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-ocr-lines-'));
  try {
    const files = pngs.map((_, i) => join(dir, `${i}.png`));
    await Promise.all(pngs.map((p, i) => writeFile(files[i], p)));
    await writeFile(join(dir, 'list.txt'), files.join('\n') + '\n');
    return await spawnTesseract(join(dir, 'list.txt'), '7', null, signal);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function spawnTesseract(input: string, psm: string, stdin: Uint8Array | null, signal?: AbortSignal): Promise<string> {
  // chi_sim alone: it reads digits and Latin letters too, and eng beside it turns Chinese into Latin garbage.
  const lang = 'chi_sim';
  return new Promise((resolve, reject) => {
    const child = spawn(command(), [input, 'stdout', '-l', lang, '--psm', psm, 'tsv'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      signal,
      timeout: PAGE_TIMEOUT_MS,
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
    child.on('error', reject);
    child.stdin.on('error', () => {
      // tesseract closed its input early: its exit code says why.
    });
    child.on('close', (code, sig) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new Error(sig ? `tesseract stopped (${sig})` : `tesseract exited ${code}: ${err.trim().slice(0, 300)}`));
    });
    if (stdin) child.stdin.end(Buffer.from(stdin.buffer, stdin.byteOffset, stdin.byteLength));
    else child.stdin.end();
  });
}
