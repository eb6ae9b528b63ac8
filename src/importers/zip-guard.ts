// A look at an XLSX (a ZIP of XML parts) before anyone unpacks it. exceljs inflates every part into memory, and a
// 15 MB workbook of repetitive cells can inflate to gigabytes (a zip bomb needs no malice: a report with one formula
// copied down a million rows does it). The central directory states every part's unpacked size, and the worksheet's
// <dimension> states its rows, so both are checked from the directory and the first kilobytes of each sheet; then
// every part is inflated once as a stream that keeps nothing, so a directory that understates a size cannot lie.
import { constants, createInflateRaw, inflateRawSync } from 'node:zlib';

/** Most a workbook may unpack to in total (XML of ~200,000 transcript rows is well under this). */
export const MAX_XLSX_UNPACKED_BYTES = 512 * 1024 * 1024;
/** Most rows one worksheet may declare. */
export const MAX_XLSX_ROWS = 300_000;
const MAX_ENTRIES = 10_000;

export type ZipVerdict = { ok: true } | { ok: false; message: string };

interface Entry {
  name: string;
  method: number;
  compressed: number;
  unpacked: number;
  localOffset: number;
}

export async function checkXlsxSize(bytes: Uint8Array): Promise<ZipVerdict> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = centralDirectory(buf);
  // Not a ZIP we can read: exceljs reports that itself.
  if (entries === undefined) return { ok: true };
  if (entries === 'zip64' || entries.length > MAX_ENTRIES) {
    return { ok: false, message: 'workbook too large to read (ZIP64 or too many parts)' };
  }
  const total = entries.reduce((s, e) => s + e.unpacked, 0);
  if (total > MAX_XLSX_UNPACKED_BYTES) {
    return {
      ok: false,
      message: `workbook unpacks to ${mb(total)} MB, more than ${mb(MAX_XLSX_UNPACKED_BYTES)} MB: split it into smaller files`,
    };
  }
  for (const e of entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(e.name)) continue;
    const rows = declaredRows(buf, e);
    if (rows !== undefined && rows > MAX_XLSX_ROWS) {
      return {
        ok: false,
        message: `worksheet ${e.name.slice(14, -4)} declares ${rows} rows, more than ${MAX_XLSX_ROWS}: split it into smaller files`,
      };
    }
  }
  return verifyUnpacked(buf, entries);
}

/** Inflate each part, counting bytes and keeping none; stop at the first that unpacks beyond what it declared. */
async function verifyUnpacked(buf: Buffer, entries: Entry[]): Promise<ZipVerdict> {
  for (const e of entries) {
    if (e.method !== 8) continue;
    const data = entryData(buf, e);
    if (data === undefined) continue;
    const limit = e.unpacked;
    const n = await new Promise<number>((resolve) => {
      let count = 0;
      const inflate = createInflateRaw();
      inflate.on('data', (chunk: Buffer) => {
        count += chunk.length;
        if (count > limit) {
          inflate.destroy();
          resolve(count);
        }
      });
      inflate.on('end', () => resolve(count));
      // A damaged part is exceljs's to report; here it only must not exceed its size.
      inflate.on('error', () => resolve(count));
      inflate.end(data);
    });
    if (n > limit) return { ok: false, message: `workbook part ${e.name} unpacks beyond its declared size` };
  }
  return { ok: true };
}

function entryData(buf: Buffer, e: Entry): Buffer | undefined {
  const h = e.localOffset;
  if (h + 30 > buf.length || buf.readUInt32LE(h) !== 0x04034b50) return undefined;
  const start = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
  return buf.subarray(start, Math.min(buf.length, start + e.compressed));
}

function centralDirectory(buf: Buffer): Entry[] | 'zip64' | undefined {
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes (the comment may follow it).
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = buf.readUInt16LE(eocd + 10);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) return 'zip64';
  const entries: Entry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return undefined;
    const compressed = buf.readUInt32LE(p + 20);
    const unpacked = buf.readUInt32LE(p + 24);
    if (compressed === 0xffffffff || unpacked === 0xffffffff) return 'zip64';
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    entries.push({
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
      method: buf.readUInt16LE(p + 10),
      compressed,
      unpacked,
      localOffset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Rows a worksheet declares in <dimension ref="A1:K120"/>, read from its first 64 KiB of XML. */
function declaredRows(buf: Buffer, e: Entry): number | undefined {
  const data = entryData(buf, e)?.subarray(0, 64 * 1024);
  if (data === undefined) return undefined;
  let head: string;
  try {
    const raw =
      e.method === 0
        ? data
        : inflateRawSync(data, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: 1 << 20 });
    head = raw.toString('utf8', 0, Math.min(raw.length, 64 * 1024));
  } catch {
    return undefined;
  }
  const ref = /<(?:\w+:)?dimension\s+ref="[A-Z]+(\d+)(?::[A-Z]+(\d+))?"/.exec(head);
  if (!ref) return undefined;
  return Number(ref[2] ?? ref[1]) - Number(ref[1]) + 1;
}

function mb(n: number): number {
  return Math.round(n / 1024 / 1024);
}
