/**
 * On every page: `/` focuses the search (the search page's own field when there is one), unless
 * the reader is typing in a field. The header box is a combobox (the ARIA 1.2 pattern: the focus
 * stays in the field, `aria-activedescendant` names the option under the arrow keys): the search
 * engine is loaded on first focus or keystroke (its own script chunk, so this one stays small)
 * and the top results are listed as you type. Enter opens the active option, or, with none, the
 * search page with the focus on its results; Esc closes the list, then clears the field.
 */
import type { SearchEngine, SearchHit } from '../search/engine.ts';
import type { SearchState } from '../search/query.ts';
import { joinBase } from '../site/url.ts';

const DEBOUNCE_MS = 120;
/** Options listed: the top results, then "All results". */
const SUGGESTIONS = 5;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  }
  return (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

const box = document.querySelector<HTMLFormElement>('[data-search-box]');
const boxInput = box?.querySelector<HTMLInputElement>('[data-search-box-input]') ?? null;
const boxList = box?.querySelector<HTMLUListElement>('[data-search-box-list]') ?? null;
const pageInput = document.querySelector<HTMLInputElement>('[data-search-query]');

// On the search page its own form is the search: one field, not two.
if (box && pageInput) box.hidden = true;

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  if (isTyping(event.target)) return;
  const input = pageInput ?? boxInput;
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});

/** The text an option shows: a quote's words and speaker, or an article's title. */
function optionText(hit: SearchHit): string {
  if (hit.kind === 'quote')
    return `“${hit.snippet?.text ?? ''}” — ${hit.speaker ?? 'Unattributed'}`;
  return hit.title.text;
}

function combobox(form: HTMLFormElement, input: HTMLInputElement, list: HTMLUListElement): void {
  const base = form.dataset['base'] ?? '/';
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  let engine: Promise<SearchEngine> | undefined;
  const load = (): Promise<SearchEngine> =>
    (engine ??= import('../search/engine.ts').then(
      ({ SearchEngine: Engine }) =>
        new Engine(async (path) => {
          const response = await fetch(joinBase(base, `search-index/${path}`));
          if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
          return response.json();
        }),
    ));
  const warm = (): void =>
    void load()
      .then((e) => e.meta())
      .catch(() => undefined);

  const searchPage = (q: string, hash = ''): string =>
    `${joinBase(base, 'search/')}?${new URLSearchParams({ q }).toString()}${hash}`;
  const options = (): HTMLLIElement[] => [
    ...list.querySelectorAll<HTMLLIElement>('[role="option"]'),
  ];
  let active = -1;
  const setActive = (index: number): void => {
    const all = options();
    active = index < 0 || all.length === 0 ? -1 : Math.min(index, all.length - 1);
    all.forEach((o, i) => o.setAttribute('aria-selected', String(i === active)));
    const current = all[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };
  const open = (): void => {
    if (list.childElementCount === 0) return;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const option = (id: string, text: string, href: string, kind: string): HTMLLIElement => {
    const li = document.createElement('li');
    li.id = id;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.dataset['href'] = href;
    const label = document.createElement('span');
    label.className = 'suggestion-kind';
    label.textContent = kind;
    li.append(label, ' ', text);
    return li;
  };

  let run = 0;
  const suggest = async (): Promise<void> => {
    const mine = ++run;
    const q = input.value.trim();
    if (!q) {
      list.replaceChildren();
      close();
      return;
    }
    try {
      // The state spelt out, not `EMPTY_STATE`: importing query.ts would bring its tokenizer into
      // the script every page loads.
      const state: SearchState = { q, type: 'all', speaker: '', outlet: '', from: '', to: '' };
      const outcome = await (await load()).search(state, SUGGESTIONS);
      if (mine !== run) return;
      const kinds = { article: 'Article', paragraph: 'Article', quote: 'Quote' } as const;
      list.replaceChildren(
        ...outcome.hits.map((hit, i) =>
          option(
            `site-search-option-${i}`,
            optionText(hit),
            joinBase(base, hit.path),
            kinds[hit.kind],
          ),
        ),
        option(
          'site-search-option-all',
          outcome.total === 0
            ? `No results for “${q}”`
            : `All ${outcome.complete ? '' : 'of at least '}${outcome.total.toLocaleString('en-GB')} results for “${q}”`,
          searchPage(q, '#results'),
          'Search',
        ),
      );
      setActive(-1);
      if (document.activeElement === input) open();
    } catch {
      if (mine === run) close();
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('focus', warm, { once: true });
  input.addEventListener('input', () => {
    warm();
    clearTimeout(timer);
    timer = setTimeout(() => void suggest(), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    const count = options().length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      if (list.hidden) {
        open();
        setActive(event.key === 'ArrowDown' ? 0 : count - 1);
      } else {
        // Past the last option (or above the first) the focus is back on the text typed.
        const next = active + (event.key === 'ArrowDown' ? 1 : -1);
        setActive(next >= count ? -1 : next < -1 ? count - 1 : next);
      }
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = list.hidden ? undefined : options()[active];
      const q = input.value.trim();
      if (chosen?.dataset['href']) window.location.assign(chosen.dataset['href']);
      else if (q) window.location.assign(searchPage(q, '#results'));
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        close();
      } else if (input.value) {
        event.preventDefault();
        input.value = '';
        list.replaceChildren();
      }
    }
  });
  input.addEventListener('blur', close);
  // A click on an option follows it; mousedown would blur the field and close the list first.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const li = (event.target as Element | null)?.closest<HTMLLIElement>('[role="option"]');
    if (li?.dataset['href']) window.location.assign(li.dataset['href']);
  });
}

if (box && boxInput && boxList && !pageInput) combobox(box, boxInput, boxList);
