/**
 * Turns the raw bytes of an input file into text, telling which encoding was used and warning
 * when a guess had to be made. Never throws.
 */

/** The encodings Clippings reads. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Decoded text with the encoding used and any warnings about it. */
export interface Decoded {
  text: string;
  encoding: Encoding;
  warnings: string[];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Share of control characters (other than tab, newline, carriage return) above which a file is binary. */
const BINARY_CONTROL_SHARE = 0.1;

/** Decodes bytes: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, else Windows-1252. */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return utf8(bytes.subarray(3), 'utf-8-bom');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
      warnings: [],
    };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
      warnings: [],
    };
  }
  return utf8(bytes, 'utf-8');
}

function utf8(bytes: Uint8Array, encoding: 'utf-8' | 'utf-8-bom'): Decoded {
  try {
    return { text: strictUtf8.decode(bytes), encoding, warnings: [] };
  } catch {
    const bad = firstInvalidUtf8Offset(bytes);
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      encoding: 'windows-1252',
      warnings: [
        `not valid UTF-8 (first bad byte 0x${(bytes[bad] ?? 0).toString(16).toUpperCase()} at offset ${bad}); read as Windows-1252`,
      ],
    };
  }
}

/** Offset of the first byte that breaks UTF-8, for the warning message. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // Binary search on prefixes: a valid prefix decodes (allowing a cut multi-byte tail).
  const lenient = new TextDecoder('utf-8', { fatal: true });
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      lenient.decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  // The decoder accepted a trailing incomplete sequence: the culprit is its lead byte.
  for (let i = lo - 1; i >= Math.max(0, lo - 3); i--) {
    const b = bytes[i] ?? 0;
    if (b >= 0xc0) return i;
    if (b < 0x80) break;
  }
  return lo;
}

/** True when the bytes look like a binary file (NUL bytes or many control characters). */
export function looksBinary(bytes: Uint8Array, text: string): boolean {
  if (bytes.length === 0) return false;
  const sample = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
    if (c === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > BINARY_CONTROL_SHARE;
}
