/**
 * One scanned page to a PageLayout: straightened, its ruling lines found and painted out, then
 * read by tesseract (unsure numbers a second time, alone); the words and rules share the straightened image's pixel coordinates.
 */
import type { PageLayout } from '../page-grid/types';
import { estimateSkew, rotate, upscale } from './deskew';
import { encodePng, type Gray } from './gray';
import { eraseRules, findRasterRules } from './raster-rules';
import { runTesseract } from './tesseract';
import { parseTsv } from './tsv';
import { fixSigns } from './signs';
import { rereadNumbers } from './reread';
import { restoreStrokes } from './strokes';

/** The page as words and rules, and the skew that was corrected (degrees). */
export async function recognise(img: Gray, signal?: AbortSignal): Promise<{ layout: PageLayout; skew: number }> {
  const big = upscale(img);
  const skew = estimateSkew(big);
  const straight = rotate(big, skew);
  const rules = findRasterRules(straight);
  const clean = restoreStrokes(eraseRules(straight, rules));
  if (signal?.aborted) throw new Error('aborted');
  const tsv = await runTesseract(encodePng(clean), signal);
  const words = fixSigns(await rereadNumbers(parseTsv(tsv), rules.v, clean, signal), clean);
  return { layout: { width: big.width, height: big.height, words, h: rules.h, v: rules.v }, skew };
}
