/**
 * Reading a search query: exact phrases in double quotes (straight or curly), the other words,
 * and the search state kept in the address (`?q=…&type=…&speaker=…&outlet=…&from=…&to=…`).
 */
import { isIndexable, tokens } from './text.ts';

/** A query word: folded; `exact` when it came from a quoted phrase (no fuzzy matching). */
export interface QueryTerm {
  token: string;
  exact: boolean;
}

export interface ParsedQuery {
  /** Each quoted phrase as its folded words (stopwords included), two words or more. */
  phrases: string[][];
  /** The words to look up: every indexable word, exact for those inside quotes. */
  terms: QueryTerm[];
  /** All folded words of the query in order, quotes ignored. */
  words: string[];
}

const QUOTED = /["“”„«»]([^"“”„«»]*)(?:["“”„«»]|$)/gu;

/** Splits a query into quoted phrases and loose words; an unclosed quote runs to the end. */
export function parseQuery(query: string): ParsedQuery {
  const phrases: string[][] = [];
  const terms = new Map<string, QueryTerm>();
  const add = (token: string, exact: boolean): void => {
    const known = terms.get(token);
    if (!known || (exact && !known.exact)) terms.set(token, { token, exact });
  };
  const rest = query.replace(QUOTED, (_, inner: string) => {
    const words = tokens(inner);
    if (words.length > 1) phrases.push(words);
    for (const w of words) if (isIndexable(w) || words.length === 1) add(w, true);
    return ' ';
  });
  const loose = tokens(rest);
  const indexable = loose.filter(isIndexable);
  // A query of stopwords only ("to be") still looks for them.
  for (const w of indexable.length > 0 || terms.size > 0 ? indexable : loose) add(w, false);
  return { phrases, terms: [...terms.values()], words: tokens(query) };
}

/** Which records a search covers. */
export type SearchType = 'all' | 'articles' | 'quotes';

/** The state of a search, as kept in the address. */
export interface SearchState {
  q: string;
  type: SearchType;
  /** A speaker's name (quotes only), or ''. */
  speaker: string;
  /** An outlet's name, or ''. */
  outlet: string;
  /** `YYYY-MM-DD` bounds, or ''. */
  from: string;
  to: string;
}

export const EMPTY_STATE: SearchState = {
  q: '',
  type: 'all',
  speaker: '',
  outlet: '',
  from: '',
  to: '',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The search state from an address's query string; anything unknown falls back to the default. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const type = params.get('type');
  const date = (name: string): string => {
    const v = params.get(name) ?? '';
    return DATE.test(v) ? v : '';
  };
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    type: type === 'articles' || type === 'quotes' ? type : 'all',
    speaker: params.get('speaker') ?? '',
    outlet: params.get('outlet') ?? '',
    from: date('from'),
    to: date('to'),
  };
}

/** The query string (`?q=…`, or '' for an empty search) for a state; defaults are left out. */
export function searchStateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.type !== 'all') params.set('type', state.type);
  if (state.speaker) params.set('speaker', state.speaker);
  if (state.outlet) params.set('outlet', state.outlet);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Which page of results an address shows: `page` (1-based) of `per` results. */
export interface ResultsPage {
  page: number;
  per: number;
}

/** Results per page unless the address says otherwise (`per`, 5–100). */
export const RESULTS_PER_PAGE = 20;

/** The results page an address asks for; anything not a number in range falls back to the default. */
export function readResultsPage(search: string): ResultsPage {
  const params = new URLSearchParams(search);
  const number = (name: string, min: number, max: number, fallback: number): number => {
    const v = Number(params.get(name) ?? '');
    return Number.isInteger(v) && v >= min && v <= max ? v : fallback;
  };
  return {
    page: number('page', 1, 1_000_000, 1),
    per: number('per', 5, 100, RESULTS_PER_PAGE),
  };
}

/** The query string of a search state on one results page (page 1 and the default size left out). */
export function resultsPageQuery(state: SearchState, { page, per }: ResultsPage): string {
  const params = new URLSearchParams(searchStateQuery(state));
  if (page > 1) params.set('page', String(page));
  if (per !== RESULTS_PER_PAGE) params.set('per', String(per));
  const s = params.toString();
  return s ? `?${s}` : '';
}
