// Text decoding for uploaded files. Excel on a Chinese Windows saves "CSV (逗号分隔)" in GBK (code page 936)
// and "CSV UTF-8" with a BOM; "Unicode 文本" is UTF-16LE with a BOM; Taiwan and Hong Kong systems (and
// some outsourced teams serving them) write Big5 (code page 950). We detect instead of asking the user:
// a BOM decides; otherwise bytes that are valid UTF-8 are UTF-8; otherwise Big5 when the double-byte pairs
// look like Big5 (see `looksLikeBig5`), and anything else is read as GB18030 (a strict superset of GBK and
// GB2312, so every GBK file decodes the same way). A caller who knows better names the encoding.
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

// The forceable encodings live with the option types, so the command line can list them without loading iconv.
export { FORCEABLE_ENCODINGS, type ForcedEncoding } from './types.ts';
import type { ForcedEncoding } from './types.ts';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/**
 * Detect the encoding of `bytes` and decode them, or decode them as `forced`; a BOM is removed from the text.
 */
export function decodeText(bytes: Uint8Array, forced?: ForcedEncoding): DecodedText {
  if (forced !== undefined) return decodeAs(bytes, forced);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    if (looksLikeBig5(bytes)) return { text: iconv.decode(toBuffer(bytes), 'big5'), encoding: 'big5' };
    return { text: iconv.decode(toBuffer(bytes), 'gb18030'), encoding: 'gb18030' };
  }
}

function decodeAs(bytes: Uint8Array, forced: ForcedEncoding): DecodedText {
  switch (forced) {
    case 'utf-8': {
      const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
      return {
        text: new TextDecoder('utf-8').decode(bom ? bytes.subarray(3) : bytes),
        encoding: bom ? 'utf-8-bom' : 'utf-8',
      };
    }
    case 'utf-16le':
    case 'utf-16be':
      return { text: iconv.decode(toBuffer(bytes), forced).replace(/^\uFEFF/, ''), encoding: forced };
    case 'big5':
      return { text: iconv.decode(toBuffer(bytes), 'big5'), encoding: 'big5' };
    case 'gb18030':
    case 'gbk':
    case 'gb2312':
      return { text: iconv.decode(toBuffer(bytes), 'gb18030'), encoding: 'gb18030' };
  }
}

/**
 * Whether non-UTF-8 bytes are Big5 rather than GBK. Both use a lead byte ≥ 0x81 and a second byte; they differ
 * in where the second bytes of common characters fall. GBK text in simplified Chinese is nearly all GB2312
 * (second byte 0xA1–0xFE), and GBK may use second bytes 0x80–0xA0, which Big5 never does; GB18030's four-byte
 * sequences have a digit as second byte. Big5 puts about half of its common characters on second bytes
 * 0x40–0x7E. So: no GBK-only pair, no four-byte sequence, and a good share of low second bytes → Big5.
 */
export function looksLikeBig5(bytes: Uint8Array): boolean {
  let pairs = 0;
  let low = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0x81) continue;
    const trail = bytes[i + 1];
    if (trail === undefined) break;
    if (lead === 0xff || (trail >= 0x30 && trail <= 0x39)) return false; // not Big5 / GB18030 four-byte
    if (trail >= 0x80 && trail <= 0xa0) return false; // a second byte only GBK uses
    if (lead < 0xa1) return false; // Big5 lead bytes start at 0xA1
    pairs++;
    if (trail >= 0x40 && trail <= 0x7e) low++;
    i++;
  }
  return pairs >= 4 && low * 5 >= pairs;
}

/**
 * Decode only the beginning of a file, for format sniffing. A multi-byte character cut at the end of the
 * sample is not an error (streaming decode keeps it pending).
 */
export function decodeSample(bytes: Uint8Array, maxBytes = 8192, forced?: ForcedEncoding): string {
  const head = bytes.subarray(0, maxBytes);
  if (forced === undefined && head.length < bytes.length && isUtf8(head, true)) {
    const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    return new TextDecoder('utf-8').decode(head.subarray(start), { stream: true });
  }
  return decodeText(head, forced).text;
}

function isUtf8(bytes: Uint8Array, partial = false): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: partial });
    return true;
  } catch {
    return false;
  }
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
