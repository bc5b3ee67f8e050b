/**
 * The filter of the quotes page as it lives in the address (`?speaker=…&outlet=…`): reading it,
 * writing it, matching quotes against it and saying how many are shown. Pure, for the browser.
 */
import { formatCount } from './format.ts';

/** A speaker slug and an outlet slug; the empty string means all. */
export interface QuoteFilter {
  speaker: string;
  outlet: string;
}

/** The values each filter may take (the options of its select); others are ignored. */
export interface FilterChoices {
  speakers: ReadonlySet<string>;
  outlets: ReadonlySet<string>;
}

/** The filter in an address's query string; unknown values read as "all". */
export function readQuoteFilter(search: string, choices: FilterChoices): QuoteFilter {
  const params = new URLSearchParams(search);
  const speaker = params.get('speaker') ?? '';
  const outlet = params.get('outlet') ?? '';
  return {
    speaker: choices.speakers.has(speaker) ? speaker : '',
    outlet: choices.outlets.has(outlet) ? outlet : '',
  };
}

/**
 * The query string for a filter, other parameters of `search` kept: `?speaker=donald-trump`,
 * or the empty string when nothing is filtered.
 */
export function quoteFilterSearch(filter: QuoteFilter, search = ''): string {
  const params = new URLSearchParams(search);
  for (const key of ['speaker', 'outlet'] as const) {
    if (filter[key]) params.set(key, filter[key]);
    else params.delete(key);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether a quote (its speaker and outlet slugs) passes the filter. */
export function matchesQuoteFilter(item: QuoteFilter, filter: QuoteFilter): boolean {
  return (
    (!filter.speaker || item.speaker === filter.speaker) &&
    (!filter.outlet || item.outlet === filter.outlet)
  );
}

/** `Showing all 14 quotes`, `Showing 3 of 14 quotes`, `Showing 0 of 14 quotes`. */
export function describeShown(shown: number, total: number): string {
  if (total === 0) return 'No quotes';
  if (shown === total) {
    return total === 1 ? 'Showing the only quote' : `Showing all ${formatCount(total, 'quote')}`;
  }
  return `Showing ${shown} of ${formatCount(total, 'quote')}`;
}
