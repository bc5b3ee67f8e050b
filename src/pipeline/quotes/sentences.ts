/**
 * Sentence bounds in an article's text (quotations masked): the sentence around a quotation, the
 * start of the sentence before a given one, and where a sentence's main clause starts.
 */

/** How far back (in characters) to look for the start of the previous sentence. */
const PREVIOUS_SENTENCE_WINDOW = 600;

/** A sentence ends at . ! ? (after any closing mark) before a capital or an opening mark. */
export const SENTENCE_END =
  /(?<!\b(?:Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Dr|Mr|Mrs|Ms|St|Jr|Sr|Prof|Rev|Sec|Atty|Supt|Det|Cmdr|No|Mt|Ft|vs|Inc|Co|Corp|\p{Lu}))[.!?]["”’)]?\s+(?=["“‘(«]|[\p{Lu}\d])/gu;

/**
 * Where the sentence before the one starting at `start` begins: in the same paragraph, or (with
 * `acrossParagraphs`) the last sentence of the paragraph before when `start` opens a paragraph.
 */
export function previousSentenceStart(
  text: string,
  start: number,
  acrossParagraphs = false,
): number {
  // Look back a bounded window: sentences are rarely longer, and this stays linear.
  const from = Math.max(0, start - PREVIOUS_SENTENCE_WINDOW);
  let begin = from;
  for (const m of text.slice(from, Math.max(from, start - 1)).matchAll(SENTENCE_END))
    begin = from + m.index + m[0].length;
  // A paragraph break right before `start` (offset start - 2) is skipped when crossing paragraphs.
  const paragraph = text.lastIndexOf('\n\n', start - (acrossParagraphs ? 3 : 2));
  return Math.max(begin, paragraph >= 0 ? paragraph + 2 : 0);
}

/**
 * The sentences before the one starting at `start`, closest first, across paragraphs: at most
 * `reach` of them, and none beginning before `windowStart`. Each as [begin, end).
 */
export function* sentencesBefore(
  text: string,
  start: number,
  windowStart: number,
  reach: number,
): Generator<[begin: number, end: number]> {
  let end = start;
  for (let i = 0; i < reach; i++) {
    const begin = previousSentenceStart(text, end, true);
    if (begin >= end || begin < windowStart) return;
    yield [begin, end];
    end = begin;
  }
}

/** The sentence holding [open, close) in masked text: [start, end). */
export function sentenceAround(text: string, open: number, close: number): [number, number] {
  const ends = sentenceEnds(text);
  // Binary search: the last sentence end at or before `open` (ends are [index, cut] pairs).
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]![1] <= open) lo = mid + 1;
    else hi = mid;
  }
  const start = lo > 0 ? ends[lo - 1]![1] : 0;
  for (let i = lo; i < ends.length; i++) {
    const [index, cut] = ends[i]!;
    // A sentence end inside the closing marks ends the sentence at the marks.
    if (cut > close) return [start, Math.max(index + 1, close)];
  }
  return [start, text.length];
}

const endsCache = new Map<string, Array<[number, number]>>();

/** Sentence ends of a paragraph, as [offset of the mark, offset after the spaces]; memoised per text. */
function sentenceEnds(text: string): Array<[number, number]> {
  let ends = endsCache.get(text);
  if (!ends) {
    ends = [...text.matchAll(SENTENCE_END)].map(
      (m) => [m.index, m.index + m[0].length] as [number, number],
    );
    if (endsCache.size > 64) endsCache.clear();
    endsCache.set(text, ends);
  }
  return ends;
}

/**
 * A subordinate or participial clause opening a sentence (`When told Perez was in Obama's Cabinet
 * …, `, `Filling in for Sanders at the same event where Clinton … appeared Sunday, `): the people
 * it names are not the subject of the sentence.
 */
const SUBORDINATE_OPENER =
  /^\s*(?:\p{Lu}\p{Ll}+(?:ing|ed)\s+(?=\p{Ll})|(?:After|Before|While|When|Whenever|Since|Although|Though|Because|If|Once|Until|Unless|Despite|During|Following|Amid|In response to|In reply to|In reaction to)\s)[^“”";]{0,200}?,\s+(?=\p{Lu}|[Hh]e\b|[Ss]he\b)/u;

/** Where the main clause starts, after a subordinate opener (0 when there is none). */
export function openerEnd(clause: string): number {
  return (
    PRONOUN_AFTER_OPENER.exec(clause)?.[0].length ??
    SUBORDINATE_OPENER.exec(clause)?.[0].length ??
    0
  );
}

/**
 * `When Robby Mook, Clinton’s campaign manager was asked …, he laughed and said`: a pronoun
 * subject after a subordinate clause, past the commas inside the clause.
 */
const PRONOUN_AFTER_OPENER =
  /^\s*(?:After|Before|While|When|Whenever|Since|Although|Though|Because|If|Once|Until|Unless|As)\s[^“”";]{0,200},\s+(?=(?:he|she)\s+\p{Ll})/u;
