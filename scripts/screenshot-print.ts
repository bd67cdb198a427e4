/**
 * Writes docs/screenshots/print-{pdf,docx,html}-p{1,2}.png as each export prints — the PDF export
 * as it is, the docx export printed by LibreOffice, the html export printed by Chromium — rendered
 * by pdftoppm: p1 is seed form 1 (one A4 page), p2 the second page of seed form 1 with its 产出
 * indicators listed twice (too long for a page), to check the indicator header repeated there,
 * merged labels centred, numbers unbroken.
 * Run: node scripts/build.js --packages && node bin/tsx.js scripts/screenshot-print.ts
 * Needs poppler-utils, LibreOffice (soffice) and chromium (CHROMIUM_PATH or on PATH).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Evaluation } from '@jixiao/core';
import { exportForms, importText } from '@jixiao/formats';

const root = fileURLToPath(new URL('..', import.meta.url));
const r = importText(readFileSync(join(root, 'examples/seed-2020.txt'), 'utf8'), { fileName: 'seed-2020.txt' });
if (!r.ok) throw new Error(r.issues[0].message.en);
const seed1 = r.forms[0].evaluation;
const output = seed1.indicators.filter((i) => i.level1 === '产出指标');
const long = { ...seed1, indicators: [...output, ...output.map((i) => ({ ...i, name: `${i.name}（续）` })), ...seed1.indicators.filter((i) => i.level1 !== '产出指标')] };
const out = join(root, 'docs/screenshots');
mkdirSync(out, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), 'jixiao-print-'));
const home = join(tmp, 'home');
mkdirSync(home);

async function shoot(form: Evaluation[], tag: string, page: number, shot: number): Promise<void> {
  const pdfs: Record<string, string> = {};
  pdfs.pdf = join(tmp, `${tag}.pdf`);
  writeFileSync(pdfs.pdf, (await exportForms(form, 'pdf')) as Uint8Array);

  const docx = join(tmp, `${tag}.docx`);
  writeFileSync(docx, (await exportForms(form, 'docx')) as Uint8Array);
  // LibreOffice needs a writable profile: its own HOME.
  execFileSync('soffice', ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', join(tmp, 'lo'), docx], { env: { ...process.env, HOME: home }, stdio: 'pipe', timeout: 120_000 });
  pdfs.docx = join(tmp, 'lo', `${tag}.pdf`);

  const html = join(tmp, `${tag}.html`);
  writeFileSync(html, (await exportForms(form, 'html')) as string);
  pdfs.html = join(tmp, `${tag}-html.pdf`);
  const chromium = process.env.CHROMIUM_PATH ?? 'chromium';
  execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--no-pdf-header-footer', `--print-to-pdf=${pdfs.html}`, `file://${html}`], { stdio: 'pipe', timeout: 120_000 });

  for (const [name, pdf] of Object.entries(pdfs)) {
    const prefix = join(tmp, `shot-${tag}-${name}`);
    // One page at 60 dpi: the whole A4 page is visible, small enough to commit.
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', '-f', String(page), '-l', String(page), pdf, prefix]);
    renameSync(`${prefix}.png`, join(out, `print-${name}-p${shot}.png`));
    console.log(`docs/screenshots/print-${name}-p${shot}.png`);
  }
}

await shoot([seed1], 'seed1', 1, 1);
await shoot([long], 'long', 2, 2);
