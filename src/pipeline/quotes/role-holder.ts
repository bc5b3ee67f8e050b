/**
 * The person a name-like mention is only the first word of: `according to Q magazine editor
 * Paul Rees` (mention `Q`), `said Economic and Fiscal Policy Minister Heizo Takenaka` (mention
 * `Economic`). An English noun phrase ends in its head: when the words after the mention run on,
 * without a verb or a punctuation mark, to a person introduced with a role, that person is the
 * speaker and the words before are their role.
 */
import type { Person } from './people.ts';
import { hasTag, tagWords } from './pos-tags.ts';

/** How far (in characters) past the mention its noun phrase may run. */
const PHRASE_REACH = 80;

/** The person heading the noun phrase that opens with `mention` in `sentence` (at `sentenceAt`). */
export function roleHolder(
  sentence: string,
  sentenceAt: number,
  mention: string,
  people: readonly Person[],
  /** Whom the mention was resolved to: a person's name ends its phrase at `and` (`Trump and Ryan`). */
  resolved?: Person,
): Person | undefined {
  const plain = mention.trim();
  if (!plain) return undefined;
  for (let i = sentence.indexOf(plain); i >= 0; i = sentence.indexOf(plain, i + 1)) {
    const end = i + plain.length;
    const phrase = /^[^,.;:!?()“”"—–]*/u.exec(sentence.slice(end, end + PHRASE_REACH))![0];
    if (!/^\s/u.test(phrase) && phrase !== '') continue;
    const from = sentenceAt + end;
    const holder = people.find(
      (p) =>
        p.human &&
        p.descriptors.size > 0 &&
        p.mentions.some((m) => m > from && m < from + phrase.length),
    );
    if (!holder) continue;
    const at = Math.min(...holder.mentions.filter((m) => m > from)) - from;
    if (nounPhrase(`${plain}${phrase.slice(0, at)}`, !resolved?.human)) return holder;
  }
  return undefined;
}

/**
 * Words that can sit inside a noun phrase before its head, tagged in their phrase: names, nouns
 * and adjectives (`magazine`, `chief executive`; not the verbs `tells`, `acknowledged`), and
 * `and` when the mention is not a person's name (`Economic and Fiscal Policy Minister`).
 */
function nounPhrase(phrase: string, coordinated: boolean): boolean {
  return tagWords(phrase).every((w) => {
    if (/^\p{Lu}/u.test(w.text)) return true;
    if (w.text === 'and') return coordinated;
    return hasTag(w, ['Noun', 'Adjective']) && !hasTag(w, ['Verb', 'Plural', 'Possessive']);
  });
}
