/**
 * One typeface across the exports (issue 11, item 7): Noto Serif SC, from an npm package. The
 * docx embeds its regular and bold, cut down to the document's characters (obfuscated as ECMA-376
 * says, named once in the font table with embedRegular and embedBold); the html carries them as
 * @font-face data: URLs; xlsx, which cannot embed a font, names it in every cell. LibreOffice and
 * Chromium, on a machine without Noto Serif SC installed, print with the embedded font.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { importText } from '../src/text/cells';
import { unzipSafe } from '../src/safety/zip';
import { exportForms, type EvidenceEntry } from '../src/index';
import { exportMonitoringForms, exportTargetForms } from '../src/plans/export';
import { TYPEFACE } from '../src/typeface';
import { MAX_SUBSET_CHARS, subsetChars } from '../src/typeface-subset';
import { seedText } from './helpers';
import { tempDir } from './office-tools';
import { xlsxCellFonts } from './typeface-tools';
import { chromiumPath, needs } from '../../../test/tools';
import { lockedTargets, monitoringFromBaseline } from '@jixiao/core';
import { seedTargetForm1 } from '../../core/src/testing/seed-targets';

const seed = importText(seedText());
if (!seed.ok) throw new Error(seed.issues[0].code);
const forms = seed.forms.map((f) => f.evaluation);
const EVIDENCE: (EvidenceEntry[] | undefined)[] = [[{ name: '双创活跃度统计（附件）.pdf', indicator: 10, size: 245_760, sha256: 'a3f1c2d4e5b60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9' }], undefined];

const target = seedTargetForm1();
const monitoring = monitoringFromBaseline({ year: 2020, projectName: target.projectName, department: target.department, implementer: target.implementer, unit: '万元', budget: '29.8' }, lockedTargets(target));

const decodeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** An embedded font de-obfuscated (ECMA-376 Part 1, 17.8.1): the first 32 bytes XORed with the key's 16 bytes, last byte first. */
function deobfuscate(odttf: Uint8Array, fontKey: string): Buffer {
  const hex = fontKey.replace(/[{}-]/g, '');
  expect(hex).toMatch(/^[0-9A-Fa-f]{32}$/);
  const key = Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(30 - 2 * i, 32 - 2 * i), 16));
  const out = Buffer.from(odttf);
  for (let i = 0; i < 32; i++) out[i] ^= key[i % 16];
  return out;
}

/** The characters a font lacks, of those in `text` (line breaks aside). */
function missing(font: fontkit.Font, text: string): string[] {
  return [...new Set(text.replace(/[\r\n\t]/g, ''))].filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0)!));
}

/** A docx's embedded fonts, de-obfuscated and parsed, by how the font table embeds them, and the document's text. */
function docxFonts(docx: Uint8Array): { fonts: Record<string, fontkit.Font>; fontTable: string; text: string; xml: string; styles: string; settings: string; names: string[] } {
  const z = unzipSafe(docx, () => true);
  if (!z.ok) throw new Error(z.issues[0].code);
  const str = (n: string) => new TextDecoder().decode(z.files.get(n));
  const fontTable = str('word/fontTable.xml');
  const rels = new Map([...str('word/_rels/fontTable.xml.rels').matchAll(/<Relationship [^>]*Id="(\w+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const fonts: Record<string, fontkit.Font> = {};
  for (const m of fontTable.matchAll(/<w:(embed\w+) r:id="(\w+)" w:fontKey="([^"]+)"/g)) fonts[m[1]] = fontkit.create(deobfuscate(z.files.get(`word/${rels.get(m[2])}`)!, m[3]));
  const xml = str('word/document.xml');
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1])).join('');
  return { fonts, fontTable, text, xml, styles: str('word/styles.xml'), settings: str('word/settings.xml'), names: z.names };
}

