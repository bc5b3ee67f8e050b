/**
 * Rendering a page of search results with DOM methods only (matched words as `<mark>` elements,
 * never HTML from content): the results, the count said in words, and the links to other pages.
 */
import type { SearchHit, SearchOutcome } from '../search/engine.ts';
import type { Highlighted } from '../search/highlight.ts';
import type { ResultsPage } from '../search/query.ts';
import { formatDate } from '../site/format.ts';
import { joinBase } from '../site/url.ts';

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function appendHighlighted(parent: HTMLElement, h: Highlighted): void {
  if (h.before) parent.append('… ');
  let at = 0;
  for (const [start, end] of h.ranges) {
    if (start > at) parent.append(h.text.slice(at, start));
    const mark = document.createElement('mark');
    mark.textContent = h.text.slice(start, end);
    parent.append(mark);
    at = end;
  }
  if (at < h.text.length) parent.append(h.text.slice(at));
  if (h.after) parent.append(' …');
}

export function renderHit(hit: SearchHit, base: string): HTMLLIElement {
  const li = el('li', `search-hit search-hit-${hit.kind}`);
  const kind = { article: 'Article', paragraph: 'Paragraph', quote: 'Quote' }[hit.kind];
  li.append(el('p', 'hit-kind', kind));
  const heading = el('h3', 'hit-title');
  const link = el('a');
  link.href = joinBase(base, hit.path);
  link.dataset['hitLink'] = '';
  if (hit.kind === 'quote' && hit.snippet) {
    link.append('“');
    appendHighlighted(link, hit.snippet);
    link.append('”');
  } else {
    appendHighlighted(link, hit.title);
  }
  heading.append(link);
  li.append(heading);
  if (hit.kind !== 'quote' && hit.snippet) {
    const p = el('p', 'hit-snippet');
    appendHighlighted(p, hit.snippet);
    li.append(p);
  }
  const meta = el('p', 'hit-meta');
  const parts: Node[] = [];
  if (hit.kind === 'quote') parts.push(el('span', 'hit-speaker', hit.speaker ?? 'Unattributed'));
  if (hit.outlet) parts.push(el('span', 'hit-outlet', hit.outlet));
  if (hit.date) {
    const time = el('time', undefined, formatDate(hit.date));
    time.dateTime = hit.date;
    parts.push(time);
  }
  if (hit.kind === 'quote') {
    const cite = el('cite');
    appendHighlighted(cite, hit.title);
    const span = el('span', 'hit-source');
    span.append('in ', cite);
    parts.push(span);
  }
  parts.forEach((part, i) => {
    if (i > 0) meta.append(' · ');
    meta.append(part);
  });
  li.append(meta);
  return li;
}

const number = (n: number): string => n.toLocaleString('en-GB');

/**
 * The count in words: exact when the engine knows it, "at least" when it does not (a filter or a
 * phrase left candidates unchecked, or a word in too many records to list them all).
 */
export function describeOutcome(outcome: SearchOutcome, q: string, at: ResultsPage): string {
  if (outcome.total === 0 && outcome.complete) return `No results for “${q}”.`;
  const first = (at.page - 1) * at.per + 1;
  const last = first + outcome.hits.length - 1;
  const noun = outcome.total === 1 && outcome.complete ? 'result' : 'results';
  const count = outcome.complete
    ? `${number(outcome.total)} ${noun}`
    : `At least ${number(Math.max(outcome.total, last))} results`;
  if (outcome.hits.length === 0) return `${count} for “${q}”; page ${number(at.page)} has none.`;
  if (first === 1 && outcome.complete && last === outcome.total) return `${count} for “${q}”.`;
  return `${count} for “${q}”; showing ${number(first)}–${number(last)}.`;
}

/** How many pages the results fill, or null when the count is only a lower bound. */
export function pageCount(outcome: SearchOutcome, per: number): number | null {
  return outcome.complete ? Math.max(1, Math.ceil(outcome.total / per)) : null;
}

/**
 * Links to the previous and next pages (`href` from `address`), and which page this is: plain
 * links, so they open in a new tab and work as addresses; the page script follows them in place.
 */
export function renderPager(
  outcome: SearchOutcome,
  at: ResultsPage,
  address: (page: number) => string,
): HTMLElement[] {
  const pages = pageCount(outcome, at.per);
  const more = pages === null ? outcome.hits.length === at.per : at.page < pages;
  if (at.page === 1 && !more) return [];
  const link = (page: number, text: string, rel: string): HTMLAnchorElement => {
    const a = el('a', 'pager-link', text);
    a.href = address(page);
    a.rel = rel;
    a.dataset['searchPage'] = String(page);
    return a;
  };
  const items: HTMLElement[] = [];
  if (at.page > 1) items.push(link(at.page - 1, 'Previous page', 'prev'));
  items.push(
    el(
      'span',
      'pager-at',
      pages === null ? `Page ${number(at.page)}` : `Page ${number(at.page)} of ${number(pages)}`,
    ),
  );
  if (more) items.push(link(at.page + 1, 'Next page', 'next'));
  return items;
}
