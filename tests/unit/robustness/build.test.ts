/**
 * Whole-site builds (`astro build` through `tests/fixtures/build-site.ts`, each into its own
 * output and cache folders):
 *
 * - determinism: two builds of the same corpus give byte-identical `dist/` folders (every file
 *   hashed);
 * - a corpus with nothing readable fails the build, with a message naming the folder;
 * - strict mode (`CLIPPINGS_STRICT=1`) fails the build when any file was skipped or read with
 *   warnings; without it the same corpus builds.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_DIR } from '../seeds.ts';

const PROJECT = path.resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(path.join(tmpdir(), 'clippings-build-test-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(content: string, name: string, env: Record<string, string> = {}) {
  const result = spawnSync(
    process.execPath,
    [
      path.join(PROJECT, 'tests/fixtures/build-site.ts'),
      path.join(work, name, 'dist'),
      path.join(work, name, 'cache'),
    ],
    {
      cwd: PROJECT,
      env: { ...process.env, CLIPPINGS_CONTENT: content, CLIPPINGS_STRICT: '', ...env },
      encoding: 'utf8',
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Relative path → SHA-256 of every file under `dir`. */
function hashes(dir: string, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, entry.name);
    const rel = prefix + entry.name;
    if (entry.isDirectory()) for (const [k, v] of hashes(abs, `${rel}/`)) out.set(k, v);
    else out.set(rel, createHash('sha256').update(readFileSync(abs)).digest('hex'));
  }
  return out;
}

describe('building the site', () => {
  it('gives identical output for two builds of the same corpus', { timeout: 120_000 }, () => {
    const first = build(SEED_DIR, 'first');
    expect(first.status, first.output).toBe(0);
    const second = build(SEED_DIR, 'second');
    expect(second.status, second.output).toBe(0);
    const a = hashes(path.join(work, 'first', 'dist'));
    const b = hashes(path.join(work, 'second', 'dist'));
    expect(a.size).toBeGreaterThan(10);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([f]) => f);
    expect(differing).toEqual([]);
  });

  it('fails, naming the folder, when nothing can be read', { timeout: 60_000 }, () => {
    const empty = path.join(work, 'unreadable-corpus');
    mkdirSync(empty, { recursive: true });
    writeFileSync(path.join(empty, 'empty.txt'), '');
    writeFileSync(path.join(empty, 'notes.md'), '# not an article');
    const result = build(empty, 'nothing');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`no article could be read from ${empty}`);
    expect(result.output).toContain('empty.txt: skipped: empty file');
  });

  it('fails when the content folder does not exist', { timeout: 60_000 }, () => {
    const missing = path.join(work, 'no-such-folder');
    const result = build(missing, 'missing');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`the content folder ${missing} cannot be read: no such folder`);
  });

  it('fails in strict mode when a file was skipped or warned about', { timeout: 60_000 }, () => {
    const corpus = path.join(work, 'strict-corpus');
    mkdirSync(corpus, { recursive: true });
    writeFileSync(
      path.join(corpus, 'good.txt'),
      'A good article\n\nIts text is long enough to read as a paragraph of a story.\n',
    );
    writeFileSync(path.join(corpus, 'bad.txt'), new Uint8Array([0x41, 0x20, 0xe9, 0x0a]));
    const strict = build(corpus, 'strict', { CLIPPINGS_STRICT: '1' });
    expect(strict.status).not.toBe(0);
    expect(strict.output).toContain('bad.txt: not valid UTF-8');
    expect(strict.output).toContain('strict mode (CLIPPINGS_STRICT=1): 1 file(s)');
  });
});
