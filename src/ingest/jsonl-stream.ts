// Reading a large JSONL request body without holding it in memory (docs/scaling.md "Ingest"): the request body is copied
// to a private temporary file as it arrives, its encoding is decided as it arrives (the same decision as for a body
// read whole: src/ingest/body-text.ts, src/importers/encoding.ts), and one read of the file decodes it in
// pieces and hands out one line at a time, judged by the same `jsonlLine` as a body split whole. A 200 MB upload
// then costs a slice of records of memory, not the body, its decoded text and every record's copy at once.
import { isUtf8 } from 'node:buffer';
import { createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import iconv from 'iconv-lite';
import { AppError } from '../core/errors/app-error.ts';
import { looksLikeBig5 } from '../importers/encoding.ts';
import type { ForcedEncoding } from '../importers/types.ts';
import type { IngestItem } from '../store/index.ts';
import { namedCharset, NOT_UTF8, undecodableBody, utf16WithoutBom } from './body-text.ts';
import { jsonlLine } from './records.ts';

/** Bytes read from the start to tell Big5 from GBK when a body is not UTF-8 (the choice is made on these). */
const BIG5_SAMPLE_BYTES = 16 * 1024 * 1024;

export interface Spooled {
  size: number;
  /** Whether the bytes are valid UTF-8 (checked as they arrived, so the file need not be read for it again). */
  utf8: boolean;
}

/** Copy `body` to `path`; past `maxBytes` the copy stops and the upload is refused as too large. */
export async function spool(body: Readable, path: string, maxBytes: number): Promise<Spooled> {
  let size = 0;
  const utf8 = new Utf8Check();
  const limit = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > maxBytes)
        done(new AppError('PAYLOAD_TOO_LARGE', `request body is larger than ${maxBytes} bytes`));
      else {
        utf8.add(chunk);
        done(null, chunk);
      }
    },
  });
  await pipeline(body, limit, createWriteStream(path));
  return { size, utf8: utf8.end() };
}

/**
 * UTF-8 validity of a stream of chunks, by Node's native check on each chunk (no text is made). A character cut
 * by a chunk's end is held back and checked with the next chunk.
 */
export class Utf8Check {
  #valid = true;
  #carry: Buffer = Buffer.alloc(0);

  add(chunk: Buffer): void {
    if (!this.#valid) return;
    const bytes = this.#carry.length > 0 ? Buffer.concat([this.#carry, chunk]) : chunk;
    const cut = completeLength(bytes);
    this.#valid = isUtf8(bytes.subarray(0, cut));
    this.#carry = Buffer.from(bytes.subarray(cut));
  }

  end(): boolean {
    return this.#valid && isUtf8(this.#carry);
  }
}

/** Length of `bytes` without a multi-byte UTF-8 sequence begun but not finished at its end. */
function completeLength(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for its lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

export interface DecodePlan {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';
  /** Bytes of a byte-order mark to skip. */
  skip: number;
  /** Refuse bytes that are not UTF-8 (a body that says charset=utf-8). */
  fatal: boolean;
  /** Refuse the upload at the first line holding U+FFFD (bytes that did not decode), as a body read whole is. */
  check: boolean;
}

/**
 * How to decode a raw request body, as decodeIngestBody decides for a body read whole: a charset named in
 * Content-Type wins, then a BOM, UTF-16 without BOM, valid UTF-8, Big5 or GB18030; and bytes that did not decode
 * refuse the body (`check`).
 */
export async function decodingPlan(
  path: string,
  spooled: Spooled,
  contentType: string | undefined,
): Promise<DecodePlan> {
  const head = await readHead(path, 4);
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  const named = namedCharset(contentType);
  if (named === 'utf-8') return { encoding: 'utf-8', skip: bom, fatal: true, check: false };
  const forced = named ?? utf16WithoutBom(head, spooled.size);
  if (forced !== undefined) return { ...planFor(forced), skip: 0, check: true };
  if (bom > 0) return { encoding: 'utf-8', skip: 3, fatal: false, check: true };
  if (head[0] === 0xff && head[1] === 0xfe)
    return { encoding: 'utf-16le', skip: 2, fatal: false, check: true };
  if (head[0] === 0xfe && head[1] === 0xff)
    return { encoding: 'utf-16be', skip: 2, fatal: false, check: true };
  // Plain UTF-8 was validated strictly as it arrived, so a U+FFFD in it is the sender's own character.
  if (spooled.utf8) return { encoding: 'utf-8', skip: 0, fatal: false, check: false };
  const sample = await readHead(path, BIG5_SAMPLE_BYTES);
  return { encoding: looksLikeBig5(sample) ? 'big5' : 'gb18030', skip: 0, fatal: false, check: true };
}

function planFor(forced: Exclude<ForcedEncoding, 'utf-8'>): Omit<DecodePlan, 'skip' | 'check'> {
  switch (forced) {
    case 'utf-16le':
    case 'utf-16be':
    case 'big5':
      return { encoding: forced, fatal: false };
    case 'gb18030':
    case 'gbk':
    case 'gb2312':
      return { encoding: 'gb18030', fatal: false };
  }
}

async function readHead(path: string, bytes: number): Promise<Buffer> {
  const f = await open(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await f.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await f.close();
  }
}

/** The file's text in decoded pieces, as the plan says. */
async function* decodedPieces(path: string, plan: DecodePlan): AsyncGenerator<string> {
  const bytes = createReadStream(path, { start: plan.skip, highWaterMark: 1024 * 1024 });
  if (plan.encoding === 'utf-8') {
    const decoder = new TextDecoder('utf-8', { fatal: plan.fatal });
    try {
      for await (const chunk of bytes) yield decoder.decode(chunk as Buffer, { stream: true });
      yield decoder.decode();
    } catch (e) {
      if (e instanceof TypeError && plan.fatal) throw new AppError('BAD_INPUT', NOT_UTF8);
      throw e;
    }
    return;
  }
  const decoder = iconv.getDecoder(plan.encoding);
  for await (const chunk of bytes) yield decoder.write(chunk as Buffer);
  yield decoder.end() ?? '';
}

/**
 * The ingest items of a JSONL file: one per non-blank line (numbered from 1 as in the file), with the rejected
 * count of each refused line. `file` names the uploaded file in records and errors (absent for a request body).
 */
export async function* jsonlItems(path: string, plan: DecodePlan, file?: string): AsyncGenerator<IngestItem> {
  let lineNo = 0;
  let pending = '';
  let first = true;
  const judge = (text: string): IngestItem[] => {
    lineNo++;
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (plan.check && text.includes('\ufffd'))
      // Named as decodeIngestBody names it, so a client sees one message whatever the body's size.
      throw undecodableBody(plan.encoding === 'utf-8' ? 'utf-8-bom' : plan.encoding, lineNo);
    const item = jsonlLine(lineNo, text, file);
    if (item === undefined) return [];
    return 'record' in item ? [item] : [item, { rejected: 1 }];
  };
  for await (const piece of decodedPieces(path, plan)) {
    pending += piece;
    let start = 0;
    for (let nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n', start)) {
      yield* judge(pending.slice(start, nl));
      start = nl + 1;
    }
    pending = pending.slice(start);
  }
  yield* judge(pending);
}
