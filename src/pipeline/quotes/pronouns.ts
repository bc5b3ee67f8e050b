/**
 * Who a "he" or "she" that attributes a quotation refers to: a person named earlier in its own
 * sentence, the subject the sentences before it are about (`Andrew Hale took his daughter there.
 * He said: “…”`), the last speaker, or the person mentioned last.
 */
import { capitalisedRunEnd, modifiesRole, mostRecent, type Person } from './people.ts';
import { hasTag, tagWords } from './pos-tags.ts';
import { mayBePerson } from './typed-people.ts';
import { openerEnd, sentencesBefore } from './sentences.ts';

/** How many sentences back the subject of a pronoun is looked for. */
const SUBJECT_REACH = 4;
/** How many sentences about a "he" in a row a pronoun is followed back through. */
const CHAIN = 3;
/** A sentence whose subject is a pronoun (`He then adopted …`, `But, she said, …`). */
const PRONOUN_SUBJECT =
  /^\s*["“]?\s*(?:(?:But|And|So|Then|Still|Yet|Now|Later|Instead|Meanwhile|Also),?\s+)?(?:[^,.;“”"]{1,60},\s+)?([Hh]e|[Ss]he)\b/u;

/** An opening phrase before a sentence's subject: `Describing his meeting with Witkoff, `. */
const OPENING_PHRASE = /^\s*(?:\p{Lu}\p{Ll}{2,}ing(?=\s+\p{Ll}))\b[^,.;“”"]{0,200},\s+(?=\p{Lu})/u;
/** A pronoun subject after a long opening phrase. */
const LONG_OPENER_PRONOUN =
  /^\s*(?:In|On|At|During|After|Before|Asked|Speaking|When|While|As|Since|Despite|With|Following)\b[^,.;“”"]{40,200},\s+(?:[Hh]e|[Ss]he)\s/u;

/** A "he" or a "she" in a sentence. */
const EARLIER_HE = /\b[Hh]e\b/u;
const EARLIER_SHE = /\b[Ss]he\b/u;

/** The people a "he" or "she" can refer to: those of that gender or of unknown gender. */
export function fitting(people: readonly Person[], gender: 'm' | 'f'): Person[] {
  return people.filter((p) => (!p.gender || p.gender === gender) && mayBePerson(p));
}

/** The person, when a "he" or "she" can refer to them. */
export function fits(person: Person | undefined, gender: 'm' | 'f'): Person | undefined {
  return person?.human && (!person.gender || person.gender === gender) && mayBePerson(person)
    ? person
    : undefined;
}

/**
 * The referent of a pronoun at `at`: the first person the sentence itself names ("In Putin's
 * description …, he said"); else the subject of the closest sentence before it that names one
 * (through sentences that are about a "he" too), even when the last speaker spoke since (`Tom
 * Cole said … . Trump, he said, … . “…,” he said`); else the last speaker when they spoke in this
 * paragraph or the one before;
 * else the person mentioned most recently there; else the last speaker.
 */
export function pronounReferent(
  text: string,
  people: readonly Person[],
  at: number,
  sentenceStart: number,
  windowStart: number,
  lastSpeaker: Person | undefined,
  lastAt: number,
  gender: 'm' | 'f' = 'm',
  depth = 0,
): Person | undefined {
  // `Specifically, he thought that … President Obama …, as he later explained`: a name after an
  // earlier "he" or "she" of the sentence is not what the later one refers to.
  const earlier = (gender === 'f' ? EARLIER_SHE : EARLIER_HE).exec(text.slice(sentenceStart, at));
  const topic = topicBetween(
    text,
    people,
    sentenceStart,
    earlier ? sentenceStart + earlier.index : at,
  );
  if (topic) return topic.person;
  const subject = subjectBefore(text, people, sentenceStart, windowStart, SUBJECT_REACH, gender);
  if (subject) return subject.person;
  // `Trump never mentioned Clinton. / He nodded … behind Ted Cruz. / “…,” he said`: the sentence
  // before is about the same "he"; what that one refers to, looking a paragraph further back.
  const [before] = sentencesBefore(text, sentenceStart, windowStart, 1);
  const chained = before && depth < CHAIN ? PRONOUN_SUBJECT.exec(text.slice(...before)) : null;
  if (before && chained && /^s/i.test(chained[1]!) === (gender === 'f')) {
    const paragraph = text.lastIndexOf('\n\n', before[0] - 1);
    const previous = paragraph > 0 ? text.lastIndexOf('\n\n', paragraph - 1) : -1;
    const window = previous >= 0 ? previous + 2 : 0;
    const at = before[0] + chained[0].length - chained[1]!.length;
    return pronounReferent(
      text,
      people,
      at,
      before[0],
      window,
      lastSpeaker,
      lastAt,
      gender,
      depth + 1,
    );
  }
  const recent = mostRecent(
    people.filter((p) => p.human),
    at,
  );
  const recentAt = recent ? Math.max(...recent.mentions.filter((m) => m < at)) : -1;
  if (lastSpeaker && lastAt >= windowStart) return lastSpeaker;
  return recent && recentAt >= windowStart ? recent : (lastSpeaker ?? recent);
}

/**
 * The subject of the closest sentence before `start` (back to `windowStart`) that is about a
 * named person: sentences about a "he" or "she", or about no one, are passed over.
 */
export function subjectBefore(
  text: string,
  people: readonly Person[],
  start: number,
  windowStart: number,
  reach = SUBJECT_REACH,
  gender?: 'm' | 'f',
  who: (p: Person) => boolean = (p) => p.human,
): { person: Person; sentence: number } | undefined {
  for (const [begin, end] of sentencesBefore(text, start, windowStart, reach)) {
    const sentence = text.slice(begin, end);
    const pronoun = PRONOUN_SUBJECT.exec(sentence);
    // `In Putin’s description of his meeting … with … Jared Kushner, he said …`, `When the
    // interview steered Allen toward …, he offered …`: the "he" is the first person of the opener.
    const opener = pronoun ? null : LONG_OPENER_PRONOUN.exec(sentence);
    if (opener) {
      const first = topicBetween(text, people, begin, begin + opener[0].length, true, who);
      if (first) return { person: first.person, sentence: begin };
      continue;
    }
    // `Clinton's position was supported by Sen. Dianne Feinstein`: a possessive is not the subject;
    // `Describing his meeting with … Jared Kushner …, Putin said`: nor a name in an opening phrase.
    const lead = pronoun ? null : OPENING_PHRASE.exec(sentence);
    const topic =
      (lead ? topicBetween(text, people, begin + lead[0].length, end, false, who) : undefined) ??
      topicBetween(text, people, begin, end, false, who);
    if (!topic || (pronoun && topic.at >= begin + pronoun[0].length)) continue;
    // `The campaign was the first time she had been involved, and she doubts Clinton can …`: a
    // "she" before the first name is about someone earlier, and so is the "she" being resolved.
    // A pronoun inside an opening clause looks ahead to the subject: `Since she presented
    // children's TV shows …, Arnold has kept a low profile`.
    const earlier = gender && (gender === 'f' ? EARLIER_SHE : EARLIER_HE).exec(sentence);
    const main = earlier ? openerEnd(sentence) : 0;
    const ahead = earlier && earlier.index < main && topic.at >= begin + main;
    if (earlier && begin + earlier.index < topic.at && !ahead) continue;
    return { person: topic.person, sentence: begin };
  }
  return undefined;
}

/** The first person named as a possible topic in [from, to). */
function topicBetween(
  text: string,
  people: readonly Person[],
  from: number,
  to: number,
  possessive = true,
  who: (p: Person) => boolean = (p) => p.human,
): { person: Person; at: number } | undefined {
  let topic: Person | undefined;
  let topicAt = Infinity;
  for (const p of people) {
    if (!who(p)) continue;
    const first = p.mentions.find(
      (m) => m >= from && m < to && isTopical(text, m) && (possessive || !isPossessive(text, m)),
    );
    if (first !== undefined && first < topicAt) {
      topic = p;
      topicAt = first;
    }
  }
  return topic ? { person: topic, at: topicAt } : undefined;
}

const OWNER_OF_ROLE =
  /^(?:\p{Lu}[\p{L}.-]* ){0,2}\p{Lu}[\p{L}-]*(?:['’]s(?: [\p{Ll}-]+){1,3}, \p{Lu}|(?: [\p{Ll}-]+){0,2} (?:consultant|pollster|adviser|advisor|aide|strategist|spokesman|spokeswoman|spokesperson|wife|husband|son|daughter|lawyer|attorney|manager|chairman|director|secretary|ally|surrogate|supporter|donor) \p{Lu})/u;

function isPossessive(text: string, at: number): boolean {
  return /^(?:\p{Lu}[\p{L}.-]* ){0,3}\p{Lu}[\p{L}-]*['’]s?(?!\p{L})/u.test(text.slice(at, at + 60));
}

/** A mention that can be a sentence's topic: not `the Modi summit`, not `with Witkoff` (but `In Putin's …`). */
function isTopical(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 16), at);
  const after = text.slice(at, at + 80);
  const possessive = /^[\p{L}-]+['’]s\b/u.test(after);
  if (/\b(?:the|a|an)\s+$/i.test(before)) return false;
  // `As for Trump, he said he’s not worried.`: the topic, announced.
  if (/\b(?:As|as) (?:for|to)\s+$/.test(before)) return true;
  // `Bloomberg's pollster, Douglas Schoen,`, `Obama consultant Cornell Belcher`: the person
  // named after the role is the topic.
  if (OWNER_OF_ROLE.test(after)) return false;
  // `Former Chelsea captain Desailly`, `Marigold Capital partner Daniel Koh`: a name modifying a
  // role noun is not the topic, the person named after the role is.
  if (!possessive && modifiesRole(text, capitalisedRunEnd(text, at))) return false;
  // `-- that Bloomberg is perceived as … --`: a clause about someone, inside a sentence about another.
  if (/(?:\bthat|[—–]|--)\s+$/u.test(before)) return false;
  // `Those allegations were put to Wenger`: the one a passive is done to or by.
  if (/\b(?:to|by)\s+$/u.test(before) && afterPassive(text.slice(Math.max(0, at - 60), at)))
    return true;
  return (
    possessive ||
    !/\b(?:of|to|with|for|by|from|about|against|between|and|at|in|on|than|like)\s+$/i.test(before)
  );
}

/**
 * True when `before` ends in a passive verb and `to` or `by` (`were put to`, `was then asked
 * by`): a form of `be`, a verb that is not a gerund, the preposition, adverbs allowed between.
 */
function afterPassive(before: string): boolean {
  const words = tagWords(before.replace(/^\S*\s/u, '')).filter((w) => !hasTag(w, ['Adverb']));
  const [be, verb, prep] = words.slice(-3);
  return (
    /^(?:to|by)$/iu.test(prep?.text ?? '') &&
    hasTag(verb, ['Verb']) &&
    !hasTag(verb, ['Gerund', 'Copula', 'Auxiliary', 'Modal']) &&
    hasTag(be, ['Copula'])
  );
}
