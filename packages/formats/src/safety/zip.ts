/**
 * Zip bomb defence for xlsx/docx. The central directory is read by hand (no library unpacks
 * anything first); declared sizes, entry count and compression ratio are checked; then entries
 * are inflated with a cap equal to their declared size, so a lying header is caught after at most
 * that many bytes. Memory bound: one entry's declared size (≤ LIMITS.maxEntryBytes) when an entry
 * is kept, one 16 KB inflate chunk when it is only counted.
 */
import { inflateRawSync, createInflateRaw } from 'node:zlib';
import type { ImportError, ImportFailure } from '../grid/types';
import { LIMITS, importError } from './limits';

/** One entry of a zip's central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the compressed data in the file. */
  dataOffset: number;
}

type Fail = ImportFailure;

/** True when the bytes start like a zip archive (local file header). */
export function isZip(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

/** Read and check the central directory; nothing is inflated. */
export function readZipDirectory(b: Uint8Array): { ok: true; entries: ZipEntry[] } | Fail {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const bad = (where: string, zh: string, en: string) => importError('zip-corrupt', where, zh, en);
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--)
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) return bad('zip', '压缩包已损坏：找不到目录', 'damaged archive: no central directory');
  const count = dv.getUint16(eocd + 10, true);
  const cdSize = dv.getUint32(eocd + 12, true);
  const cdOffset = dv.getUint32(eocd + 16, true);
  if (count > LIMITS.maxEntries)
    return importError('zip-too-many-entries', 'zip', `压缩包条目过多（${count}）`, `too many entries in archive (${count})`);
  if (cdOffset + cdSize > eocd) return bad('zip', '压缩包已损坏：目录越界', 'damaged archive: directory out of bounds');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  let declared = 0;
  const dec = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (p + 46 > eocd || dv.getUint32(p, true) !== 0x02014b50)
      return bad(`zip entry ${k + 1}`, '压缩包已损坏：目录条目无效', 'damaged archive: bad directory entry');
    const flags = dv.getUint16(p + 8, true);
    const method = dv.getUint16(p + 10, true);
    const compressedSize = dv.getUint32(p + 20, true);
    const size = dv.getUint32(p + 24, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    const local = dv.getUint32(p + 42, true);
    const name = dec.decode(b.subarray(p + 46, Math.min(p + 46 + nameLen, eocd)));
    p += 46 + nameLen + extraLen + commentLen;
    const where = `zip entry ${name}`;
    if (flags & 1) return importError('zip-encrypted', where, '压缩包已加密，无法读取', 'encrypted archive');
    if (method !== 0 && method !== 8)
      return importError('zip-unsupported', where, `不支持的压缩方式（${method}）`, `unsupported compression method ${method}`);
    if (size === 0xffffffff || compressedSize === 0xffffffff)
      return importError('zip-too-large', where, '压缩包条目过大（ZIP64）', 'archive entry too large (ZIP64)');
    declared += size;
    if (size > LIMITS.maxEntryBytes || declared > LIMITS.maxUnpackedBytes)
      return importError(
        'zip-too-large',
        where,
        `解压后过大（声明 ${mb(declared)} MB，上限 ${mb(LIMITS.maxUnpackedBytes)} MB）`,
        `unpacked size too large (declared ${mb(declared)} MB, limit ${mb(LIMITS.maxUnpackedBytes)} MB)`,
      );
    if (size > 1024 * 1024 && size > LIMITS.maxRatio * Math.max(1, compressedSize))
      return importError(
        'zip-ratio',
        where,
        `压缩比异常（${Math.round(size / Math.max(1, compressedSize))}:1），疑似压缩炸弹`,
        `absurd compression ratio (${Math.round(size / Math.max(1, compressedSize))}:1), likely a zip bomb`,
      );
    if (local + 30 > b.length || dv.getUint32(local, true) !== 0x04034b50)
      return bad(where, '压缩包已损坏：条目头无效', 'damaged archive: bad local header');
    const dataOffset = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
    if (dataOffset + compressedSize > b.length)
      return bad(where, '压缩包已截断', 'archive is truncated');
    entries.push({ name, method, compressedSize, size, dataOffset });
  }
  return { ok: true, entries };
}

/** Unpack one entry, refusing more output than its declared size. */
export function inflateEntry(b: Uint8Array, e: ZipEntry): { ok: true; data: Uint8Array } | Fail {
  const raw = b.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
  if (e.method === 0) return { ok: true, data: raw };
  try {
    // maxOutputLength stops zlib at the declared size (+1 so an exact fit is not mistaken).
    const out = inflateRawSync(raw, { maxOutputLength: Math.max(1, e.size + 1) });
    if (out.length !== e.size) return lie(e);
    return { ok: true, data: new Uint8Array(out.buffer, out.byteOffset, out.length) };
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return lie(e);
    return importError('zip-corrupt', `zip entry ${e.name}`, '压缩数据已损坏', 'damaged compressed data');
  }
}

/** Inflate every entry counting bytes (kept in 16 KB chunks only), to prove the declared sizes. */
export async function verifyZip(b: Uint8Array): Promise<{ ok: true; entries: ZipEntry[] } | Fail> {
  const dir = readZipDirectory(b);
  if (!dir.ok) return dir;
  for (const e of dir.entries) {
    if (e.method === 0) continue;
    const n = await countInflated(b.subarray(e.dataOffset, e.dataOffset + e.compressedSize), e.size);
    if (n === 'corrupt') return importError('zip-corrupt', `zip entry ${e.name}`, '压缩数据已损坏', 'damaged compressed data');
    if (n !== e.size) return lie(e);
  }
  return dir;
}

/** Unpack the named entries (all checked first); others are not inflated. */
export function unzipSafe(
  b: Uint8Array,
  want: (name: string) => boolean,
): { ok: true; files: Map<string, Uint8Array>; names: string[] } | Fail {
  const dir = readZipDirectory(b);
  if (!dir.ok) return dir;
  const files = new Map<string, Uint8Array>();
  for (const e of dir.entries) {
    if (!want(e.name)) continue;
    const r = inflateEntry(b, e);
    if (!r.ok) return r;
    files.set(e.name, r.data);
  }
  return { ok: true, files, names: dir.entries.map((e) => e.name) };
}

function countInflated(data: Uint8Array, cap: number): Promise<number | 'over' | 'corrupt'> {
  return new Promise((resolve) => {
    const z = createInflateRaw();
    let n = 0;
    let settled = false;
    const done = (v: number | 'over' | 'corrupt') => {
      if (settled) return;
      settled = true;
      resolve(v);
    };
    z.on('data', (chunk: Buffer) => {
      n += chunk.length;
      if (n > cap) {
        done('over');
        z.destroy();
      }
    });
    z.on('end', () => done(n));
    z.on('error', () => done('corrupt'));
    z.end(data);
  });
}

function lie(e: ZipEntry): Fail {
  return importError(
    'zip-size-mismatch',
    `zip entry ${e.name}`,
    `条目解压后大小与声明不符（声明 ${e.size} 字节），疑似压缩炸弹`,
    `entry unpacks to a size other than declared (${e.size} bytes), likely a zip bomb`,
  );
}

function mb(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}
