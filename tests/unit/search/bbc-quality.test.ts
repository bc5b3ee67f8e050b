/**
 * Known-item search over the BBC corpus (where ../shared/data exists): for 150 articles, a
 * 5-word phrase from the body, the same phrase in quotes, and the title with one letter dropped
 * must find the article in the top 3. Figures when written: 92%, 95% and 100%.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/search/build.ts';
import { SearchEngine } from '../../../src/search/engine.ts';
import { EMPTY_STATE } from '../../../src/search/query.ts';
import { corpusOf, hasSharedData, SHARED_DATA } from '../shared-data/shared-data.ts';
import { memoryLoader } from './helpers.ts';

describe.runIf(hasSharedData)('search quality on the BBC corpus', () => {
  it('finds the article in the top 3 for phrase, quoted-phrase and misspelt-title queries', async () => {
    const corpus = corpusOf(path.join(SHARED_DATA, 'bbc'));
    const engine = new SearchEngine(memoryLoader(buildSearchIndex(corpus.entries)));
    const sample = corpus.entries.filter((_, i) => i % 15 === 0).slice(0, 150);
    const found = { phrase: 0, quoted: 0, typo: 0 };
    let seed = 1;
    const random = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (const e of sample) {
      const para = e.blocks.find((b, i) => i >= 1 && b.text.split(' ').length > 12) ?? e.blocks[0];
      const words = (para?.text ?? '').split(/\s+/);
      const start = Math.floor(words.length / 3);
      const phrase = words.slice(start, start + 5).join(' ');
      const title = e.title.split(' ');
      const k = title.findIndex((w) => w.length >= 5);
      const word = title[k];
      if (word) {
        const at = 1 + Math.floor(random() * (word.length - 2));
        title[k] = word.slice(0, at) + word.slice(at + 1);
      }
      const queries = { phrase, quoted: `"${phrase}"`, typo: title.join(' ') };
      for (const kind of ['phrase', 'quoted', 'typo'] as const) {
        const { hits } = await engine.search({ ...EMPTY_STATE, q: queries[kind] });
        if (hits.slice(0, 3).some((h) => h.articleId === e.id)) found[kind]++;
      }
    }
    expect(found.typo / sample.length).toBeGreaterThanOrEqual(0.97);
    expect(found.quoted / sample.length).toBeGreaterThanOrEqual(0.9);
    expect(found.phrase / sample.length).toBeGreaterThanOrEqual(0.88);
  }, 120_000);
});
