import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { inflateEntry, readZipDirectory, unzipSafe, verifyZip } from './zip';
import { LIMITS } from './limits';

/** A zip with the given entries, built by jszip (deflate). */
async function zipOf(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const z = new JSZip();
  for (const [n, d] of Object.entries(files)) z.file(n, d, { createFolders: false });
  return z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Overwrite the declared uncompressed size of every entry (central directory and local header). */
function lieAboutSize(b: Uint8Array, size: number): Uint8Array {
  const out = b.slice();
  const dv = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = dv.getUint32(i, true);
    if (sig === 0x02014b50) dv.setUint32(i + 24, size, true);
    if (sig === 0x04034b50) dv.setUint32(i + 22, size, true);
  }
  return out;
}

describe('zip guard', () => {
  it('reads the central directory and unpacks what is asked for', async () => {
    const b = await zipOf({ 'word/document.xml': '<w:document/>', 'a.txt': 'x'.repeat(1000) });
    const dir = readZipDirectory(b);
    expect(dir.ok && dir.entries.map((e) => [e.name, e.size])).toEqual([
      ['word/document.xml', 13],
      ['a.txt', 1000],
    ]);
    const u = unzipSafe(b, (n) => n === 'a.txt');
    expect(u.ok && new TextDecoder().decode(u.files.get('a.txt'))).toBe('x'.repeat(1000));
    expect(u.ok && [...u.files.keys()]).toEqual(['a.txt']);
  });

  it('refuses a declared size above the bound without inflating', async () => {
    const b = lieAboutSize(await zipOf({ 'xl/big.xml': 'y'.repeat(100) }), LIMITS.maxUnpackedBytes + 1);
    const dir = readZipDirectory(b);
    expect(dir.ok).toBe(false);
    if (!dir.ok) {
      expect(dir.issues[0].code).toBe('zip-too-large');
      expect(dir.issues[0].location).toBe('zip entry xl/big.xml');
    }
  });

  it('catches an entry that unpacks to more than it declares (a lying bomb), after at most the declared bytes', async () => {
    const b = lieAboutSize(await zipOf({ 'word/document.xml': 'z'.repeat(200_000) }), 1000);
    const dir = readZipDirectory(b);
    expect(dir.ok).toBe(true);
    if (!dir.ok) return;
    const r = inflateEntry(b, dir.entries[0]);
    expect(r.ok === false && r.issues[0].code).toBe('zip-size-mismatch');
    const v = await verifyZip(b);
    expect(v.ok === false && v.issues[0].code).toBe('zip-size-mismatch');
  });

  it('refuses an absurd compression ratio', async () => {
    const b = await zipOf({ 'xl/sheet.xml': new Uint8Array(5 * 1024 * 1024) });
    const r = readZipDirectory(b);
    expect(r.ok === false && r.issues[0].code).toBe('zip-ratio');
  });

  it('reports truncation and garbage as typed errors', async () => {
    const b = await zipOf({ 'a.xml': 'hello'.repeat(100) });
    for (const bad of [b.subarray(0, b.length - 30), b.subarray(0, 40), new Uint8Array([0x50, 0x4b, 3, 4, 9, 9])]) {
      const r = readZipDirectory(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0].code).toMatch(/^zip-/);
    }
    const corrupt = b.slice();
    const dir = readZipDirectory(corrupt);
    if (!dir.ok) throw new Error('setup');
    corrupt.fill(0xff, dir.entries[0].dataOffset, dir.entries[0].dataOffset + 4);
    const r = inflateEntry(corrupt, dir.entries[0]);
    expect(r.ok).toBe(false);
  });

  it('handles stored (uncompressed) entries', () => {
    // A hand-made zip with one stored entry.
    const data = new TextEncoder().encode('stored!');
    const name = new TextEncoder().encode('s.txt');
    const local = new Uint8Array(30 + name.length + data.length);
    const ldv = new DataView(local.buffer);
    ldv.setUint32(0, 0x04034b50, true);
    ldv.setUint32(18, data.length, true);
    ldv.setUint32(22, data.length, true);
    ldv.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(data, 30 + name.length);
    const cd = new Uint8Array(46 + name.length);
    const cdv = new DataView(cd.buffer);
    cdv.setUint32(0, 0x02014b50, true);
    cdv.setUint32(20, data.length, true);
    cdv.setUint32(24, data.length, true);
    cdv.setUint16(28, name.length, true);
    cd.set(name, 46);
    const eocd = new Uint8Array(22);
    const edv = new DataView(eocd.buffer);
    edv.setUint32(0, 0x06054b50, true);
    edv.setUint16(8, 1, true);
    edv.setUint16(10, 1, true);
    edv.setUint32(12, cd.length, true);
    edv.setUint32(16, local.length, true);
    const b = new Uint8Array([...local, ...cd, ...eocd]);
    const u = unzipSafe(b, () => true);
    expect(u.ok && new TextDecoder().decode(u.files.get('s.txt'))).toBe('stored!');
  });
});
