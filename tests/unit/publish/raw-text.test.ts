import { describe, expect, it } from 'vitest';
import { BYTE_ORDER_MARK, rawTextBody, rawTextFromBytes } from '../../../src/publish/raw-text.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('rawTextFromBytes', () => {
  it('decodes UTF-8 and normalises line ends', () => {
    expect(rawTextFromBytes(utf8('“Hi”\r\nthere\r\n'))).toBe('“Hi”\nthere\n');
  });

  it('drops a UTF-8 BOM and reads Windows-1252 when the bytes are not UTF-8', () => {
    expect(rawTextFromBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('A');
    expect(rawTextFromBytes(new Uint8Array([0x93, 0x41, 0x94]))).toBe('“A”');
  });
});

describe('rawTextBody', () => {
  it('starts with one byte order mark', () => {
    expect(rawTextBody(utf8('text'))).toBe(`${BYTE_ORDER_MARK}text`);
  });
});
