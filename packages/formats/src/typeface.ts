/**
 * The one typeface of every exported form: Noto Serif SC (OFL), a 宋体-like serif from the npm
 * package @expo-google-fonts/noto-serif-sc, so that a form looks like the paper one and shows the
 * same on a machine without Chinese fonts. PDFs embed the glyphs they use (pdfmake subsets).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The family name written into documents that name their font (docx, xlsx, html). */
export const TYPEFACE = 'Noto Serif SC';

/** Absolute path of a weight's TTF file. */
export function typefacePath(weight: '400Regular' | '700Bold'): string {
  return require.resolve(`@expo-google-fonts/noto-serif-sc/${weight}/NotoSerifSC_${weight}.ttf`);
}

let cache: { normal: Buffer; bold: Buffer } | null = null;

/** The regular and bold TTF bytes, read once per process (about 14 MB each). */
export function typefaceFiles(): { normal: Buffer; bold: Buffer } {
  cache ??= { normal: readFileSync(typefacePath('400Regular')), bold: readFileSync(typefacePath('700Bold')) };
  return cache;
}
