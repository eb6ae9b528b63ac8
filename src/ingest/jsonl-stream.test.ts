import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../core/errors/app-error.ts';
import type { IngestItem } from '../store/index.ts';
import { decodingPlan, jsonlItems, spool, Utf8Check, type Spooled } from './jsonl-stream.ts';
import { splitJsonl } from './records.ts';

const dir = mkdtempSync(join(tmpdir(), 'zhijian-jsonl-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
/** A body as the route receives it: spooled from a stream of odd-sized chunks that cut characters apart. */
async function body(content: Uint8Array | string): Promise<{ path: string; spooled: Spooled }> {
  const bytes = Buffer.from(content);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += 65_537) chunks.push(bytes.subarray(i, i + 65_537));
  const path = join(dir, String(n++));
  return { path, spooled: await spool(Readable.from(chunks), path, 1 << 30) };
}

async function all(items: AsyncIterable<IngestItem>): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const i of items) out.push(i);
  return out;
}

/** Several MB of JSONL whose Chinese lines cross the reader's 1 MB pieces at every kind of offset. */
function bigJsonl(): string {
  const lines: string[] = [];
  for (let i = 0; i < 30_000; i++) {
    const turn = `您好，这里是第${i}号来电，请问有什么可以帮您${'的'.repeat(i % 7)}？`;
    lines.push(i % 997 === 0 ? '' : JSON.stringify({ id: `c-${i}`, turns: [{ role: 'agent', text: turn }] }));
  }
  return lines.join('\r\n');
}

describe('jsonlItems', () => {
  it('reads a large UTF-8 body line by line exactly as the whole-text split does', async () => {
    const text = bigJsonl();
    const { path, spooled } = await body(text);
    expect(spooled).toEqual({ size: Buffer.byteLength(text), utf8: true });
    expect(spooled.size).toBeGreaterThan(3 * 1024 * 1024);
    const plan = await decodingPlan(path, spooled, 'application/x-ndjson');
    expect(plan).toEqual({ encoding: 'utf-8', skip: 0, fatal: false, check: false });
    const items = await all(jsonlItems(path, plan));
    const whole = splitJsonl(text);
    expect(items.filter((i) => 'record' in i).map((i) => 'record' in i && i.record)).toEqual(whole.records);
  });

  it('decodes a GBK body in pieces and a UTF-16 body with its BOM, keeping the words sent', async () => {
    const text = bigJsonl();
    const gbk = await body(iconv.encode(text, 'gbk'));
    expect(gbk.spooled.utf8).toBe(false);
    const gbkPlan = await decodingPlan(gbk.path, gbk.spooled, 'text/plain');
    expect(gbkPlan.encoding).toBe('gb18030');
    const records = (await all(jsonlItems(gbk.path, gbkPlan))).filter((i) => 'record' in i);
    expect(records.map((i) => 'record' in i && i.record)).toEqual(splitJsonl(text).records);

    const short = '{"id":"a","turns":[{"role":"agent","text":"您好"}]}\n{"id":"b"}';
    const utf16 = await body(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(short, 'utf16le')]));
    const plan16 = await decodingPlan(utf16.path, utf16.spooled, 'application/x-ndjson');
    expect(plan16).toMatchObject({ encoding: 'utf-16le', skip: 2 });
    expect((await all(jsonlItems(utf16.path, plan16))).map((i) => 'record' in i && i.record.raw)).toEqual(
      short.split('\n'),
    );
  });

  it('refuses bytes that do not decode with the line they are on, and a false charset=utf-8', async () => {
    const lines = ['{"id":"a"}', '{"id":"b"}', '{"id":"c"}'].map((l) => Buffer.from(l));
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), lines[0]!, Buffer.from('\n'), lines[1]!]);
    const bad = await body(
      Buffer.concat([bom, Buffer.from('\n{"id":"'), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from('"}')]),
    );
    const plan = await decodingPlan(bad.path, bad.spooled, 'application/x-ndjson');
    await expect(all(jsonlItems(bad.path, plan))).rejects.toThrow(/undecodable bytes on line 3/);

    const liar = await body(iconv.encode('{"id":"您好"}', 'gbk'));
    const strict = await decodingPlan(liar.path, liar.spooled, 'text/plain; charset=utf-8');
    await expect(all(jsonlItems(liar.path, strict))).rejects.toThrow(/not valid UTF-8/);
    await expect(decodingPlan(liar.path, liar.spooled, 'text/plain; charset=latin9')).rejects.toThrow(
      AppError,
    );
  });

  it('reports a NUL line as one rejected record and skips blank lines, numbering lines as the file does', async () => {
    const { path, spooled } = await body('{"id":"a"}\n\n{"id":"\0"}\n{"id":"b"}\n');
    const items = await all(jsonlItems(path, await decodingPlan(path, spooled, undefined), 'x.jsonl'));
    expect(items).toEqual([
      { record: { line: 1, raw: '{"id":"a"}', file: 'x.jsonl' } },
      {
        error: {
          line: 3,
          field: '',
          message: 'contains a NUL byte, which cannot be stored',
          file: 'x.jsonl',
        },
      },
      { rejected: 1 },
      { record: { line: 4, raw: '{"id":"b"}', file: 'x.jsonl' } },
    ]);
  });
});

describe('spool', () => {
  it('copies a body to disk and stops with 413 past the limit', async () => {
    const path = join(dir, 'spooled');
    expect(await spool(Readable.from([Buffer.alloc(600), Buffer.alloc(400)]), path, 1000)).toEqual({
      size: 1000,
      utf8: true,
    });
    await expect(
      spool(Readable.from([Buffer.alloc(600), Buffer.alloc(401)]), path, 1000),
    ).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
    });
  });
});

describe('Utf8Check', () => {
  it('judges UTF-8 across every cut of a text holding 2-, 3- and 4-byte characters, and finds bad bytes anywhere', () => {
    const good = Buffer.from('aé中😀b', 'utf8');
    for (let cut = 0; cut <= good.length; cut++) {
      const c = new Utf8Check();
      c.add(good.subarray(0, cut));
      c.add(good.subarray(cut));
      expect(c.end()).toBe(true);
    }
    for (const bad of [Buffer.from([0x61, 0xff]), Buffer.from([0xe4, 0xb8]), Buffer.from([0xc3, 0x28])]) {
      for (let cut = 0; cut <= bad.length; cut++) {
        const c = new Utf8Check();
        c.add(bad.subarray(0, cut));
        c.add(bad.subarray(cut));
        expect(c.end()).toBe(false);
      }
    }
  });
});
