/**
 * Scans made in the tests: a PDF's pages rendered by pdftoppm (as a scanner would produce them),
 * optionally turned a little, and put back into an image-only PDF (no text layer), so that the
 * importer has to read them by OCR.
 */
import { execFileSync } from 'node:child_process';
import { deflateSync } from 'node:zlib';
import { decodeImage, type Gray } from '../src/ocr/gray';
import { rotate } from '../src/ocr/deskew';

/** Page `n` of a PDF as grey pixels at `dpi`. */
export function renderPage(pdf: Uint8Array, n: number, dpi: number): Gray {
  const png = execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-png', '-f', String(n), '-l', String(n), '-singlefile', '-'], { input: pdf, maxBuffer: 256 << 20 });
  const img = decodeImage(new Uint8Array(png));
  if (!img.ok) throw new Error(img.reason);
  return img.image;
}

/** Every page of a PDF, rendered, each turned by `degrees` (a scan fed in slightly askew). */
export function scanPages(pdf: Uint8Array, dpi: number, degrees = 0): Gray[] {
  const info = execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  return Array.from({ length: pages }, (_, i) => rotate(renderPage(pdf, i + 1, dpi), degrees));
}

/** An image-only PDF: one A4 page per image, the image filling the page, no text. */
export function imagePdf(images: Gray[]): Uint8Array {
  const objects: (string | Buffer)[] = [];
  const add = (o: string | Buffer) => objects.push(o) + 2; // object numbers start at 3 (1 catalog, 2 pages)
  const kids: number[] = [];
  for (const img of images) {
    const data = deflateSync(Buffer.from(img.data));
    const imgNo = add(Buffer.concat([Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]));
    const draw = `q 595.28 0 0 841.89 0 0 cm /Im Do Q`;
    const contentNo = add(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /XObject << /Im ${imgNo} 0 R >> >> /Contents ${contentNo} 0 R >>`));
  }
  const all: (string | Buffer)[] = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`, ...objects];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  const offsets: number[] = [];
  let pos = parts[0].length;
  all.forEach((o, i) => {
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), typeof o === 'string' ? Buffer.from(o, 'latin1') : o, Buffer.from('\nendobj\n', 'latin1')]);
    offsets.push(pos);
    parts.push(b);
    pos += b.length;
  });
  const xref = `xref\n0 ${all.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${all.length + 1} /Root 1 0 R >>\nstartxref\n${pos}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}
