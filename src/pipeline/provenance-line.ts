/**
 * A line about the copy, not the article: where and when it was clipped, saved, shared or
 * forwarded (`Clipped from: https://…`, `Clipped by KatieInKC • Jun 27, 2023`, `[03/10/2016,
 * 13:06:00] Ellis Webb: Forwarded`, `Joanna Park  8:07 AM`, `Breitbart from Los Angeles, Calif. •
 * Page B7`). Read by form: a headline holds no web address, no time of day on a clock, no page of
 * a printed paper, and no date of an act done to the copy (`date-act.ts`).
 */
import { copyAct } from './date-act.ts';
import { findDate } from './dates.ts';

const WEB_ADDRESS = /\bhttps?:\/\/\S|\bwww\.[\p{L}\p{N}-]+\.\p{L}/u;
/** A time on a clock: `8:07 AM`, `18:10:29`, `9:30pm`. */
const CLOCK = /(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?(?![\d:])/iu;
/** A page of a printed paper, as a segment: `Page B7`, `Page: 6`. */
export const PRINT_PAGE = /(?:^|[•·|]\s*)Page:?\s+[A-Z]?\d+[A-Z]?\s*(?:$|[•·|])/u;

/**
 * A chat log's message: a date and a clock time in brackets, then the sender and a colon
 * (`[03/10/2016, 13:06:00] Ellis Webb: …`).
 */
const CHAT_STAMP =
  /^\[[\d/.,\s-]*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?\]\s*[^:\s][^:]{0,40}:\s/iu;

/**
 * True when every line of `text` is a message of a chat log, each opened by its time stamp
 * (`[03/10/2016, 13:06:46] Ellis Webb: fyi for the morning meeting`): the copy was passed on.
 */
export function isChatMessage(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length > 0 && lines.every((l) => CHAT_STAMP.test(l.trim()));
}

/** Why `line` is about the copy rather than the article, or undefined. */
export function provenance(line: string): string | undefined {
  const text = line.trim();
  if (WEB_ADDRESS.test(text)) return 'a web address (where the copy came from)';
  if (CLOCK.test(text)) return 'a time of day (when the copy was sent or saved)';
  if (PRINT_PAGE.test(text)) return 'a page of the printed paper';
  const date = findDate(text);
  const act = date && copyAct(text.slice(0, date.index));
  if (act) return `the date the copy was ${act}`;
  return undefined;
}