describe('docx: the typeface embedded', () => {
  it('names Noto Serif SC once in the font table, its regular and bold embedded, subset to the document, in every run', async () => {
    const docx = (await exportForms(forms, 'docx', { evidence: EVIDENCE })) as Uint8Array;
    const d = docxFonts(docx);
    expect(d.names.filter((n) => n.startsWith('word/fonts/') && !n.endsWith('/')).sort()).toEqual(['word/fonts/font1.odttf', 'word/fonts/font2.odttf']);
    expect([...d.fontTable.matchAll(/<w:font w:name="([^"]+)"/g)].map((m) => m[1])).toEqual([TYPEFACE]);
    expect(Object.keys(d.fonts)).toEqual(['embedRegular', 'embedBold']);
    expect(d.fontTable).toMatch(/<w:embedRegular r:id="rId1" w:fontKey="\{[0-9A-F-]{36}\}" w:subsetted="1"\/><w:embedBold r:id="rId2" w:fontKey="\{[0-9A-F-]{36}\}" w:subsetted="1"\/>/);
    const { embedRegular: regular, embedBold: bold } = d.fonts;
    expect([regular.familyName, regular.subfamilyName, bold.familyName, bold.subfamilyName]).toEqual([TYPEFACE, 'Regular', TYPEFACE, 'Bold']);
    // Every character shown, the 佐证材料 list's included, in both weights.
    expect(d.text).toContain('双创活跃度统计（附件）.pdf');
    expect(missing(regular, d.text)).toEqual([]);
    expect(missing(bold, d.text)).toEqual([]);
    // A subset: a few hundred glyphs, not the 30,000 of the font.
    expect(regular.numGlyphs).toBeLessThan(1000);
    expect(regular.hasGlyphForCodePoint('龘'.codePointAt(0)!)).toBe(false);
    // Every run and the default style name the typeface for every script; no other font is named.
    const rFonts = [...(d.xml + d.styles).matchAll(/<w:rFonts [^>]*\/>/g)].map((m) => m[0]);
    expect(rFonts.length).toBeGreaterThan(100);
    for (const r of rFonts) for (const attr of ['ascii', 'eastAsia', 'hAnsi']) expect(r).toContain(`w:${attr}="${TYPEFACE}"`);
    expect(d.xml + d.styles).not.toMatch(/宋体|仿宋|Times New Roman/);
    // Word embeds the fonts again (as subsets) when the document is saved.
    expect(d.settings).toContain('<w:displayBackgroundShape/><w:embedTrueTypeFonts/><w:saveSubsetFonts/>');
  });

  it('embeds the plan forms’ characters too (target and monitoring forms)', async () => {
    for (const out of [await exportTargetForms([target], 'docx'), await exportMonitoringForms([monitoring], 'docx')]) {
      const d = docxFonts(out as Uint8Array);
      expect(d.text.length).toBeGreaterThan(100);
      expect(missing(d.fonts.embedRegular, d.text)).toEqual([]);
      expect(missing(d.fonts.embedBold, d.text)).toEqual([]);
    }
  });

  it('keeps a subset of at most MAX_SUBSET_CHARS characters, the most frequent, when a document has more', () => {
    let text = '';
    for (let cp = 0x4e00; cp < 0x4e00 + MAX_SUBSET_CHARS + 100; cp++) text += String.fromCharCode(cp);
    const chars = subsetChars(text + '丁丁丁');
    expect([...chars]).toHaveLength(MAX_SUBSET_CHARS);
    expect(chars).toContain('丁');
    expect(chars).toContain('项');
    expect(chars).toContain('0');
  });
});

describe('html: the typeface as @font-face', () => {
  it('carries the regular and bold, subset to the page, as data: URLs, and names the typeface first', async () => {
    const page = (await exportForms(forms, 'html', { evidence: EVIDENCE })) as string;
    const faces = [...page.matchAll(/@font-face \{ font-family: "([^"]+)"; font-style: normal; font-weight: (\d+);[^}]*src: url\(data:font\/woff;base64,([A-Za-z0-9+/=]+)\) format\("woff"\); \}/g)];
    expect(faces.map((m) => [m[1], m[2]])).toEqual([
      [TYPEFACE, '400'],
      [TYPEFACE, '700'],
    ]);
    const [regular, bold] = faces.map((m) => fontkit.create(Buffer.from(m[3], 'base64')));
    expect([regular.familyName, regular.subfamilyName, bold.subfamilyName]).toEqual([TYPEFACE, 'Regular', 'Bold']);
    const body = page.slice(page.indexOf('<body>'));
    const text = decodeXml(body.replace(/<[^>]*>/g, '').replace(/&#39;/g, "'"));
    expect(text).toContain('双创活跃度统计（附件）.pdf');
    expect(missing(regular, text)).toEqual([]);
    expect(missing(bold, text)).toEqual([]);
    // One face for title, labels and text: the body's; no other font-family anywhere.
    const families = [...page.matchAll(/font-family: ([^;]+);/g)].map((m) => m[1]);
    expect(families.filter((f) => !f.startsWith('"'))).toEqual([]);
    expect(families.slice(2)).toEqual([`"${TYPEFACE}", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "宋体", "Songti SC", serif`]);
    expect(page).not.toMatch(/FangSong|仿宋/);
  });
});

describe('xlsx: the typeface named', () => {
  it('every written cell of the forms, summary and 佐证材料 sheets is in Noto Serif SC', async () => {
    const bytes = (await exportForms(forms, 'xlsx', { evidence: EVIDENCE })) as Uint8Array;
    expect(await xlsxCellFonts(bytes)).toEqual([TYPEFACE]);
    expect(await xlsxCellFonts((await exportTargetForms([target], 'xlsx')) as Uint8Array)).toEqual([TYPEFACE]);
  });
});

const fontsIn = (pdf: string) =>
  execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((l) => l.split(/\s+/));
/** The base names of a PDF's fonts (the subset prefix dropped) and whether each is embedded. */
const embedded = (pdf: string) => [...new Set(fontsIn(pdf).map((f) => `${f[0].replace(/^[A-Z]{6}\+/, '')} ${f[f.length - 5]}`))].sort();

describe.skipIf(!needs('soffice', 'poppler'))('the docx printed by LibreOffice', () => {
  it('prints in the embedded Noto Serif SC, regular and bold, on a system without it', async () => {
    // The system has Noto Serif CJK SC at most (fonts-noto-cjk), another family: the font comes from the docx.
    let system = '';
    try {
      system = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' });
    } catch {
      // no fontconfig: no system font either
    }
    expect(system.split('\n').some((l) => l.split(',').includes(TYPEFACE))).toBe(false);
    const dir = tempDir();
    const file = join(dir, 'seed1.docx');
    writeFileSync(file, (await exportForms([forms[0]], 'docx')) as Uint8Array);
    execFileSync('soffice', ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, file], { env: { ...process.env, HOME: join(dir, 'home') }, timeout: 120_000, stdio: 'pipe' });
    expect(embedded(join(dir, 'seed1.pdf'))).toEqual(['NotoSerifSC-Bold yes', 'NotoSerifSC-Regular yes']);
  }, 180_000);
});

describe.skipIf(!needs('chromium', 'poppler'))('the html printed by Chromium', () => {
  it('prints in the @font-face Noto Serif SC, regular and bold', async () => {
    const dir = tempDir();
    const html = join(dir, 'seed1.html');
    writeFileSync(html, (await exportForms([forms[0]], 'html')) as string);
    const pdf = join(dir, 'seed1.pdf');
    execFileSync(chromiumPath()!, ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${html}`], { stdio: 'pipe', timeout: 120_000 });
    expect(embedded(pdf)).toEqual(['NotoSerifSC-Bold yes', 'NotoSerifSC-Regular yes']);
  }, 180_000);
});
