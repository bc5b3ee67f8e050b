/**
 * The raw bytes the corpus parsed, kept for `/raw/<id>.txt`: read back as written, unaffected by
 * the content folder changing afterwards, and refused (naming the file) when damaged on disk.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keptFile } from '../../../src/loaders/kept-file.ts';
import { readRawFiles, writeRawFiles } from '../../../src/loaders/raw-files.ts';
import { rawTextBody } from '../../../src/publish/raw-text.ts';

const root = mkdtempSync(path.join(tmpdir(), 'clippings-raw-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(keptFile('raw', root), { force: true });
});

const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
const article =
  'Ad sales boost Time Warner profit\r\n\r\nQuarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (\u00a3600m).\r\n';

describe('raw files', () => {
  it('gives back the bytes that were read, whatever the folder holds since', async () => {
    await writeRawFiles(root, [
      { rel: 'business/001.txt', bytes: encode(article) },
      { rel: 'business/002.txt', bytes: encode('Dollar gains on Greenspan speech\n') },
    ]);
    const raw = await readRawFiles(root);
    expect([...raw.keys()]).toEqual(['business/001.txt', 'business/002.txt']);
    expect(rawTextBody(raw.get('business/001.txt')!)).toBe(
      '\ufeffAd sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (\u00a3600m).\n',
    );
    expect(await readRawFiles(root)).toBe(raw);
  });

  it('reads the file again once it was written anew', async () => {
    await writeRawFiles(root, [{ rel: 'business/001.txt', bytes: encode(article) }]);
    expect([...(await readRawFiles(root)).keys()]).toEqual(['business/001.txt']);
  });

  it('refuses a file changed in place on disk, naming it', async () => {
    const file = keptFile('raw', root);
    const bytes = readFileSync(file);
    const at = bytes.indexOf(Buffer.from('76%'));
    expect(at).toBeGreaterThan(0);
    bytes.write('67%', at, 'latin1');
    writeFileSync(file, bytes);
    await expect(readRawFiles(root)).rejects.toThrow(
      `the raw bytes file ${file} is damaged (its checksum failed): build again`,
    );
  });
});
