/**
 * One scanned page to a PageLayout: straightened, its ruling lines found and painted out, then
 * read by tesseract; the words and rules share the straightened image's pixel coordinates.
 */
import type { PageLayout } from '../page-grid/types';
import { estimateSkew, rotate, upscale } from './deskew';
import { encodePng, type Gray } from './gray';
import { eraseRules, findRasterRules } from './raster-rules';
import { runTesseract } from './tesseract';
import { parseTsv } from './tsv';
import { fixSigns } from './signs';
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
  return { layout: { width: big.width, height: big.height, words: fixSigns(parseTsv(tsv), clean), h: rules.h, v: rules.v }, skew };
}
