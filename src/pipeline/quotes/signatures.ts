/**
 * Signed quotations: a quote-only paragraph signed by the short paragraph after it (`“I worry that
 * …”` / `Dean Baker, Center for Economic and Policy Research.`), or a quotation signed after a dash
 * on its own line (`“Maybe, we can build a wall around Donald Trump.” ― Steve Quinlan`).
 */
import { NAME_RUN, resolveName, splitName, type Person } from './people.ts';

/** A paragraph that only names someone, after a dash or with an affiliation: `- Bernie Sanders.`, `Josh Bivens, Economic Policy Institute.` */
const SIGNATURE = new RegExp(
  `^\\s*[-—–―]?\\s*(?<name>${NAME_RUN.source})(?:,\\s[^“”"\\n]{1,80})?[.]?["”]?\\s*$`,
  'u',
);

/** A signature after the closing mark, on the quotation's own line: `” ― Sonya Herridge`, `” — Mark Twain.` */
const TRAILING_SIGNATURE = new RegExp(
  `^\\s*[-—–―]+\\s*(?<name>${NAME_RUN.source})(?:,\\s[^“”"\\n]{1,80})?[.]?\\s*$`,
  'u',
);

/**
 * Who signs the quotation closing at `close` in `paragraph`: on its own line, or (when the
 * paragraph is only the quotation) in `next`, the paragraph after it. `at` holds the two
 * paragraphs' offsets in the article's text. A heading in capitals (`TRUMP COUNTER.`) signs
 * nothing, nor does a lone word (`Pause.`) unless after a dash or as someone the article names.
 */
export function signatureOf(
  paragraph: string,
  close: number,
  next: string | undefined,
  people: readonly Person[],
  at: readonly [paragraph: number, next: number],
): { name: string; mention: string; person?: Person } | undefined {
  const after = TRAILING_SIGNATURE.exec(paragraph.slice(close));
  const signature = after ?? (next === undefined ? null : SIGNATURE.exec(next));
  const mention = signature?.groups?.['name'];
  if (!signature || !mention || !/\p{Ll}/u.test(mention)) return undefined;
  const person = resolveName(people, mention, after ? at[0] + close : at[1]);
  if (!person && splitName(mention).name.length < 2 && !/^\s*[-—–―]/.test(signature[0]))
    return undefined;
  const name = person?.name ?? splitName(mention).name.join(' ');
  return { name, mention, ...(person ? { person } : {}) };
}
