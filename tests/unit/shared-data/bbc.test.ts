import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode } from '../../../src/pipeline/decode.ts';
import { corpusOf, hasSharedData, SHARED_DATA } from './shared-data.ts';

describe.runIf(hasSharedData)('BBC corpus (2,225 articles, title on line 1)', () => {
  it('keeps line 1 as the title and the paragraphs exactly as written for at least 99.5% of files', () => {
    const dir = path.join(SHARED_DATA, 'bbc');
    const corpus = corpusOf(dir);
    const byFile = Map.groupBy(corpus.entries, (e) => e.file);
    const files = corpus.files.filter((f) => f.file.endsWith('.txt'));
    expect(files).toHaveLength(2225);
    let exact = 0;
    for (const f of files) {
      const { text } = decode(new Uint8Array(readFileSync(path.join(dir, f.file))));
      const [first = '', ...rest] = text.split('\n');
      const paragraphs = rest
        .join('\n')
        .split(/\n\s*\n/)
        .map((p) =>
          p
            .split('\n')
            .map((l) => l.trim())
            .join('\n')
            .trim(),
        )
        .filter(Boolean);
      const entries = byFile.get(f.file) ?? [];
      const got = entries.flatMap((e) => e.blocks.map((b) => b.text));
      if (
        entries.length === 1 &&
        entries[0]!.title === first.trim() &&
        JSON.stringify(got) === JSON.stringify(paragraphs)
      )
        exact++;
    }
    expect(exact / files.length).toBeGreaterThanOrEqual(0.995);
    // sport-199.txt holds a raw Latin-1 £: read as Windows-1252, with a warning.
    const sport199 = corpus.files.find((f) => f.file === 'sport-199.txt');
    expect(sport199?.warnings.join(' ')).toMatch(/Windows-1252/);
    expect(
      byFile
        .get('sport-199.txt')![0]!
        .blocks.map((b) => b.text)
        .join(' '),
    ).toContain('£');
  });
});
