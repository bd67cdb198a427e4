/**
 * Files people send were written by other software, not by jixiao: the seed forms exported, then
 * re-saved by LibreOffice as xlsx, docx and html, import back to the same Evaluations.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportForms, importFile } from '../src/index';
import { importText } from '../src/text/cells';
import { seedText } from './helpers';
import { tempDir } from './office-tools';
import { needs } from '../../../test/tools';

const run = needs('soffice');

/** Re-save a file with LibreOffice under the given filter; returns the new file's path. */
function resave(file: string, filter: string, ext: string, dir: string): string {
  const out = join(dir, 'out');
  mkdirSync(join(dir, 'home'), { recursive: true });
  execFileSync('soffice', ['--headless', '--norestore', '--convert-to', filter, '--outdir', out, file], {
    env: { ...process.env, HOME: join(dir, 'home') },
    timeout: 120_000,
    stdio: 'pipe',
  });
  return join(out, file.split('/').pop()!.replace(/\.\w+$/, `.${ext}`));
}

const strip = (forms: { evaluation: object }[]) => forms.map((f) => ({ ...f.evaluation, source: undefined }));

describe.skipIf(!run)('files re-saved by LibreOffice', () => {
  const r = importText(seedText());
  if (!r.ok) throw new Error(r.issues[0].code);
  const expected = strip(r.forms);
  const cases = [
    { from: 'xlsx', filter: 'xlsx:Calc MS Excel 2007 XML', ext: 'xlsx' },
    { from: 'docx', filter: 'docx:MS Word 2007 XML', ext: 'docx' },
    { from: 'docx', filter: 'html', ext: 'html' },
  ] as const;
  for (const c of cases) {
    it(`a ${c.from} re-saved as ${c.ext} imports to the same forms`, async () => {
      const dir = tempDir();
      const file = join(dir, `seed.${c.from}`);
      writeFileSync(file, await exportForms(r.forms.map((f) => f.evaluation), c.from));
      const back = await importFile(new Uint8Array(readFileSync(resave(file, c.filter, c.ext, dir))), { fileName: `seed.${c.ext}` });
      if (!back.ok) throw new Error(back.issues[0].code);
      expect(strip(back.forms)).toEqual(expected);
    }, 180_000);
  }
});
