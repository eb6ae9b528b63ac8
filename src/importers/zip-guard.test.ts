// Zip-bomb protection of XLSX uploads: sizes and rows are judged from the ZIP directory and a streamed inflate that
// keeps nothing, before exceljs unpacks anything into memory.
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fixture } from './fixtures/read-fixture.ts';
import { importBuffer } from './index.ts';
import { checkXlsxSize, MAX_XLSX_ROWS, MAX_XLSX_UNPACKED_BYTES } from './zip-guard.ts';

/** A minimal ZIP; `declared` overrides the unpacked size the directory states (a lying bomb). */
function zip(parts: { name: string; data: Buffer; declared?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const packed = deflateRawSync(p.data);
    const name = Buffer.from(p.name);
    const size = p.declared ?? p.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(p.data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc32(p.data), 16);
    dir.writeUInt32LE(packed.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    central.push(dir, name);
    offset += 30 + name.length + packed.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const sheet = (rows: number) =>
  Buffer.from(`<?xml version="1.0"?><worksheet><dimension ref="A1:D${rows}"/><sheetData/></worksheet>`);

describe('XLSX size guard', () => {
  it('passes a real workbook', async () => {
    expect(await checkXlsxSize(fixture('turns.xlsx'))).toEqual({ ok: true });
  });

  it('refuses a workbook whose directory declares more than the unpacked limit', async () => {
    const bomb = zip([
      { name: 'xl/sharedStrings.xml', data: Buffer.from('<sst/>'), declared: MAX_XLSX_UNPACKED_BYTES + 1 },
    ]);
    const r = await checkXlsxSize(bomb);
    expect(r.ok).toBe(false);
  });

  it('refuses a part that inflates beyond the size its directory states (a lying bomb)', async () => {
    const r = await checkXlsxSize(
      zip([{ name: 'xl/sharedStrings.xml', data: Buffer.alloc(4 << 20), declared: 1000 }]),
    );
    expect(r).toEqual({ ok: false, message: expect.stringContaining('beyond its declared size') as string });
  });

  it('refuses a worksheet declaring more rows than allowed, and importBuffer reports it as the file error', async () => {
    const big = zip([{ name: 'xl/worksheets/sheet1.xml', data: sheet(MAX_XLSX_ROWS + 1) }]);
    expect(await checkXlsxSize(big)).toMatchObject({ ok: false });
    const r = await importBuffer(big, 'calls.xlsx');
    expect(r.conversations).toEqual([]);
    expect(r.errors[0]!.message).toContain(`more than ${MAX_XLSX_ROWS}`);
    expect(await checkXlsxSize(zip([{ name: 'xl/worksheets/sheet1.xml', data: sheet(100) }]))).toEqual({
      ok: true,
    });
  });
});
