import { describe, expect, it } from 'vitest';
import { recordText, type SearchIndex } from '../../../src/search/build.ts';
import { countResults } from '../../../src/search/count.ts';
import { tokens } from '../../../src/search/text.ts';
import { seedIndex } from './helpers.ts';

/** The ids of the records holding `word`, and the articles and quotes they make, read from text. */
function holding(ix: SearchIndex, word: string) {
  const ids: number[] = [];
  const articles = new Set<string>();
  let quotes = 0;
  const records = ix.chunks.flat();
  records.forEach((r, id) => {
    if (!tokens(recordText(r)).includes(word)) return;
    ids.push(id);
    if (r.t === 'q') quotes++;
    else articles.add(r.t === 'a' ? r.id : (records[r.a] as { id: string }).id);
  });
  return { ids, articles: articles.size, quotes };
}

describe('counting results from record ids', () => {
  it.each(['putin', 'witkoff', 'tango', 'donbas', 'kremlin'])(
    'counts the articles and quotes holding %j as their records say',
    (word) => {
      const ix = seedIndex();
      const truth = holding(ix, word);
      expect(truth.ids.length).toBeGreaterThan(0);
      expect(countResults(truth.ids, ix.meta.ranges, ix.owners)).toEqual({
        articles: truth.articles,
        quotes: truth.quotes,
      });
    },
  );

  it('gives each paragraph to its own article, the first and the last of the range too', () => {
    const ix = seedIndex();
    const { p } = ix.meta.ranges;
    const first = countResults([p[0], p[1] - 1], ix.meta.ranges, ix.owners);
    expect(first).toEqual({ articles: ix.meta.articles > 1 ? 2 : 1, quotes: 0 });
    const one = countResults([p[0], p[0] + 1, 0], ix.meta.ranges, ix.owners);
    expect(one.articles).toBe(1);
  });
});
