import { describe, expect, it } from 'vitest';
import { decode, looksBinary } from '../../../src/pipeline/decode.ts';
import { normalizeText } from '../../../src/pipeline/normalize.ts';

// Text from seed 000, with curly quotes and an em dash.
const LINE = '(CNN) — Russian President Vladimir Putin said Moscow’s “in any case,”';

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + 2 * i] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

describe('decode', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode(LINE);
    expect(decode(bytes)).toEqual({ text: LINE, encoding: 'utf-8', warnings: [] });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decode(bom)).toEqual({ text: LINE, encoding: 'utf-8-bom', warnings: [] });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decode(utf16(LINE, false)).text).toBe(LINE);
    expect(decode(utf16(LINE, true))).toMatchObject({ text: LINE, encoding: 'utf-16be' });
  });

  it('reads invalid UTF-8 as Windows-1252 with a warning naming the byte (the BBC sport-199 £)', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('Mutu was fined '),
      0xa3,
      ...new TextEncoder().encode('20,000'),
    ]);
    const result = decode(bytes);
    expect(result.text).toBe('Mutu was fined £20,000');
    expect(result.encoding).toBe('windows-1252');
    expect(result.warnings[0]).toMatch(/not valid UTF-8.*0xA3 at offset 15.*Windows-1252/);
  });

  it('names the lead byte of a broken multi-byte sequence', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('caf'),
      0xe9,
      ...new TextEncoder().encode(' au lait'),
    ]);
    expect(decode(bytes).warnings[0]).toMatch(/0xE9 at offset 3/);
    expect(decode(bytes).text).toBe('café au lait');
  });

  it('tells binary files from text', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48,
    ]);
    expect(looksBinary(png, decode(png).text)).toBe(true);
    const text = new TextEncoder().encode(LINE);
    expect(looksBinary(text, LINE)).toBe(false);
  });
});

describe('normalizeText', () => {
  it('turns CRLF and CR into LF, no-break spaces into spaces, and drops zero-width characters', () => {
    const input =
      'Hillary Clinton spoke out Tuesday about\u00a0the death\r\nof\u200b Terence\rCrutcher';
    const { text, invisibleRemoved } = normalizeText(input);
    expect(text).toBe('Hillary Clinton spoke out Tuesday about the death\nof Terence\nCrutcher');
    expect(invisibleRemoved).toBe(1);
  });

  it('composes to NFC (the PolNeAR mojibake arrives decomposed)', () => {
    expect(normalizeText('Franc\u0327ois').text).toBe('François');
  });

  it('removes bidi override characters', () => {
    expect(normalizeText('abc\u202edef\u202c').text).toBe('abcdef');
  });
});
