import { describe, expect, it } from 'vitest';
import { restoreStrokes } from './strokes';

describe('restoreStrokes', () => {
  it('darkens a pale one-pixel stroke and its neighbours half-way, and leaves paper white', () => {
    const w = 7;
    const h = 5;
    const data = new Uint8Array(w * h).fill(255);
    for (let x = 1; x < 6; x++) data[2 * w + x] = 155; // a pale horizontal stroke
    const out = restoreStrokes({ width: w, height: h, data }).data;
    expect(out[2 * w + 3]).toBe(155); // on the stroke: its own value is already the darkest
    expect(out[1 * w + 3]).toBe(205); // above it: half-way from 255 to 155
    expect(out[3 * w + 3]).toBe(205);
    expect(out[0 * w + 3]).toBe(255); // two rows away: paper
    expect(out[2 * w + 0]).toBe(205); // beside its end
  });

  it('keeps the size of the image', () => {
    const img = restoreStrokes({ width: 3, height: 2, data: new Uint8Array(6).fill(0) });
    expect([img.width, img.height, [...img.data]]).toEqual([3, 2, [0, 0, 0, 0, 0, 0]]);
  });
});
