// Text decoding for uploaded files. Excel on a Chinese Windows saves "CSV (逗号分隔)" in GBK (code page 936)
// and "CSV UTF-8" with a BOM; "Unicode 文本" is UTF-16LE with a BOM. We detect instead of asking the user:
// a BOM decides; otherwise bytes that are valid UTF-8 are UTF-8, and anything else is read as GB18030
// (a strict superset of GBK and GB2312, so every GBK file decodes the same way).
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** Detect the encoding of `bytes` and decode them; a BOM is removed from the text. */
export function decodeText(bytes: Uint8Array): DecodedText {
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
    return { text: iconv.decode(toBuffer(bytes), 'gb18030'), encoding: 'gb18030' };
  }
}

/**
 * Decode only the beginning of a file, for format sniffing. A multi-byte character cut at the end of the
 * sample is not an error (streaming decode keeps it pending).
 */
export function decodeSample(bytes: Uint8Array, maxBytes = 8192): string {
  const head = bytes.subarray(0, maxBytes);
  if (head.length < bytes.length && isUtf8(head, true)) {
    const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    return new TextDecoder('utf-8').decode(head.subarray(start), { stream: true });
  }
  return decodeText(head).text;
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
