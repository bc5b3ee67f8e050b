import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles, MAX_FILE_BYTES } from '../../../src/corpus/list-files.ts';
import { readCorpus } from '../../../src/corpus/read-corpus.ts';
import { rmSync } from 'node:fs';

let root: string;
let outside: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'clippings-list-'));
  outside = mkdtempSync(path.join(tmpdir(), 'clippings-outside-'));
  const put = (rel: string, body: string | Uint8Array) => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), body);
  };
  put(
    'world/Putin India.txt',
    'Putin arrives in New Delhi\n\nVladimir Putin arrived in New Delhi on Thursday.\n\nHe met Modi.',
  );
  put(
    'world/nested/deeper/Ünïcode 📰.txt',
    'A title here\n\nA paragraph here, long enough to read.\n\nAnother one.',
  );
  put('.DS_Store', 'binary junk');
  put('notes.txt~', 'backup');
  put('readme.md', '# not an article');
  put('empty.txt', '');
  put('blank.txt', '  \n\t\n');
  put('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0]));
  put('huge.txt', 'x'.repeat(MAX_FILE_BYTES + 1));
  writeFileSync(path.join(outside, 'secret.txt'), 'not yours');
  symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'escape.txt'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('listFiles', () => {
  it('finds .txt files in nested folders and accounts for everything else', async () => {
    const listing = await listFiles(root);
    expect(listing.files.map((f) => f.rel)).toEqual([
      'blank.txt',
      'empty.txt',
      'image.txt',
      'world/Putin India.txt',
      'world/nested/deeper/Ünïcode 📰.txt',
    ]);
    const reasons = Object.fromEntries(listing.skipped.map((s) => [s.rel, s.reason]));
    expect(reasons).toEqual({
      '.DS_Store': 'hidden file',
      'escape.txt': 'symlink pointing outside the content folder (refused)',
      'huge.txt': expect.stringMatching(/^too large \(5\.0 MB; the limit is 5 MB\)$/),
      'notes.txt~': 'editor backup file',
      'readme.md': 'not a .txt file',
    });
  });
});

describe('readCorpus', () => {
  it('reports every input file with its status and reason', async () => {
    const corpus = await readCorpus(root, { cache: false });
    const status = Object.fromEntries(
      corpus.files.map((f) => [f.file, `${f.status}${f.reason ? `: ${f.reason}` : ''}`]),
    );
    expect(status).toMatchObject({
      'blank.txt': 'skipped: only whitespace',
      'empty.txt': 'skipped: empty file',
      'image.txt': 'skipped: binary file, not text',
      'world/Putin India.txt': 'ok',
    });
    expect(corpus.files).toHaveLength(10);
    expect(corpus.entries.map((e) => e.id)).toEqual([
      'world/putin-india',
      'world/nested/deeper/ünïcode',
    ]);
  });
});
