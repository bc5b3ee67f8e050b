import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { temporaryName, writeAtomic } from '../../../src/lib/write-atomic.ts';

const work = mkdtempSync(path.join(tmpdir(), 'clippings-atomic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('writeAtomic', () => {
  it('writes through a hidden temporary file in the same folder', () => {
    const file = path.join(work, 'pages', 'index.html');
    const first = temporaryName(file);
    expect(path.dirname(first)).toBe(path.dirname(file));
    expect(path.basename(first)).toMatch(/^\.index\.html\.\d+\.[0-9a-f]{8}\.tmp$/);
    expect(temporaryName(file)).not.toBe(first);
  });

  it('replaces the file whole, making its folder, and leaves nothing else', async () => {
    const file = path.join(work, 'a', 'b', 'page.html');
    await writeAtomic(file, '<p>Old text</p>');
    await writeAtomic(file, '<p>New</p>');
    expect(readFileSync(file, 'utf8')).toBe('<p>New</p>');
    expect(readdirSync(path.dirname(file))).toEqual(['page.html']);
  });

  it('fails without leaving a temporary file when the rename cannot be made', async () => {
    // The place is taken by a folder that is not empty: the rename fails after the write.
    const taken = path.join(work, 'taken', 'page.html');
    mkdirSync(path.join(taken, 'inside'), { recursive: true });
    await expect(writeAtomic(taken, '<p>x</p>')).rejects.toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
    expect(readdirSync(path.dirname(taken))).toEqual(['page.html']);
  });
});
