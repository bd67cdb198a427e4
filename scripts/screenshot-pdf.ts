/**
 * Writes docs/screenshots/pdf-seed-form-1.png (and -2): the PDF export of the seed forms,
 * rendered by pdftoppm, to look at the layout. Run: node bin/tsx.js scripts/screenshot-pdf.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportForms, importText } from '@jixiao/formats';

const root = fileURLToPath(new URL('..', import.meta.url));
const r = importText(readFileSync(join(root, 'examples/seed-2020.txt'), 'utf8'), { fileName: 'seed-2020.txt' });
if (!r.ok) throw new Error(r.issues[0].message.en);
const out = join(root, 'docs/screenshots');
mkdirSync(out, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), 'jixiao-shot-'));
for (const [i, f] of r.forms.entries()) {
  const pdf = join(tmp, `form-${i + 1}.pdf`);
  writeFileSync(pdf, await exportForms([f.evaluation], 'pdf', { findings: false }));
  // First page only, 100 dpi: enough to read the table, small enough to commit.
  execFileSync('pdftoppm', ['-png', '-r', '100', '-f', '1', '-l', '1', '-singlefile', pdf, join(tmp, `form-${i + 1}`)]);
  renameSync(join(tmp, `form-${i + 1}.png`), join(out, `pdf-seed-form-${i + 1}.png`));
  console.log(`docs/screenshots/pdf-seed-form-${i + 1}.png`);
}
