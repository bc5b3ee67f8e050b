/**
 * What a name is — a person, an organisation, a place or another thing (an award, an event, a
 * work) — from evidence, never from a list of names: the name's own words (its head: `… Party`,
 * `… United`, `… Awards`; a plural head names a group; the lexicon's first names and surnames),
 * the title before it (`Mr`, `President`), the noun that classifies it (`regulator Ofcom`,
 * `drama Vera Drake`), the words after it (`X said`, `, who`, `, which`, `X's wife`,
 * `X's shares`) and the pronoun that next refers back to it (`his`, `its`). Each piece of
 * evidence is recorded with its weight and its reason, so what decided can be shown.
 */
import { isOrgWord, isPlaceWord, lexiconKind } from './lexicon.ts';
import { listClass, singulars } from './list-class.ts';
import {
  HONORIFICS,
  ORG_CLASSIFIERS,
  ORG_NOUNS_AFTER,
  ORG_POSSESSIONS,
  ORG_SUFFIXES,
  OTHER_CLASSIFIERS,
  OTHER_HEADS,
  PERSON_POSSESSIONS,
  PLACE_CLASSIFIERS,
  PLACE_ACRONYMS,
  PERSON_PRONOUNS,
  THING_PRONOUNS,
} from './kind-words.ts';

export type EntityKind = 'person' | 'place' | 'organization' | 'other';

/** The kinds, in the order a tie is decided. */
export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'organization', 'place', 'other'];

/** Evidence for each kind, as summed weights. */
export type KindScore = Record<EntityKind, number>;

/** One piece of evidence: what it supports, how strongly, and why (`head Party`). */
export interface Evidence {
  kind: EntityKind;
  weight: number;
  reason: string;
  /**
   * Evidence that names the kind outright (a title, a head noun, a classifying noun, the
   * lexicon's whole phrase) rather than suggests it (the shape of a name, a pronoun, `X said`).
   */
  strong: boolean;
}

/** Where a name stands in its text, and what was split off before it. */
export interface NameContext {
  tokens: readonly string[];
  text: string;
  start: number;
  end: number;
  /** The title before the name (`president`, `mr`), lower-cased, or null. */
  title: string | null;
  /** Words the article writes in lower case. */
  lowerWords: ReadonlySet<string>;
  /** The name opens its sentence (its subject, when a verb follows). */
  sentenceStart: boolean;
}

export function emptyScore(): KindScore {
  return { person: 0, place: 0, organization: 0, other: 0 };
}

/** Sums evidence into a score (only the strong evidence with `strongOnly`). */
export function scoreOf(evidence: readonly Evidence[], strongOnly = false): KindScore {
  const s = emptyScore();
  for (const e of evidence) if (e.strong || !strongOnly) s[e.kind] += e.weight;
  return s;
}

/** The best-supported kind, or null when no evidence reaches `min`. */
export function bestKind(score: KindScore, min = 1): EntityKind | null {
  let best: EntityKind | null = null;
  let top = min - Number.EPSILON;
  for (const kind of ENTITY_KINDS)
    if (score[kind] > top) {
      best = kind;
      top = score[kind];
    }
  return best;
}

/**
 * Strong evidence this heavy decides alone (one title or head noun outweighs any shape), when
 * it weighs at least this much per mention: two `Father Christmas` do not make the eighty other
 * `Christmas` a person.
 */
const DECISIVE = 2;
const DECISIVE_PER_MENTION = 0.1;

/**
 * The kind of a name from all its evidence: what the strong evidence says when there is
 * enough of it (`drama Vera Drake` over a first name's shape), else the sum of all of it.
 */
export function decideKind(
  score: KindScore,
  strong: KindScore,
  mentions: number,
  min = 1,
): EntityKind | null {
  const decisive = Math.max(DECISIVE, mentions * DECISIVE_PER_MENTION);
  return bestKind(strong, decisive) ?? bestKind(score, min);
}

