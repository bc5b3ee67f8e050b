/**
 * The sentence of a quote as the passes read it, from verbatim paragraphs: the first quotation of
 * the last paragraph, quotations masked, the article's people collected as the pipeline does.
 */
import { quoteSentence } from '../../../../src/pipeline/quotes/attribute.ts';
import { findQuotes } from '../../../../src/pipeline/quotes/find-quotes.ts';
import { collectPeople, mostRecent } from '../../../../src/pipeline/quotes/people.ts';
import type { QuoteSentence } from '../../../../src/pipeline/quotes/passes/sentence.ts';
import { sentenceAround } from '../../../../src/pipeline/quotes/sentences.ts';

/** The words inside each quotation blanked, the marks kept (as `extract-quotes.ts` masks them). */
function mask(text: string, spans: ReturnType<typeof findQuotes>): string {
  const chars = text.split('');
  for (const s of spans) {
    for (let i = s.open + 1; i < Math.min(s.close, chars.length); i++)
      chars[i] = /[“”"«»]/.test(chars[i]!) ? chars[i]! : ' ';
    // A sentence end inside the marks stays: `“… a difficult task.” He reiterated` is two sentences.
    if (/[.!?]/.test(text[s.end - 1] ?? '')) chars[s.end - 1] = text[s.end - 1]!;
  }
  return chars.join('');
}

/** The first quotation's sentence in the last of `paragraphs`; a pronoun is the last person named. */
export function sentenceOf(...paragraphs: string[]): QuoteSentence {
  const spans = findQuotes(paragraphs);
  const last = paragraphs.length - 1;
  const masked = paragraphs.map((p, i) =>
    mask(
      p,
      spans.filter((s) => s.block === i),
    ),
  );
  const span = spans.find((s) => s.block === last);
  if (!span) throw new Error('no quotation in the last paragraph');
  const text = masked[last]!;
  const joined = masked.join('\n\n');
  const offset = joined.length - text.length;
  const [from, to] = sentenceAround(text, span.open, span.close);
  const people = collectPeople(joined);
  return quoteSentence(
    text.slice(from, span.open),
    text.slice(span.close, to),
    {
      preStart: offset + from,
      postStart: offset + span.close,
      following: text.slice(to, to + 160),
      asks: /[?!]$/.test(span.text),
      text: joined,
      windowStart: 0,
    },
    people,
    (at) => mostRecent(people, at),
  );
}
