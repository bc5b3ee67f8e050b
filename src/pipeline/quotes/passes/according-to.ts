/**
 * `according-to`: `according to X`, `in the words of X` — and relays: in `he said Russia would
 * “liberate …,” according to Russian state media TASS`, Putin speaks and TASS relays, so a relay
 * after the attribution (`, according to CNN`, `, the Times reported`) is kept apart.
 */
import { HEADS, NAME, SPEAKER } from './patterns.ts';
import type { Found, QuoteSentence } from './sentence.ts';

/** Cues that relay what someone else said. */
export const RELAY_CUES: ReadonlySet<string> = new Set(['reported', 'reports', 'according to']);

/**
 * Before the name: a few words of a role (`campaign spokesman`, `Russian`), or a longer role in
 * lower case that ends in a role noun (`conservative talk radio host Rush Limbaugh`).
 */
const ROLE_BEFORE = `(?:(?:[\\p{Ll}-]+\\s+){0,5}?(?:${HEADS})\\s+(?=\\p{Lu})|(?:(?:[\\p{Ll}-]+|[\\p{Lu}][\\p{Ll}]+an)\\s+){0,3})`;
const ACCORDING_SOURCE = `(?<cue>[Aa]ccording to|[Ii]n the words of)\\s+${ROLE_BEFORE}${SPEAKER}`;
const ACCORDING = new RegExp(ACCORDING_SOURCE, 'gu');
const ACCORDING_ONCE = new RegExp(ACCORDING_SOURCE, 'u');
/** A relay closing the sentence after the attribution: `, according to CNN`, `, the Times reported`. */
const LATER_RELAY = new RegExp(
  `,\\s+(?:according to\\s+(?<spk>(?:the\\s+)?${NAME})|(?<spk2>(?:[Tt]he\\s+)?${NAME})\\s+(?:reported|reports))[^“”"]{0,40}$`,
  'u',
);

/**
 * Words every match of `ACCORDING` and `LATER_RELAY` holds, tested first: the patterns open on a
 * name, so the regular-expression engine tries them at every place of the text, while most
 * sentences hold neither phrase.
 */
const ACCORDING_WORDS = /[Aa]ccording to|[Ii]n the words of/u;
const RELAY_WORDS = /according to|report(?:ed|s)/u;

/** Before the quote: the last `according to X` of the sentence. */
export function accordingToBefore({ pre }: QuoteSentence): Found | undefined {
  if (!ACCORDING_WORDS.test(pre)) return undefined;
  let found: Found | undefined;
  for (const m of pre.matchAll(ACCORDING))
    if (m.groups)
      found = { mention: m.groups['spk']!, cue: 'according to', at: m.index, rule: 'according-to' };
  return found;
}

/** Right after the quote: `,” according to X` (before any other quotation). */
export function accordingToAfter({ post }: QuoteSentence): Found | undefined {
  const text = post.slice(0, 200);
  if (!ACCORDING_WORDS.test(text)) return undefined;
  const m = ACCORDING_ONCE.exec(text);
  if (!m?.groups || m.index >= 80 || /[“”"]/.test(text.slice(0, m.index))) return undefined;
  return { mention: m.groups['spk']!, cue: 'according to', at: m.index, rule: 'according-to' };
}

/** `“…,” Sanders said, according to CNN.`, `“…,” Canova said, The Miami Herald reported.` */
export function laterRelay({ post }: QuoteSentence): Found | undefined {
  const text = post.slice(0, 200);
  if (!RELAY_WORDS.test(text)) return undefined;
  const later = LATER_RELAY.exec(text);
  const outlet = later?.groups?.['spk'] ?? later?.groups?.['spk2'];
  return outlet ? { mention: outlet, cue: 'according to', at: 0, rule: 'according-to' } : undefined;
}
