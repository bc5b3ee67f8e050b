import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSealed, seal, unseal, writeSealed } from '../../../src/lib/checked-bytes.ts';

const work = mkdtempSync(path.join(tmpdir(), 'clippings-checked-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const text = Buffer.from(
  'Ad sales boost Time Warner profit. Quarterly profits at US media giant TimeWarner jumped 76%.',
);

/** `sealed` with the byte at `at` replaced by another (the length stays the same). */
function changedAt(sealed: Buffer, at: number): Buffer {
  const copy = Buffer.from(sealed);
  copy[at] = copy[at]! ^ 0x20;
  return copy;
}

describe('sealed bytes', () => {
  it('gives back the payload of an unchanged seal', () => {
    expect(Buffer.from(unseal(seal(text))!)).toEqual(text);
    expect(Buffer.from(unseal(seal(new Uint8Array()))!)).toEqual(Buffer.alloc(0));
  });

  const sealed = seal(text);
  it.each([
    ['a letter changed in place', changedAt(sealed, 12 + 20)],
    ['the last byte changed', changedAt(sealed, sealed.length - 1)],
    ['the checksum changed', changedAt(sealed, 9)],
    ['the length changed', changedAt(sealed, 7)],
    ['the mark changed', changedAt(sealed, 0)],
    ['truncated', sealed.subarray(0, sealed.length - 5)],
    ['cut inside the header', sealed.subarray(0, 6)],
    ['emptied', Buffer.alloc(0)],
    ['unsealed bytes', text],
  ])('refuses bytes %s', (_, bytes) => {
    expect(unseal(bytes)).toBeUndefined();
  });

  it('writes a file atomically and reads it back, missing or damaged', async () => {
    const file = path.join(work, 'cache', 'entry.bin');
    expect(await readSealed(file)).toEqual({ state: 'missing' });
    await writeSealed(file, text);
    await writeSealed(file, text);
    // Only the file itself: the temporary file it was written to was renamed into place.
    expect(readdirSync(path.dirname(file))).toEqual(['entry.bin']);
    const read = await readSealed(file);
    expect(read.state === 'ok' && Buffer.from(read.payload)).toEqual(text);
    writeFileSync(file, changedAt(readFileSync(file), 40));
    expect(await readSealed(file)).toEqual({ state: 'damaged' });
  });
});
