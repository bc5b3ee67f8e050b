/**
 * The old quotes-page filter addresses (`/quotes/?speaker=<slug>`) now that `/quotes/` is cut into
 * pages: filtering by speaker is going to the speaker's page, so an old address is sent there.
 * Pure, for the browser.
 */
import { UNATTRIBUTED } from './quotes.ts';
import { speakerPath } from './url.ts';

/** A speaker slug as `speakerSlugs` makes them: letters, digits, `-` and `_` only. */
const SLUG = /^[\p{L}\p{N}_-]+$/u;

/**
 * The speaker page (path without the base) an old filter address stands for, or null when it
 * names no speaker (no `speaker`, the unattributed quotes, or a value that is not a slug).
 */
export function speakerFilterTarget(search: string): string | null {
  const speaker = new URLSearchParams(search).get('speaker') ?? '';
  return SLUG.test(speaker) && speaker !== UNATTRIBUTED ? speakerPath(speaker) : null;
}

/** `Quotes 101–200 of 2,410` (a page of the list), or `2,410 quotes` when the list is one page. */
export function describeQuoteRange(start: number, end: number, total: number): string {
  if (start === 0 && end >= total - 1) return formatTotal(total);
  return `Quotes ${(start + 1).toLocaleString('en')}–${(end + 1).toLocaleString('en')} of ${total.toLocaleString('en')}`;
}

function formatTotal(total: number): string {
  return total === 1 ? 'The only quote' : `All ${total.toLocaleString('en')} quotes`;
}