const SPEECH =
  /^\s*(?:,\s*)?(?:said|says|told|tells|added|adds|asked|wrote|argued|insisted|warned|explained|claimed|stressed|noted|replied|confirmed|announced|denied)\b/;
const PLACE_NOUN =
  /^\s+(?:region|regions|oblast|province|city|peninsula|district|county|state|capital|border|coast|island|valley)\b/;
const ORG_REPORTED = /^\s*(?:reported|reports|news agency)\b/;
const PLACE_BEFORE = /\b(?:in|from|into|across|near|towards|throughout|visit(?:ed|ing|s)?)\s+$/;
const PERSON_BEFORE =
  /\b(?:envoy|negotiator|leader|head|spokesman|spokeswoman|minister|president|adviser|advisor|aide|officer|official|chief|director|coach|manager|says|said)\s+$/;
/** A time word before a name: `over Christmas`, `during Ramadan` (an event or a season). */
const TIME_BEFORE = /\b(?:over|during|until|since)\s+$/;

/** The lower-case word right before the name, when only a space separates them. */
function wordBefore(before: string): string | undefined {
  return /(?:^|[^\p{L}])(\p{Ll}+) $/u.exec(before)?.[1];
}

/** The word that follows a possessive `’s` right after the name. */
function possessed(after: string): string | undefined {
  return /^['’]s (\p{Ll}+)/u.exec(after)?.[1];
}

/**
 * The first person or thing pronoun after the name in its sentence, when no other capitalised
 * word comes between (which could be what the pronoun refers to).
 */
function pronounAfter(after: string): EntityKind | null {
  const sentence = /^[^.!?]*/u.exec(after)![0];
  for (const m of sentence.matchAll(/\p{L}+/gu)) {
    const w = m[0];
    if (/^\p{Lu}/u.test(w) && w !== 'I') return null;
    if (PERSON_PRONOUNS.has(w)) return 'person';
    if (THING_PRONOUNS.has(w)) return 'organization';
  }
  return null;
}

/** The head of a name: its last word before `of`/`for` (`Bank of England` → `Bank`). */
export function headOf(tokens: readonly string[]): string {
  const cut = tokens.findIndex((t, i) => i > 0 && (t === 'of' || t === 'for'));
  return cut > 0 ? tokens[cut - 1]! : tokens.at(-1)!;
}

/**
 * A plural common noun (`Nations`, `Democrats`, `MPs`) as a head names a group, never one
 * person: its singular is a word the article writes in lower case, or the lexicon's plural,
 * and not a first name (`Williams`).
 */
export function pluralHead(word: string, lowerWords: ReadonlySet<string>): boolean {
  if (/^\p{Lu}{2,}s$/u.test(word)) return true; // an acronym's plural: `MPs`
  if (!/^\p{Lu}[\p{L}]*[^su']s$/u.test(word) || word.length < 4) return false;
  const lower = word.toLowerCase();
  const whole = lexiconKind(lower);
  if (whole === 'first-name' || whole === 'surname' || whole === 'person') return false;
  const singulars = [lower.slice(0, -1), lower.replace(/ies$/, 'y'), lower.replace(/es$/, '')];
  if (singulars.some((s) => ['first-name', 'surname', 'person'].includes(lexiconKind(s) ?? '')))
    return false;
  return singulars.some((s) => lowerWords.has(s)) || lowerWords.has(lower);
}

/**
 * What a plural class noun says its members are (`firms` → organisation, `films` → other,
 * `countries` → place), or null for a noun that does not say.
 */
export function classOf(plural: string): EntityKind | null {
  const forms = [plural, ...singulars(plural)];
  if (forms.some((f) => ORG_CLASSIFIERS.has(f))) return 'organization';
  if (forms.some((f) => OTHER_CLASSIFIERS.has(f))) return 'other';
  if (forms.some((f) => PLACE_CLASSIFIERS.has(f))) return 'place';
  // Not people: a list of `producers` or `developers` is as often one of firms.
  return null;
}

/** What the words around a mention say it is (the context, not the name's own words). */
function contextEvidence(c: NameContext, before: string, after: string): Evidence[] {
  const out: Evidence[] = [];
  const add = (kind: EntityKind, weight: number, reason: string, strong = false): void => {
    out.push({ kind, weight, reason, strong });
  };
  if (PLACE_NOUN.test(after)) add('place', 3, 'place noun after', true);
  if (SPEECH.test(after)) add('person', 1, 'speech verb after');
  if (/^\s*,\s*who\b/.test(after)) add('person', 2, '", who" after');
  if (/^\s*,\s*which\b/.test(after)) add('organization', 1, '", which" after');
  if (ORG_REPORTED.test(after)) add('organization', 1, '"reported" after');
  if (PLACE_BEFORE.test(before)) add('place', 1, 'place preposition before');
  if (TIME_BEFORE.test(before)) add('other', 1, 'time preposition before');
  if (PERSON_BEFORE.test(before) && c.tokens.length > 1) add('person', 2, 'role before');
  const noun = wordBefore(before);
  if (noun !== undefined && ORG_CLASSIFIERS.has(noun))
    add('organization', 2, `"${noun}" before`, true);
  if (noun !== undefined && OTHER_CLASSIFIERS.has(noun)) add('other', 2, `"${noun}" before`, true);
  const listed = listClass(c.text, c.start, c.end);
  const listKind = listed === null ? null : classOf(listed);
  if (listKind !== null) add(listKind, 2, `one of the "${listed}"`, true);
  const next = /^ (\p{Ll}+)/u.exec(after)?.[1];
  if (next !== undefined && ORG_NOUNS_AFTER.has(next))
    add('organization', 2, `"${next}" after`, true);
  const owned = possessed(after);
  if (owned !== undefined && PERSON_POSSESSIONS.has(owned)) add('person', 1, `"'s ${owned}"`);
  if (owned !== undefined && ORG_POSSESSIONS.has(owned)) add('organization', 1, `"'s ${owned}"`);
  // The pronoun that follows a sentence's subject refers to it: `Apple has expanded its …`.
  const pronoun = c.sentenceStart ? pronounAfter(after.replace(/^['’]s\b/u, '')) : null;
  if (pronoun === 'person') add('person', 1, 'he/she/his/her after');
  if (pronoun === 'organization') add('organization', 1, 'it/its after');
  return out;
}

/** True when the text after a name opens with a lower-case role (`captain`, `manager`). */
export type RoleTest = (after: string) => boolean;

/**
 * Weighs the evidence for what a name is. Mechanisms that keep things that are not people off
 * the people's list:
 * - an article before the name (`the Liberal Democrats`, `an Oscar`): people's names take none
 *   (titles, which do, are split off before this); a capitalised `The` mid-sentence opens the
 *   title of a work (`for The Aviator`);
 * - the head of the name: an organisation's (`Party`, `United`, `plc`), an award's or event's
 *   (`Awards`, `Cup`, `Open`), a place's (`Region`), or a plural noun (a group: `Nations`);
 * - the whole phrase in the lexicon (`Sri Lanka`) outweighs what its parts look like;
 * - a lone word the lexicon lists as a first name or person (`Chelsea`, `Oscar`) is a person
 *   only where its context says so; a name right before a role (`Former Chelsea captain`) is
 *   the role's club, party or firm.
 */
export function kindEvidence(c: NameContext, roleFollows: RoleTest): Evidence[] {
  const out: Evidence[] = [];
  const add = (kind: EntityKind, weight: number, reason: string, strong = false): void => {
    out.push({ kind, weight, reason, strong });
  };
  const { tokens, text, start, end, title } = c;
  const phrase = tokens.join(' ');
  const first = tokens[0]!;
  const head = headOf(tokens);
  const after = text.slice(end, end + 80);
  const before = text.slice(Math.max(0, start - 24), start);
  const context = contextEvidence(c, before, after);
  const personContext = context.some((e) => e.kind === 'person');
  const article = title === null ? /\b(the|an?)\s+$/i.exec(before)?.[1] : undefined;
  const workTitle = article === 'The' && !/(?:^|[.!?:"“”‘’(\n])\s*The\s+$/u.test(before);
  const affiliation = roleFollows(after);
  const whole = lexiconKind(phrase);
  const lone = tokens.length === 1;
  const group = pluralHead(head, c.lowerWords) && whole !== 'place';
  if (title !== null && HONORIFICS.has(title)) add('person', 5, `honorific "${title}"`, true);
  else if (title !== null && !affiliation) add('person', 3, `title "${title}"`, true);
  if (whole === 'place') add('place', 3, 'lexicon place', true);
  else if (whole === 'organization') add('organization', 3, 'lexicon organisation', true);
  else if (workTitle && !group) add('other', 1.5, '"The" opening a title');
  else if (article !== undefined)
    // `the Liberal Democrats`: an article and a plural name a group.
    add(
      'organization',
      group || (!lone && /[^s]s$/.test(head)) ? 1.5 : 0.5,
      `"${article.toLowerCase()}" before`,
    );
  else if (whole === 'surname' && lone) add('person', 2, 'lexicon surname');
  else if (whole === 'person') add('person', lone && !personContext ? 0 : 2, 'lexicon person');
  else if (whole === 'first-name')
    add('person', lone && !personContext ? 0 : 0.5, 'lexicon first name');
  // A lone word no lexicon knows (`Trump aide`) may be a surname: the role only keeps it from
  // counting as a title's person; a known word (`Chelsea`) or a longer name is the role's body.
  if (affiliation && (lone ? whole === 'first-name' || whole === 'common' : whole === undefined))
    add('organization', 1.5, 'role after', true);
  const partsSpeak =
    whole !== 'place' &&
    whole !== 'organization' &&
    article === undefined &&
    !affiliation &&
    !group;
  if (group) add('organization', 2, `plural head "${head}"`, true);
  if (!lone) {
    const kinds = tokens.map(lexiconKind);
    if (partsSpeak && kinds[0] === 'first-name') add('person', 2, 'first name');
    if (partsSpeak && kinds.at(-1) === 'surname') add('person', 1, 'surname');
    if (OTHER_HEADS.has(head.toLowerCase())) add('other', 3, `head "${head}"`, true);
    else if (ORG_SUFFIXES.has(head.toLowerCase())) add('organization', 3, `head "${head}"`, true);
    else if (tokens.some(isOrgWord))
      add('organization', 3, `organisation word "${tokens.find(isOrgWord)!}"`, true);
    else if (isPlaceWord(head)) add('place', 3, `head "${head}"`, true);
    else if (kinds.some((k) => k === 'organization')) add('organization', 1.5, 'organisation word');
    else if (kinds.some((k) => k === 'place' || k === 'demonym')) add('place', 1.5, 'place word');
    else if (
      partsSpeak &&
      tokens.length <= 3 &&
      tokens.every((t) => /^\p{Lu}\p{Ll}/u.test(t)) &&
      kinds.every((k) => k === undefined || k === 'first-name' || k === 'surname' || k === 'person')
    )
      add('person', 1.5, 'shape of a name');
  } else {
    if (/^(?:\p{Lu}\.?){2,6}$/u.test(first))
      if (PLACE_ACRONYMS.has(first)) add('place', 3, 'place acronym', true);
      else add('organization', 2, 'acronym');
    if (isOrgWord(first)) add('organization', 3, 'organisation word');
    if (/(?:ia|iya|stan|land)$/.test(first)) add('place', 1, 'place ending');
  }
  return [...out, ...context];
}
