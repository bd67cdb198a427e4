/**
 * Images as 8-bit grey pixels, the one form the ruling-line finder, the deskew step and the
 * encoder for tesseract share. PNG through pngjs, JPEG through jpeg-js (both pure JavaScript).
 */
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';

/** A grey image: `data[y * width + x]`, 0 black … 255 white. */
export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Pixels an image may have at most (A4 at 400 dpi is 15.5 million). */
export const MAX_PIXELS = 40_000_000;

/** PNG or JPEG bytes to grey pixels; a typed failure for anything else or anything too large. */
export function decodeImage(bytes: Uint8Array): { ok: true; image: Gray } | { ok: false; reason: string } {
  try {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (isPng(bytes)) {
      const dims = pngSize(bytes);
      if (!dims || dims.width * dims.height > MAX_PIXELS) return { ok: false, reason: 'too-large' };
      const png = PNG.sync.read(buf);
      return { ok: true, image: toGray(png.data, png.width, png.height) };
    }
    if (isJpeg(bytes)) {
      const img = jpeg.decode(buf, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_PIXELS / 1e6, maxMemoryUsageInMB: 512 });
      return { ok: true, image: toGray(img.data, img.width, img.height) };
    }
    return { ok: false, reason: 'not-an-image' };
  } catch (e) {
    return { ok: false, reason: String((e as Error)?.message ?? e).slice(0, 200) };
  }
}

/** True for PNG bytes. */
export function isPng(b: Uint8Array): boolean {
  return b.length > 24 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;
}

/** True for JPEG bytes. */
export function isJpeg(b: Uint8Array): boolean {
  return b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
}

// The IHDR chunk states the size: check it before pngjs allocates the pixels.
function pngSize(b: Uint8Array): { width: number; height: number } | null {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const width = v.getUint32(16);
  const height = v.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : null;
}

function toGray(rgba: Uint8Array | Buffer, width: number, height: number): Gray {
  const data = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < data.length; i++, j += 4) {
    // Transparent pixels are paper.
    const a = rgba[j + 3] / 255;
    const g = 0.299 * rgba[j] + 0.587 * rgba[j + 1] + 0.114 * rgba[j + 2];
    data[i] = Math.round(g * a + 255 * (1 - a));
  }
  return { width, height, data };
}

/** Grey pixels to PNG bytes (greyscale, for tesseract). */
export function encodePng(img: Gray): Uint8Array {
  const png = new PNG({ width: img.width, height: img.height, colorType: 0, inputColorType: 0, inputHasAlpha: false });
  png.data = Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength);
  return new Uint8Array(PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false }));
}
