/**
 * The search page in the browser: reads the search and the results page from the address, runs
 * it (debounced) as the reader types, renders a page of results (`search-results.ts`), keeps the
 * address in step (typing replaces the history entry; a submitted search, a changed filter, Esc
 * and a page link add one, so Back undoes them) and handles the keyboard.
 * The index is fetched lazily, on focus or the first keystroke, and cached by the engine.
 */
import type { SearchMeta } from '../search/build.ts';
import { SearchEngine } from '../search/engine.ts';
import {
  readResultsPage,
  readSearchState,
  resultsPageQuery,
  type ResultsPage,
  type SearchState,
  type SearchType,
} from '../search/query.ts';
import { joinBase } from '../site/url.ts';
import { describeOutcome, renderHit, renderPager } from './search-results.ts';

const DEBOUNCE_MS = 120;

function setUp(form: HTMLFormElement): void {
  const base = form.dataset['base'] ?? '/';
  const input = form.querySelector<HTMLInputElement>('[data-search-query]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const heading = document.querySelector<HTMLElement>('[data-search-heading]');
  const pager = document.querySelector<HTMLElement>('[data-search-pager]');
  const download = document.querySelector<HTMLElement>('[data-search-download]');
  const filters = form.querySelector<HTMLDetailsElement>('[data-search-filters]');
  if (!input || !status || !list || !heading || !pager || !download) return;
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
  let at: ResultsPage = readResultsPage(window.location.search);
  const address = (state: SearchState, page: ResultsPage): string =>
    `${window.location.pathname}${resultsPageQuery(state, page)}`;
  const show = async (state: SearchState, focus = false): Promise<void> => {
    const mine = ++run;
    heading.hidden = !state.q;
    download.hidden = true;
    if (!state.q) {
      list.replaceChildren();
      pager.replaceChildren();
      pager.hidden = true;
      status.textContent = '';
      return;
    }
    list.setAttribute('aria-busy', 'true');
    try {
      const outcome = await engine.search(state, at.per, (at.page - 1) * at.per);
      if (mine !== run) return;
      list.start = (at.page - 1) * at.per + 1;
      list.replaceChildren(...outcome.hits.map((hit) => renderHit(hit, base)));
      status.textContent = describeOutcome(outcome, state.q, at);
      pager.replaceChildren(...renderPager(outcome, at, (page) => address(state, { ...at, page })));
      pager.hidden = pager.childElementCount === 0;
      download.hidden = outcome.total === 0;
      if (focus) heading.focus();
    } catch {
      if (mine !== run) return;
      list.replaceChildren();
      pager.replaceChildren();
      pager.hidden = true;
      status.textContent = 'Search is unavailable: the search index could not be loaded.';
    } finally {
      if (mine === run) list.removeAttribute('aria-busy');
    }
  };

  /** Puts the form's search in the address (a new entry when `push`), from page 1, and runs it. */
  const commit = (push: boolean): void => {
    clearTimeout(timer);
    const state = read();
    at = { ...at, page: 1 };
    const url = address(state, at);
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
    at = readResultsPage(window.location.search);
    fill(state);
    void show(state);
  });
  // A page link is followed in place: a new history entry, the results heading focused.
  pager.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('[data-search-page]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    at = { ...at, page: Number(link.dataset['searchPage']) || 1 };
    const state = read();
    history.pushState(null, '', address(state, at));
    void show(state, true);
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
      // A new history entry: Back brings the search that was cleared back.
      event.preventDefault();
      input.value = '';
      commit(true);
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
  // Every result of the search shown, as a file made here in the browser (one at a time; the
  // button keeps the focus, so it is marked busy rather than disabled).
  download.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-download]');
    const format = button?.dataset['download'];
    if (!button || (format !== 'csv' && format !== 'jsonl') || download.ariaBusy === 'true') return;
    download.ariaBusy = 'true';
    // The download code is fetched when a reader first asks for a download, not with the page.
    import('./search-download.ts')
      .then(({ downloadResults }) =>
        downloadResults(engine, readSearchState(window.location.search), format, base),
      )
      .catch(() => {
        status.textContent = 'The results could not be downloaded: the search index did not load.';
      })
      .finally(() => {
        download.ariaBusy = null;
      });
  });
  heading.addEventListener('keydown', (event) => {
    const first = links()[0];
    if (event.key === 'ArrowDown' && first) {
      event.preventDefault();
      first.focus();
    }
  });
  const initial = readSearchState(window.location.search);
  fill(initial);
  // From the header box (`#results`): the results heading takes the focus once they are shown.
  if (initial.q) void show(initial, window.location.hash === '#results');
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
if (form) setUp(form);
