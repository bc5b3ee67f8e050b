/**
 * The last resort for a quotation with no attribution words: the person or organisation its
 * sentence names first before it (`Speaking in Harrogate Mr Kennedy said: “People want …”`, `On a
 * controversial evening, AS offers one seemingly undeniable viewpoint: “…”`).
 */
import { NAME_RUN, type Person } from './people.ts';

/** A name run read from a given offset. */
const NAME_AT = new RegExp(NAME_RUN.source, 'uy');

/** Before a mention that is not a sentence's subject: `in Zürich`, `with the Sanders campaign`. */
const NOT_SUBJECT = /\b(?:of|to|with|for|by|from|about|on|at|in|into|than|against)\s+(?:the\s+)?$/i;

/** A subordinate or participial phrase opening the sentence: `Asked whether Donald Trump would …, `. */
const OPENER =
  /^\s*(?:\p{Lu}\p{Ll}+ing|Asked|Told|When|While|If|Although|Though|Because|Since|After|Before|As|Despite|Unlike|Like|Once|Until|Whether)\b[^,.;“”"]{0,200},\s+/u;

/**
 * An organisation's initials as a subject: `the NRA was`, `the FBI’s`; not a modifier (`GOP
 * leaders`, `FBI Director James Comey`), not `I`, not `U.S.`.
 */
const ACRONYM =
  /(?<![\p{L}.])\p{Lu}{2,6}(?=['’]s\b|\s*[,;:(—–]|\s+(?:has|had|have|is|was|were|are|will|would|can|could|also|then|\p{Ll}+ly|\p{Ll}+ed|\p{Ll}+s)\b)/gu;

/** The words up to the next punctuation: an acronym among more words in capitals is a headline. */
const HEADLINE = /^[^,.;:!?“”"]*/u;

/** A headline in capitals (`EUROPEANS ASK IF VIOLENCE IS`) names no one. */
const CAPITALS = /^\p{Lu}[\p{Lu}'’-]+(?: [\p{Lu}'’-]+)+$/u;

/**
 * The first person or organisation mentioned in [from, to) of the text as a possible subject (not
 * inside an opening phrase, not after a preposition), with the words that name them: one of the
 * article's people, or an organisation's initials.
 */
export function firstNamedBetween(
  text: string,
  people: readonly Person[],
  from: number,
  to: number,
): { name: string; at: number; mention: string } | undefined {
  const opener = OPENER.exec(text.slice(from, to));
  if (opener) from += opener[0].length;
  const subject = (at: number) => !NOT_SUBJECT.test(text.slice(Math.max(from, at - 12), at));
  let first: Person | undefined;
  let firstAt = Infinity;
  for (const person of people) {
    const at = person.mentions.find((m) => m >= from && m < to && subject(m));
    if (at !== undefined && at < firstAt) {
      first = person;
      firstAt = at;
    }
  }
  // `the NRA was going into overdrive, whipping lawmakers against “…”`: an acronym.
  ACRONYM.lastIndex = from;
  for (let m = ACRONYM.exec(text); m && m.index < Math.min(to, firstAt); m = ACRONYM.exec(text)) {
    if (subject(m.index) && !CAPITALS.test(HEADLINE.exec(text.slice(m.index))![0].trim()))
      return { name: m[0], at: m.index, mention: m[0] };
  }
  if (!first) return undefined;
  NAME_AT.lastIndex = firstAt;
  const mention = NAME_AT.exec(text)?.[0] ?? first.name;
  if (CAPITALS.test(mention)) return undefined;
  return { name: first.name, at: firstAt, mention: mention.replace(/['’]s$/u, '') };
}
