/**
 * Speakers whose names differ only in case are one (`src/site/speaker-case.ts`), through
 * `allQuotes` to the speaker list, on real BBC articles where the corpus stage gave the two forms
 * two speakers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/corpus/build-corpus.ts';
import { speakerForms, speakerKey } from '../../../src/site/speaker-case.ts';
import { allQuotes, speakerSlugs, speakersIndex } from '../../../src/site/quotes.ts';
import { hasSharedData, SHARED_DATA } from '../shared-data/shared-data.ts';

const q = (speaker: string | null, speakerId: string | null = null) => ({ speaker, speakerId });

describe('speakerForms', () => {
  it.each([
    // [forms with their number of quotes, the form shown]
    [{ 'A BBC spokesman': 1, 'a BBC spokesman': 1 }, 'a BBC spokesman'],
    [{ 'A BBC spokesman': 3, 'a BBC spokesman': 1 }, 'A BBC spokesman'],
    [
      { 'The Prime Minister': 2, 'the Prime Minister': 2, 'THE PRIME MINISTER': 2 },
      'the Prime Minister',
    ],
    [{ 'Tony Blair': 1, 'TONY BLAIR': 1 }, 'Tony Blair'],
  ])('folds %o into %s', (counts, shown) => {
    const quotes = Object.entries(counts).flatMap(([name, n]) =>
      Array.from({ length: n }, () => q(name, `id-of-${name}`)),
    );
    const forms = speakerForms(quotes);
    for (const name of Object.keys(counts)) {
      expect(forms.get(name)).toEqual({ speaker: shown, speakerId: `id-of-${shown}` });
    }
  });

  it('keeps names that differ in more than case apart, and skips unattributed quotes', () => {
    const forms = speakerForms([q('a BBC spokesman'), q('a BBC spokeswoman'), q(null)]);
    expect([...forms.keys()]).toEqual(['a BBC spokesman', 'a BBC spokeswoman']);
    expect(speakerKey('A BBC Spokesman')).toBe(speakerKey('a bbc spokesman'));
  });
});

describe.skipIf(!hasSharedData)('allQuotes on BBC articles quoting a BBC spokesman', () => {
  // politics-157: `A BBC spokesman said: "He took his seat …"`; entertainment-031: `"We are very
  // pleased with the figures," a BBC spokesman said.`
  const files = ['politics-157.txt', 'entertainment-031.txt'];
  const corpus = () =>
    buildCorpus(
      files.map((rel) => ({
        rel,
        bytes: new Uint8Array(readFileSync(path.join(SHARED_DATA, 'bbc', rel))),
      })),
    );

  it('the corpus stage gives the two forms two speakers; the site shows one', () => {
    const entries = corpus().entries;
    const raw = new Set(entries.flatMap((e) => e.quotes.map((x) => x.speaker)));
    expect(raw).toContain('A BBC spokesman');
    expect(raw).toContain('a BBC spokesman');

    const records = allQuotes(entries);
    const spokesmen = speakersIndex(records, speakerSlugs(records)).filter(
      (s) => speakerKey(s.name) === 'a bbc spokesman',
    );
    expect(spokesmen).toHaveLength(1);
    expect(spokesmen[0]!.articles).toBe(2);
    // Every quote of the speaker links to the one page.
    const ids = new Set(
      records
        .filter((r) => speakerKey(r.quote.speaker ?? '') === 'a bbc spokesman')
        .map((r) => r.quote.speakerId),
    );
    expect([...ids]).toEqual([spokesmen[0]!.slug]);
  });
});
