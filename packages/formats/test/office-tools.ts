/** Scratch folders for the office tests (which tools they need is test/tools.ts's business). */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temporary directory. */
export function tempDir(prefix = 'jixiao-formats-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Pages LibreOffice prints a docx on (converted to PDF, counted by poppler's pdfinfo). */
export function printedPages(docx: Uint8Array, dir = tempDir(), name = 'form'): number {
  const home = join(dir, 'home');
  // LibreOffice needs a writable profile directory: give it its own HOME.
  mkdirSync(home, { recursive: true });
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, docx);
  execFileSync('soffice', ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, file], { env: { ...process.env, HOME: home }, timeout: 120_000, stdio: 'pipe' });
  const info = execFileSync('pdfinfo', [file.replace(/\.docx$/, '.pdf')], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}
