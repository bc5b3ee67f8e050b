/**
 * The hostile corpus (`tests/fixtures/hostile/` plus the generated cases of `make-hostile.ts`):
 * every input file is accounted for — in the corpus and in `inspect` output — with its status
 * (ok, warning, skipped) and the reason in plain words; nothing throws; every readable file
 * conserves its characters.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../../src/corpus/read-corpus.ts';
import { decode } from '../../../src/pipeline/decode.ts';
import { normalizeText } from '../../../src/pipeline/normalize.ts';
import {
  HOSTILE_CASES,
  makeHostileCorpus,
  type HostileCorpus,
  type Status,
} from '../../fixtures/make-hostile.ts';
import { missingCharacters } from './conservation.ts';

let hostile: HostileCorpus;
let corpus: Awaited<ReturnType<typeof readCorpus>>;

beforeAll(async () => {
  hostile = makeHostileCorpus();
  corpus = await readCorpus(hostile.root, { cache: false });
});

afterAll(() => hostile?.cleanup());

/** The expected status of a case, allowing for a root user who can read `chmod 000` files. */
function expected(file: string, status: Status, reason?: RegExp): [Status, RegExp | undefined] {
  if (file === 'generated/unreadable.txt' && hostile.unreadableIsReadable) return ['ok', undefined];
  return [status, reason];
}

describe(`the hostile corpus (${HOSTILE_CASES.length} cases)`, () => {
  it('lists every input file exactly once, and nothing else', () => {
    expect(corpus.files.map((f) => f.file).sort()).toEqual(HOSTILE_CASES.map(([f]) => f).sort());
  });

  it.each(HOSTILE_CASES)('%s: %s', (file, status, reason) => {
    const [want, why] = expected(file, status, reason);
    const report = corpus.files.find((f) => f.file === file)!;
    expect(report.status).toBe(want);
    if (want === 'skipped') {
      expect(report.reason).toMatch(why!);
      expect(report.entries).toEqual([]);
    } else {
      expect(report.entries.length).toBeGreaterThan(0);
      if (want === 'warning') expect(report.warnings.join(' | ')).toMatch(why!);
      else expect(report.warnings).toEqual([]);
    }
  });

  it('reads an unreadable file only when running as root (chmod 000 does not stop root)', () => {
    const report = corpus.files.find((f) => f.file === 'generated/unreadable.txt')!;
    if (hostile.unreadableIsReadable) {
      // Running as root: the file was readable after all, so it is read like any other.
      expect(report.status).toBe('ok');
    } else {
      expect(report).toMatchObject({ status: 'skipped', reason: 'cannot be read (EACCES)' });
    }
  });

  it('conserves every character of every readable file', () => {
    const byFile = Map.groupBy(corpus.entries, (e) => e.file);
    for (const input of corpus.inputs) {
      const entries = byFile.get(input.rel);
      if (!entries) continue;
      const text = normalizeText(decode(input.bytes).text).text;
      expect(missingCharacters(text, entries), input.rel).toEqual([]);
    }
  });

  it('keeps hostile text as the characters it is', () => {
    const entry = corpus.entries.find((e) => e.id === 'markup/html-and-script')!;
    expect(entry.title).toBe(
      'HTML tags in a news story: <script>window.__pwned = 1; alert(1)</script>',
    );
    expect(entry.blocks.map((b) => b.text).join('\n')).toContain(
      '<img src=x onerror="window.__pwned=1;alert(1)">',
    );
    const md = corpus.entries.find((e) => e.id === 'markup/markdown-looking')!;
    expect(md.title).toBe('# This is not a heading');
    // A `javascript:` address in front matter is refused, with the field named.
    const wrong = corpus.entries.find((e) => e.id === 'front-matter/wrong-types')!;
    expect(wrong.sourceUrl).toBeNull();
  });

  it('decodes UTF-16 (both byte orders), CR and CRLF line ends and invalid UTF-8', () => {
    const byId = new Map(corpus.entries.map((e) => [e.id, e]));
    expect(byId.get('encodings/utf16le-bom')?.encoding).toBe('utf-16le');
    expect(byId.get('encodings/utf16be-bom')?.encoding).toBe('utf-16be');
    expect(byId.get('encodings/utf16be-bom')?.blocks[0]?.text).toContain('café in Zürich');
    expect(byId.get('encodings/invalid-utf8')?.blocks[0]?.text).toContain('café in Montréal');
    for (const id of ['line-ends/crlf', 'line-ends/cr-only']) {
      const e = byId.get(id)!;
      // Three lines each: a title (when recognised as one) and paragraphs.
      expect(e.blocks.length + (e.titleSource === 'text' ? 1 : 0), id).toBe(3);
      expect(
        e.blocks.some((b) => /\r/.test(b.text)),
        id,
      ).toBe(false);
    }
  });

  it('gives the two identical files two entries', () => {
    const ids = corpus.entries.filter((e) => e.file.startsWith('duplicates/')).map((e) => e.id);
    expect(ids).toEqual(['duplicates/copy-one', 'duplicates/copy-two']);
  });

  it('prints every input file from inspect, with its status and reason', () => {
    const out = execFileSync(
      process.execPath,
      [path.resolve(import.meta.dirname, '../../../src/cli/inspect.ts'), hostile.root],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 },
    );
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; status: Status; reason?: string });
    const shown = new Map<string, Status>();
    for (const l of lines) shown.set(path.relative(hostile.root, l.file), l.status);
    for (const [file, status, reason] of HOSTILE_CASES) {
      const [want, why] = expected(file, status, reason);
      expect(shown.get(file), file).toBe(want);
      if (want === 'skipped')
        expect(lines.find((l) => path.relative(hostile.root, l.file) === file)?.reason).toMatch(
          why!,
        );
    }
  });
});
