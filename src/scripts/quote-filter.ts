/**
 * The quotes page's filter, in the browser: shows the filter form (hidden without JavaScript),
 * hides the quotes that do not match the selects, keeps the filter in the address (a new history
 * entry per change, so that Back undoes it) and says how many quotes are shown. No markup is
 * built from content: quotes are only shown or hidden.
 */
import {
  describeShown,
  matchesQuoteFilter,
  quoteFilterSearch,
  readQuoteFilter,
  type QuoteFilter,
} from '../site/quote-filter.ts';

function optionValues(select: HTMLSelectElement): Set<string> {
  return new Set([...select.options].map((o) => o.value));
}

function setUp(form: HTMLFormElement): void {
  const speakerSelect = form.elements.namedItem('speaker');
  const outletSelect = form.elements.namedItem('outlet');
  const reset = form.querySelector<HTMLButtonElement>('[data-filter-reset]');
  const count = document.querySelector<HTMLElement>('[data-quote-count]');
  const empty = document.querySelector<HTMLElement>('[data-quote-empty]');
  const items = [...document.querySelectorAll<HTMLElement>('[data-quote-item]')];
  if (!(speakerSelect instanceof HTMLSelectElement) || !(outletSelect instanceof HTMLSelectElement))
    return;
  const choices = { speakers: optionValues(speakerSelect), outlets: optionValues(outletSelect) };

  const current = (): QuoteFilter => ({ speaker: speakerSelect.value, outlet: outletSelect.value });

  const apply = (filter: QuoteFilter): void => {
    speakerSelect.value = filter.speaker;
    outletSelect.value = filter.outlet;
    let shown = 0;
    for (const item of items) {
      const match = matchesQuoteFilter(
        { speaker: item.dataset['speaker'] ?? '', outlet: item.dataset['outlet'] ?? '' },
        filter,
      );
      item.hidden = !match;
      if (match) shown++;
    }
    if (count) count.textContent = describeShown(shown, items.length);
    if (empty) empty.hidden = shown > 0;
    if (reset) reset.hidden = !filter.speaker && !filter.outlet;
  };

  const fromAddress = (): void => apply(readQuoteFilter(window.location.search, choices));

  const change = (filter: QuoteFilter): void => {
    apply(filter);
    const search = quoteFilterSearch(filter, window.location.search);
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    history.pushState(null, '', url);
  };

  form.addEventListener('change', () => change(current()));
  form.addEventListener('submit', (event) => event.preventDefault());
  reset?.addEventListener('click', () => {
    change({ speaker: '', outlet: '' });
    speakerSelect.focus();
  });
  window.addEventListener('popstate', fromAddress);

  form.hidden = false;
  fromAddress();
}

const form = document.querySelector<HTMLFormElement>('[data-quote-filter]');
if (form) setUp(form);
