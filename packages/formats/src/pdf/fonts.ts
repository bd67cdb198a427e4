/**
 * The Chinese font embedded in every PDF: Noto Sans SC (OFL) from the npm package
 * @expo-google-fonts/noto-sans-sc, so that the PDF shows on a machine without Chinese fonts.
 * pdfmake embeds only the glyphs used (subset), so a form's PDF stays small.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Absolute path of a Noto Sans SC weight's TTF file. */
export function notoPath(weight: '400Regular' | '700Bold'): string {
  return require.resolve(`@expo-google-fonts/noto-sans-sc/${weight}/NotoSansSC_${weight}.ttf`);
}

let cache: { normal: Buffer; bold: Buffer } | null = null;

/** The regular and bold TTF bytes, read once per process (10 MB each; only used glyphs are embedded). */
export function notoFonts(): { normal: Buffer; bold: Buffer } {
  cache ??= { normal: readFileSync(notoPath('400Regular')), bold: readFileSync(notoPath('700Bold')) };
  return cache;
}
