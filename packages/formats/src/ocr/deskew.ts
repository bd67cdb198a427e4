/**
 * A scan is rarely straight. The skew is the angle at which the dark pixels line up best into
 * rows (the projection profile is sharpest): table rules and text baselines both vote. The image
 * is then turned back with bilinear sampling, so that rules are horizontal and vertical again.
 */
import type { Gray } from './gray';

/** Angles tried, in degrees: ±MAX in steps of STEP. Scanners and phones rarely skew more. */
const MAX = 5;
const STEP = 0.1;

/** The skew in degrees (positive: the content is turned clockwise), 0 when straight. */
export function estimateSkew(img: Gray): number {
  const { width, height, data } = img;
  // Sample dark pixels on a grid: enough to vote, few enough to try 100 angles quickly.
  const step = Math.max(1, Math.round(Math.sqrt((width * height) / 1_500_000)));
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < height; y += step)
    for (let x = 0; x < width; x += step) if (data[y * width + x] < 128) {
      xs.push(x);
      ys.push(y);
    }
  if (xs.length < 100) return 0;
  const bins = new Float64Array(height + 2 * width);
  const score = (deg: number): number => {
    const t = Math.tan((deg * Math.PI) / 180);
    bins.fill(0);
    const off = width;
    for (let i = 0; i < xs.length; i++) {
      const b = Math.round(ys[i] - xs[i] * t) + off;
      if (b >= 0 && b < bins.length) bins[b]++;
    }
    let s = 0;
    for (let i = 0; i < bins.length; i++) s += bins[i] * bins[i];
    return s;
  };
  let best = 0;
  let bestScore = score(0);
  for (let k = 1; k * STEP <= MAX + 1e-9; k++)
    for (const deg of [k * STEP, -k * STEP]) {
      const s = score(deg);
      if (s > bestScore * 1.0001) {
        best = deg;
        bestScore = s;
      }
    }
  return Math.round(best * 10) / 10;
}

/**
 * A small image scaled up (bilinear) so that its longer side is about that of A4 at 300 dpi:
 * tesseract reads 9-point Chinese far better at that size than at 150 or 200 dpi.
 */
export function upscale(img: Gray, longSide = 3508): Gray {
  const f = Math.min(3, longSide / Math.max(img.width, img.height));
  if (f < 1.15) return img;
  const width = Math.round(img.width * f);
  const height = Math.round(img.height * f);
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const sy = Math.min(img.height - 1.001, y / f);
    const y0 = Math.floor(sy);
    const fy = sy - y0;
    for (let x = 0; x < width; x++) {
      const sx = Math.min(img.width - 1.001, x / f);
      const x0 = Math.floor(sx);
      const fx = sx - x0;
      const i = y0 * img.width + x0;
      const top = img.data[i] * (1 - fx) + img.data[i + 1] * fx;
      const bottom = img.data[i + img.width] * (1 - fx) + img.data[i + img.width + 1] * fx;
      out[y * width + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width, height, data: out };
}

/** The image turned by `deg` degrees (counter-clockwise for positive), paper filling the corners. */
export function rotate(img: Gray, deg: number): Gray {
  if (deg === 0) return img;
  const { width, height, data } = img;
  const out = new Uint8Array(width * height).fill(255);
  const r = (deg * Math.PI) / 180;
  const cos = Math.cos(r);
  const sin = Math.sin(r);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      // Where this output pixel comes from in the input.
      const dx = x - cx;
      const dy = y - cy;
      const sx = cos * dx - sin * dy + cx;
      const sy = sin * dx + cos * dy + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * width + x0;
      const top = data[i] * (1 - fx) + data[i + 1] * fx;
      const bottom = data[i + width] * (1 - fx) + data[i + width + 1] * fx;
      out[y * width + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  return { width, height, data: out };
}
