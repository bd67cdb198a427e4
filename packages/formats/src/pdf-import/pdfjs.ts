/**
 * pdf.js (pdfjs-dist 5.x, the legacy build that runs in Node 20) opened for reading only: no
 * script evaluation, no fonts loaded into the page, CMaps and standard fonts read from the package.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The slice of pdf.js's API this importer uses. */
export interface PdfJs {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
  OPS: Record<string, number>;
  Util: { transform(a: number[], b: number[]): number[] };
  /** pdf.js's own normalisation of text (ligatures and compatibility characters), as getTextContent applies it. */
  normalizeUnicode(s: string): string;
}

export interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}

export interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

export interface PdfPage {
  getViewport(p: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(): Promise<{ items: (TextItem | { type: string })[]; styles: Record<string, { ascent?: number; descent?: number }> }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  /** The fonts (and other shared objects) loaded for the page's operator list, by their loaded name. */
  commonObjs: { get(name: string): unknown };
  cleanup(): void;
}

const require = createRequire(import.meta.url);
let loaded: Promise<PdfJs> | null = null;

// The engine's own push, taken before pdf.js is ever loaded (see restorePush).
const nativePush = Array.prototype.push;

/**
 * pdf.js's legacy build and its worker carry core-js, which replaces the engine's own
 * Array.prototype.push with a JavaScript one (for an edge case of non-writable lengths) in the
 * whole process, making every push in pdf.js, the grid and the rest of the server several times
 * slower. The native one is put back after each of them loads; what core-js only adds is left.
 */
function restorePush(): void {
  if (Array.prototype.push !== nativePush) Object.defineProperty(Array.prototype, 'push', { value: nativePush, writable: true, configurable: true, enumerable: false });
}

/** pdf.js, loaded once on first use. */
export function pdfjs(): Promise<PdfJs> {
  loaded ??= (import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<PdfJs>).then((lib) => {
    restorePush();
    return lib;
  });
  return loaded;
}

/** Open a PDF from bytes (copied: pdf.js takes ownership of the buffer it is given). */
export async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  const lib = await pdfjs();
  const root = dirname(require.resolve('pdfjs-dist/package.json'));
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
    cMapUrl: join(root, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
  });
  try {
    return await task.promise;
  } finally {
    // The worker is loaded with the first document.
    restorePush();
  }
}
