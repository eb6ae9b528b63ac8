// The text of a raw POST /api/ingest body (JSON or JSONL sent as bytes, not as a file). Call-center systems on
// Chinese Windows export GBK, and "Unicode" exports are UTF-16: the bytes are decoded the same way an uploaded
// file is (src/importers/encoding.ts), so nothing is stored as mojibake. A charset named in Content-Type wins;
// otherwise a BOM, valid UTF-8, UTF-16 without BOM (recognised by its zero bytes) and GB18030/Big5 are tried in
// that order, and bytes that none of them reads cleanly are refused with a clear error rather than guessed.
import { AppError } from '../core/errors/app-error.ts';
import { decodeText, type TextEncoding } from '../importers/encoding.ts';
import type { ForcedEncoding } from '../importers/types.ts';

/** Charsets a Content-Type may name, and the encoding each is read as. */
export const BODY_CHARSETS: Record<string, ForcedEncoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  gbk: 'gbk',
  gb2312: 'gb2312',
  gb18030: 'gb18030',
  cp936: 'gbk',
  big5: 'big5',
};

export interface BodyText {
  text: string;
  encoding: TextEncoding;
}

/**
 * The encoding a Content-Type header names in its charset, if any (`utf-16` names no byte order, so it is left to
 * detection); an unknown charset is refused.
 */
export function namedCharset(contentType: string | undefined): ForcedEncoding | undefined {
  const charset = /;\s*charset\s*=\s*"?([\w-]+)"?/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (charset === undefined || charset === 'utf-16') return undefined;
  const forced = BODY_CHARSETS[charset];
  if (forced === undefined)
    throw new AppError('BAD_INPUT', `unsupported charset "${charset}" in Content-Type`);
  return forced;
}

/** Decode a raw ingest body; `contentType` is the request's Content-Type header (its charset is honoured). */
export function decodeIngestBody(bytes: Buffer, contentType: string | undefined): BodyText {
  const forced = namedCharset(contentType);
  if (forced === 'utf-8') return strictUtf8(bytes);
  if (forced !== undefined) return checked(decodeText(bytes, forced));
  const bomless = utf16WithoutBom(bytes, bytes.length);
  const d = decodeText(bytes, bomless);
  // Plain UTF-8 was decoded strictly, so a U+FFFD in it is the sender's own character.
  return d.encoding === 'utf-8' ? d : checked(d);
}

function strictUtf8(bytes: Buffer): BodyText {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    throw new AppError('BAD_INPUT', NOT_UTF8);
  }
}

/**
 * UTF-16 without a BOM: JSON starts with ASCII ('{', '[', '"', whitespace), which UTF-16 writes as one zero byte and
 * one ASCII byte. Valid UTF-8 never has zero bytes in JSON text, so zero bytes in the first pair decide the order.
 */
export function utf16WithoutBom(head: Uint8Array, size: number): 'utf-16le' | 'utf-16be' | undefined {
  if (head[0] === 0xff || head[0] === 0xfe || size < 2 || size % 2 !== 0) return undefined;
  if (head[0] !== 0 && head[1] === 0) return 'utf-16le';
  if (head[0] === 0 && head[1] !== 0) return 'utf-16be';
  return undefined;
}

export const NOT_UTF8 = 'request body says charset=utf-8 but is not valid UTF-8';

function checked(d: BodyText): BodyText {
  // U+FFFD appears only where bytes did not decode: storing it would silently replace the customer's words.
  const bad = d.text.indexOf('\ufffd');
  if (bad >= 0) throw undecodableBody(d.encoding, d.text.slice(0, bad).split('\n').length);
  return d;
}

/** The refusal of a body holding bytes that did not decode as `encoding`, at its line `line`. */
export function undecodableBody(encoding: TextEncoding, line: number): AppError {
  return new AppError(
    'BAD_INPUT',
    `request body is not readable as ${encoding} text (undecodable bytes on line ${line}); send UTF-8, ` +
      'or name the encoding as "; charset=gbk" (or utf-16le, gb18030, big5) in Content-Type',
    { line, encoding },
  );
}
