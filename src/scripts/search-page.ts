/**
 * The search page in the browser: reads the search from the address, runs it (debounced) as the
 * reader types, renders the results with DOM methods only (matched words as `<mark>` elements,
 * never HTML from content), keeps the address in step (typing replaces the history entry; a
 * submitted search or a changed filter adds one, so Back undoes it) and handles the keyboard.
 * The index is fetched lazily, on focus or the first keystroke, and cached by the engine.
 */
import type { SearchMeta } from '../search/build.ts';
import type { Highlighted } from '../search/highlight.ts';
import { SearchEngine, type SearchHit, type SearchOutcome } from '../search/engine.ts';
import {
  readSearchState,
  searchStateQuery,
  type SearchState,
  type SearchType,
} from '../search/query.ts';
import { formatDate } from '../site/format.ts';
import { joinBase } from '../site/url.ts';

const DEBOUNCE_MS = 120;
const LIMIT = 30;

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

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderHit(hit: SearchHit, base: string): HTMLLIElement {
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

function describe(outcome: SearchOutcome, q: string): string {
  if (outcome.total === 0) return `No results for “${q}”.`;
  const noun = outcome.total === 1 ? 'result' : 'results';
  if (!outcome.complete) {
    return `More than ${outcome.total} results for “${q}”; showing the best ${outcome.hits.length}.`;
  }
  if (outcome.total > outcome.hits.length) {
    return `${outcome.total} ${noun} for “${q}”; showing the first ${outcome.hits.length}.`;
  }
  return `${outcome.total} ${noun} for “${q}”.`;
}

function setUp(form: HTMLFormElement): void {
  const base = form.dataset['base'] ?? '/';
  const input = form.querySelector<HTMLInputElement>('[data-search-query]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const filters = form.querySelector<HTMLDetailsElement>('[data-search-filters]');
  if (!input || !status || !list) return;
  const field = (name: string): HTMLInputElement | HTMLSelectElement | null => {
    const f = form.elements.namedItem(name);
    return f instanceof HTMLInputElement || f instanceof HTMLSelectElement ? f : null;
  };

  // The index's meta is in the page (`data-search-meta`): a query starts with the vocabulary.
  let meta: SearchMeta | undefined;
  try {
    meta = JSON.parse(form.dataset['searchMeta'] ?? '') as SearchMeta;
  } catch {
    meta = undefined;
  }
  const engine = new SearchEngine(async (path) => {
    const response = await fetch(joinBase(base, `search-index/${path}`));
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response.json();
  }, meta);
  const warm = (): void => void engine.meta().catch(() => undefined);
  input.addEventListener('focus', warm, { once: true });

  const read = (): SearchState => {
    const type = form.querySelector<HTMLInputElement>('input[name="type"]:checked')?.value;
    return {
      q: input.value.trim(),
      type: type === 'articles' || type === 'quotes' ? (type as SearchType) : 'all',
      speaker: field('speaker')?.value ?? '',
      outlet: field('outlet')?.value ?? '',
      from: field('from')?.value ?? '',
      to: field('to')?.value ?? '',
    };
  };

  const fill = (state: SearchState): void => {
    input.value = state.q;
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="type"]')) {
      radio.checked = radio.value === state.type;
    }
    for (const name of ['speaker', 'outlet', 'from', 'to'] as const) {
      const f = field(name);
      if (f) f.value = state[name];
    }
    if (filters && (state.speaker || state.outlet || state.from || state.to)) filters.open = true;
  };

  let run = 0;
  const show = async (state: SearchState): Promise<void> => {
    const mine = ++run;
    if (!state.q) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    list.setAttribute('aria-busy', 'true');
    try {
      const outcome = await engine.search(state, LIMIT);
      if (mine !== run) return;
      list.replaceChildren(...outcome.hits.map((hit) => renderHit(hit, base)));
      status.textContent = describe(outcome, state.q);
    } catch {
      if (mine !== run) return;
      list.replaceChildren();
      status.textContent = 'Search is unavailable: the search index could not be loaded.';
    } finally {
      if (mine === run) list.removeAttribute('aria-busy');
    }
  };

  const address = (state: SearchState): string =>
    `${window.location.pathname}${searchStateQuery(state)}`;
  const commit = (push: boolean): void => {
    clearTimeout(timer);
    const state = read();
    const url = address(state);
    if (url !== `${window.location.pathname}${window.location.search}`) {
      if (push) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    void show(state);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    warm();
    clearTimeout(timer);
    timer = setTimeout(() => commit(false), DEBOUNCE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit(true);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) commit(true);
  });
  window.addEventListener('popstate', () => {
    const state = readSearchState(window.location.search);
    fill(state);
    void show(state);
  });

  const links = (): HTMLAnchorElement[] => [
    ...list.querySelectorAll<HTMLAnchorElement>('a[data-hit-link]'),
  ];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = links()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.value = '';
      commit(false);
    }
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.findIndex((a) => a === document.activeElement);
    if (at < 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
    }
  });
  const initial = readSearchState(window.location.search);
  fill(initial);
  if (initial.q) void show(initial);
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
if (form) setUp(form);
