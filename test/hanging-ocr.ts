/**
 * OCR that hangs, for tests of progress and cancel: an image-only PDF (no text layer, so an import
 * goes to OCR) and a stand-in tesseract that says it reads Chinese, then sleeps on any page after
 * writing its pid, so a test can cancel while the program runs and check that it was killed.
 */
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** An image-only PDF of `pages` blank pages: no text layer, so the import goes to OCR. */
export function scanPdf(pages: number): Uint8Array {
  const img = Buffer.alloc(64 * 64, 255);
  const objs: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', ''];
  const kids: number[] = [];
  for (let i = 0; i < pages; i++) {
    const imgNo = objs.push(`<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${img.length} >>\nstream\n${img.toString('latin1')}\nendstream`);
    const draw = 'q 595.28 0 0 841.89 0 0 cm /Im Do Q';
    const contentNo = objs.push(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`);
    kids.push(objs.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /XObject << /Im ${imgNo} 0 R >> >> /Contents ${contentNo} 0 R >>`));
  }
  objs[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${pages} >>`;
  let out = '%PDF-1.4\n';
  const offsets = objs.map((o, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** A stand-in tesseract that says it reads Chinese, then hangs on any page, writing its pid first. */
export function hangingTesseract(dir: string): { command: string; pidFile: string } {
  const pidFile = join(dir, 'tesseract.pid');
  const command = join(dir, 'tesseract');
  writeFileSync(command, `#!/bin/sh\nif [ "$1" = "--list-langs" ]; then echo "List of available languages (1):"; echo chi_sim; exit 0; fi\necho $$ > ${pidFile}\nexec sleep 120\n`);
  chmodSync(command, 0o755);
  return { command, pidFile };
}

/** Whether a process is still running. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
