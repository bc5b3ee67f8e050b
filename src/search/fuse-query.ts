/** Fuse.js as the search uses it: the documents it scores, their weighted fields, the query. */
import type { IFuseOptions } from 'fuse.js';
import type { ParsedQuery } from './query.ts';

export interface FuseDoc {
  id: number;
  title: string;
  quote: string;
  dek: string;
  text: string;
  speaker: string;
}

export const FUSE_OPTIONS: IFuseOptions<FuseDoc> = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'quote', weight: 3 },
    { name: 'speaker', weight: 1.5 },
    { name: 'dek', weight: 1.5 },
    { name: 'text', weight: 1 },
  ],
  includeScore: true,
  ignoreLocation: true,
  useExtendedSearch: true,
  threshold: 0.4,
  // The documents and the query are folded already (no accents): no diacritics to strip.
};

/** The Fuse extended-search query: phrases as include-matches, the other words fuzzy, OR-ed. */
export function fuseQuery(query: ParsedQuery): string {
  const phraseWords = new Set(query.phrases.flat());
  const parts = [
    ...query.phrases.map((p) => `'"${p.join(' ')}"`),
    ...query.terms
      .filter((t) => !phraseWords.has(t.token))
      .map((t) => (t.exact ? `'${t.token}` : t.token)),
  ];
  // Space is AND in extended search; records missing a word are still ranked, below, by the
  // candidate prior, so OR keeps Fuse's scores for partial matches too.
  return parts.join(' | ');
}
