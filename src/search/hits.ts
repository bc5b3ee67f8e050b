/** A ranked record as the search shows it, and the filters a record must pass. */
import type { HeadRecord, SearchRecord } from './build.ts';
import { highlightRanges, snippet, type Highlighted } from './highlight.ts';
import type { SearchState } from './query.ts';

export interface SearchHit {
  kind: 'article' | 'paragraph' | 'quote';
  /** Site path without the base: `/articles/<id>/#p3`, `/quotes/<id>/`, `/articles/<id>/`. */
  path: string;
  articleId: string;
  /** The article's title, highlighted. */
  title: Highlighted;
  /** The quote's words (quotes), or the matched paragraph or dek (articles). */
  snippet: Highlighted | null;
  speaker: string | null;
  outlet: string | null;
  date: string | null;
  score: number;
  /** The quote's id (quotes). */
  quoteId: string | null;
  /** The whole text matched, unshortened: the quote, the paragraph, or the dek (or null). */
  text: string | null;
}

export function passesFilters(
  row: { record: SearchRecord; head: HeadRecord },
  state: SearchState,
): boolean {
  if (state.speaker && (row.record.t !== 'q' || row.record.s !== state.speaker)) return false;
  if (state.outlet && row.head.outlet !== state.outlet) return false;
  if (state.from && (!row.head.date || row.head.date < state.from)) return false;
  if (state.to && (!row.head.date || row.head.date > state.to)) return false;
  return true;
}

export function toHit(
  record: SearchRecord,
  head: HeadRecord,
  score: number,
  words: ReadonlySet<string>,
  phrases: readonly string[][],
): SearchHit {
  const mark = (text: string, width?: number): Highlighted =>
    snippet(text, highlightRanges(text, words, phrases), width);
  const base = {
    articleId: head.id,
    title: mark(head.title, 400),
    outlet: head.outlet,
    date: head.date,
    score,
  };
  if (record.t === 'q') {
    return {
      ...base,
      kind: 'quote',
      path: `/quotes/${record.id}/`,
      snippet: mark(record.x, 400),
      speaker: record.s,
      quoteId: record.id,
      text: record.x,
    };
  }
  if (record.t === 'p') {
    return {
      ...base,
      kind: 'paragraph',
      path: `/articles/${head.id}/#${record.b}`,
      snippet: mark(record.x),
      speaker: null,
      quoteId: null,
      text: record.x,
    };
  }
  return {
    ...base,
    kind: 'article',
    path: `/articles/${head.id}/`,
    snippet: head.dek ? mark(head.dek) : null,
    speaker: null,
    quoteId: null,
    text: head.dek,
  };
}
