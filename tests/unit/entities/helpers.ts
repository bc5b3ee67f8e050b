/** Minimal entries for the entity tests: paragraphs of text, a date, optional quotes. */
import type { Entry, Quote } from '../../../src/schemas/entry.ts';
import { makeEntry } from '../entry-fixture.ts';

/** An entry with the given paragraphs (`p1` …) and nothing else to speak of. */
export function entryOf(
  id: string,
  paragraphs: readonly string[],
  date: string | null = null,
): Entry {
  return makeEntry(id, {
    title: paragraphs[0]?.slice(0, 60) ?? id,
    titleSource: 'inferred',
    date,
    dateSource: date ? 'header' : 'none',
    blocks: paragraphs.map((text, i) => ({ id: `p${i + 1}`, type: 'paragraph', text })),
  });
}

/** A quote of `text` in block `p1` of `paragraph`, by `speaker`. */
export function quoteIn(paragraph: string, text: string, speaker: string | null): Quote {
  const start = paragraph.indexOf(text);
  return {
    id: `q${start}`,
    block: 'p1',
    start,
    end: start + text.length,
    text,
    speaker,
    speakerId: speaker ? speaker.toLowerCase().replace(/\s+/g, '-') : null,
    speakerName: speaker,
    speakerMention: speaker,
    cue: 'said',
    via: 'named',
    relay: null,
    fragment: false,
    utterance: null,
    variantOf: null,
  };
}
