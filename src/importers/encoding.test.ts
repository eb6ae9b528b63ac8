import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeSample, decodeText } from './encoding.ts';

const TEXT = '角色,内容\n客服,您好，请问有什么可以帮您？\n';

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(new TextEncoder().encode(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding: 'utf-8-bom' });
  });

  it('falls back to GB18030 for GBK bytes (Excel "CSV (逗号分隔)" on Chinese Windows)', () => {
    const gbk = new Uint8Array(iconv.encode(TEXT, 'gbk'));
    expect(decodeText(gbk)).toEqual({ text: TEXT, encoding: 'gb18030' });
  });

  it('reads UTF-16LE with a BOM (Excel "Unicode 文本")', () => {
    const bytes = new Uint8Array(iconv.encode(TEXT, 'utf-16le', { addBOM: true }));
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding: 'utf-16le' });
  });
});

describe('decodeSample', () => {
  it('does not mistake a UTF-8 character cut by the sample end for GBK', () => {
    const bytes = new TextEncoder().encode('客服您好'.repeat(10));
    expect(decodeSample(bytes, 10)).toBe('客服您');
  });
});
