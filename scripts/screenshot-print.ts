/**
 * Writes docs/screenshots/print-{pdf,docx,html}-p{1,2}.png: seed form 1 printed on A4 as each
 * export prints — the PDF export as it is, the docx export printed by LibreOffice, the html export
 * printed by Chromium — rendered by pdftoppm, to check the printed layout (the indicator header
 * repeated on page 2, merged labels centred, numbers unbroken).
 * Run: node scripts/build.js --packages && node bin/tsx.js scripts/screenshot-print.ts
 * Needs poppler-utils, LibreOffice (soffice) and chromium (CHROMIUM_PATH or on PATH).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportForms, importText } from '@jixiao/formats';

const root = fileURLToPath(new URL('..', import.meta.url));
const r = importText(readFileSync(join(root, 'examples/seed-2020.txt'), 'utf8'), { fileName: 'seed-2020.txt' });
if (!r.ok) throw new Error(r.error.message.en);
const form = [r.forms[0].evaluation];
const out = join(root, 'docs/screenshots');
mkdirSync(out, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), 'jixiao-print-'));
const home = join(tmp, 'home');
mkdirSync(home);

const pdfs: Record<string, string> = {};
pdfs.pdf = join(tmp, 'form.pdf');
writeFileSync(pdfs.pdf, (await exportForms(form, 'pdf')) as Uint8Array);

const docx = join(tmp, 'form.docx');
writeFileSync(docx, (await exportForms(form, 'docx')) as Uint8Array);
// LibreOffice needs a writable profile: its own HOME.
execFileSync('soffice', ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', join(tmp, 'lo'), docx], { env: { ...process.env, HOME: home }, stdio: 'pipe', timeout: 120_000 });
pdfs.docx = join(tmp, 'lo', 'form.pdf');

const html = join(tmp, 'form.html');
writeFileSync(html, (await exportForms(form, 'html')) as string);
pdfs.html = join(tmp, 'html.pdf');
const chromium = process.env.CHROMIUM_PATH ?? 'chromium';
execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--no-pdf-header-footer', `--print-to-pdf=${pdfs.html}`, `file://${html}`], { stdio: 'pipe', timeout: 120_000 });

for (const [name, pdf] of Object.entries(pdfs)) {
  const prefix = join(tmp, `shot-${name}`);
  // The first two pages at 60 dpi: the whole A4 page is visible, small enough to commit.
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, prefix]);
  const pages = readdirSync(tmp).filter((f) => f.startsWith(`shot-${name}-`)).sort();
  pages.forEach((p, i) => {
    renameSync(join(tmp, p), join(out, `print-${name}-p${i + 1}.png`));
    console.log(`docs/screenshots/print-${name}-p${i + 1}.png`);
  });
}
