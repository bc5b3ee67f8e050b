/**
 * What an "it" that attributes a quotation refers to (`It added, “…”`, `…,” it said.`): the
 * organisation or document the sentence before is about (`GunBroker.com said it removed the
 * listing. It added, “…”`, `Trump’s campaign put out a statement. In cases of abortion, it said,
 * “…”`).
 */
import type { Person } from './people.ts';
import { sentencesBefore } from './sentences.ts';

/** How many sentences back the organisation is looked for. */
const IT_REACH = 2;

/** `Trump’s campaign`, `the Clinton campaign`: a body speaking for someone, opening a sentence. */
const BODY_SUBJECT =
  /^\s*(?:(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.-]*\s){1,3}|(?:\p{Lu}[\p{L}.-]*\s){0,2}\p{Lu}[\p{L}.-]*['’]s\s+)(?:campaign|office|team|committee|administration|government|ministry|company|party)\b/u;

/** A capitalised run opening a sentence, before its verb: `The Islamic State has`. */
const LEADING_NAME =
  /^\s*(?:[Tt]he\s+)?(\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,4})\s+(?:has|had|is|was|said|\p{Ll}+(?:ed|s))\b/u;
/** Sentence openers and pronouns, not a body's name. */
const NOT_A_BODY =
  /^(?:It|He|She|They|We|I|You|This|That|These|Those|But|And|So|Then|Now|In|On|At|After|Before|When|While|As|If|Its|His|Her|Their|Our|My|Some|Many|Most|All|One|Two|A|An)$/u;

/**
 * The organisation an "it" at `at` refers to: the subject of one of the sentences before it (in
 * its paragraph or the one before), when that is a body's name (`The Washington Post`,
 * `GunBroker.com`) or a body speaking for someone (`Trump’s campaign`).
 */
export function itReferent(
  text: string,
  people: readonly Person[],
  sentenceStart: number,
  windowStart: number,
): string | undefined {
  for (const [begin, end] of sentencesBefore(text, sentenceStart, windowStart, IT_REACH)) {
    const sentence = text.slice(begin, end);
    const body = BODY_SUBJECT.exec(sentence);
    if (body) return body[0].trim();
    // The first name of the sentence, when it opens it (after `The`) and names no person.
    const first = people
      .flatMap((p) => p.mentions.filter((m) => m >= begin && m < end).map((m) => ({ p, m })))
      .sort((a, b) => a.m - b.m)[0];
    if (first && /^\s*(?:[Tt]he\s+)?$/u.test(text.slice(begin, first.m)))
      return first.p.human ? undefined : first.p.name;
    // A body the article names once (`The Islamic State has …`, `GunBroker.com said …`).
    const lead = LEADING_NAME.exec(sentence)?.[1];
    const words = lead?.split(/\s+/) ?? [];
    if (
      lead &&
      !NOT_A_BODY.test(words[0]!) &&
      !people.some((p) => p.human && p.tokens.some((t) => words.includes(t)))
    )
      return lead;
  }
  return undefined;
}
