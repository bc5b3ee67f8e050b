/**
 * Articles in the British style put quotations in single marks (`‘There is no version of this
 * story …,’ she said.`) and nest double ones inside. Quotations are found in double marks, so an
 * article whose opening marks are mostly single is read through a view of its text with the two
 * swapped: each single pair becomes a double pair and the double marks inside it single ones. The
 * view keeps every offset (one character for one), so the spans found in it hold in the text.
 */

/** An opening mark: at the start, or after a space, a bracket or a dash. */
const OPENS_SINGLE = /(?<=^|[\s([—–-])‘/gu;
const OPENS_DOUBLE = /(?<=^|[\s([—–-])[“"]/gu;
/** A closing single mark: not inside a word (`ship’s`), followed by a space, a stop or the end. */
const CLOSES_SINGLE = /’(?=$|[\s.,;:!?)\]—–-])/u;

/** How many quotations the article opens in single marks, and how many in double ones. */
function opening(texts: readonly string[]): { single: number; double: number } {
  let single = 0;
  let double = 0;
  for (const t of texts) {
    single += t.match(OPENS_SINGLE)?.length ?? 0;
    double += t.match(OPENS_DOUBLE)?.length ?? 0;
  }
  return { single, double };
}

/** One paragraph with its single quotation marks made double and the double inside made single. */
function swapped(text: string): string {
  const out = text.split('');
  for (const m of text.matchAll(OPENS_SINGLE)) {
    const close = CLOSES_SINGLE.exec(text.slice(m.index + 1));
    if (!close) continue;
    const end = m.index + 1 + close.index;
    if (out[m.index] !== '‘') continue;
    out[m.index] = '“';
    out[end] = '”';
    for (let i = m.index + 1; i < end; i++) {
      if (out[i] === '“') out[i] = '‘';
      else if (out[i] === '”') out[i] = '’';
    }
  }
  return out.join('');
}

/**
 * The article's paragraphs as the quotation finder should read them: unchanged, unless the
 * article opens at least two quotations in single marks and more of them than in double marks.
 */
export function doubleMarked(texts: readonly string[]): readonly string[] {
  const { single, double } = opening(texts);
  return single >= 2 && single > double ? texts.map(swapped) : texts;
}
