/**
 * Finds who said each quotation: the attribution around it in its sentence (`“…,” Putin said`,
 * `said Caddell`, `he added`, `X told Y`, `according to X`, `X said: “…”`, `X, who …, said`),
 * resolved to a full name through the article's people: names by surname, pronouns to the last
 * speaker or person, descriptions (`the Russian leader`) through the titles people were introduced
 * with. A relay (`according to TASS`, `TASS reported`) is kept apart from the speaker.
 *
 * This is the driver of the sentence passes (`passes/`, listed in order in `SENTENCE_SIEVE`,
 * `passes/index.ts`): it loops over them, chooses between what was found before and after the
 * quote, and resolves the mention found.
 */
import { openerEnd } from './sentences.ts';
import { resolveName, type Person } from './people.ts';
import { cleanName, introducedAs, resolve } from './resolve-mention.ts';
import { RELAY_CUES } from './passes/according-to.ts';
import { isSubject, opensClause } from './passes/clause-subject.ts';
import { PRE_SPEAKER_CUE } from './passes/cue-subject.ts';
import { passesAt, SENTENCE_SIEVE } from './passes/index.ts';
import { DOCUMENTS, IS_PRONOUN_OR_DESCRIPTION } from './passes/patterns.ts';
import { quotedAsSaying } from './passes/quoted-as-saying.ts';
import { mentionOf } from './passes/role-appositive.ts';
import type { Found, QuoteSentence, SentencePass } from './passes/sentence.ts';
import type { Rule } from './sieve.ts';

/** What the attribution words say about one quotation. */
export interface Attribution {
  speaker: string | null;
  speakerName: string | null;
  mention: string | null;
  cue: string | null;
  via: 'named' | 'pronoun' | 'description' | 'context' | 'sentence' | null;
  relay: string | null;
  /** The pass of the sieve that attributed it (`SIEVE` in `sieve.ts`). */
  rule: Rule | null;
}

export const NO_ATTRIBUTION: Attribution = {
  speaker: null,
  speakerName: null,
  mention: null,
  cue: null,
  via: null,
  relay: null,
  rule: null,
};

const NEAREST_BEFORE = passesAt('nearest-before');
const FIRST_BEFORE = passesAt('first-before');
const AFTER = passesAt('after');
const NEXT_SENTENCE = passesAt('next-sentence');
const AGENT = passesAt('agent');
const CLOSING = passesAt('closing');
const RELAY = passesAt('relay');
const WITHOUT_CUE = passesAt('without-cue');
/** When the mention found is `it`: only the organisation it refers to. */
const IT_PASSES = SENTENCE_SIEVE.filter((step) => step.rule === 'organisation-it').map(
  (step) => step.pass,
);

/** The first pass of `passes` that finds an attribution in the sentence. */
function firstOf(passes: readonly SentencePass[], s: QuoteSentence): Found | undefined {
  for (const pass of passes) {
    const found = pass(s);
    if (found) return found;
  }
  return undefined;
}

/** Before the quote: the cue nearest the quote, else the first of the other passes that finds. */
function beforeQuote(s: QuoteSentence): Found | undefined {
  let nearest: Found | undefined;
  for (const pass of NEAREST_BEFORE) {
    const found = pass(s);
    if (found && (!nearest || (found.start ?? found.at) > nearest.at)) nearest = found;
  }
  return nearest ?? firstOf(FIRST_BEFORE, s);
}

/** After the quote, in `post` (the sentence's rest, or a stretch of it). */
function afterQuote(s: QuoteSentence, post: string): Found | undefined {
  return firstOf(AFTER, { ...s, post });
}

/** Where a quote's sentence is in the article, and what else a pass may read. */
export interface SentencePlace {
  preStart: number;
  postStart: number;
  following?: string;
  asks?: boolean;
  /** The article's text (quotations masked), for what a description refers back to. */
  text?: string;
  /** Where the paragraph before the quote's starts: how far back an "it" looks. */
  windowStart?: number;
}

/** The quote's sentence as the passes read it. */
export function quoteSentence(
  pre: string,
  post: string,
  place: SentencePlace,
  people: readonly Person[],
  referent: (pronounAt: number, gender: 'm' | 'f') => Person | undefined,
): QuoteSentence {
  return {
    pre,
    post,
    preStart: place.preStart,
    postStart: place.postStart,
    following: place.following ?? '',
    asks: place.asks ?? false,
    text: place.text,
    windowStart: place.windowStart ?? 0,
    people,
    resolve: (mention, at) => resolve(mention, at, people, referent),
  };
}

/**
 * Attributes a quote from the text before it and after it in its sentence (quotations masked).
 * `referent` finds the person a pronoun refers to.
 */
export function attribute(
  pre: string,
  post: string,
  place: SentencePlace,
  people: readonly Person[],
  referent: (pronounAt: number, gender: 'm' | 'f') => Person | undefined,
): Attribution & { person?: Person } {
  const s = quoteSentence(pre, post, place, people, referent);
  let before = beforeQuote(s);
  // `“Is Obama profiling?” reacted Trump.`: after a question or an exclamation, the sentence goes
  // on past the closing mark. `Gov. Doug Ducey called the long lines "unacceptable." Phoenix
  // Mayor Greg Stanton wrote …`: the next sentence is only read when this one has no attribution.
  let after = afterQuote(s, post);
  if (!after && post.trim() === '' && !before)
    after = firstOf(NEXT_SENTENCE, s) ?? (s.asks ? afterQuote(s, s.following) : undefined);
  // `called “…” by X`: the agent of a passive cue, over a cue before the quote.
  const agent = after ? undefined : firstOf(AGENT, s);
  if (agent) {
    after = agent;
    before = undefined;
  }
  // `… did not find “ties of any consequence,” aside from … “casually” from attending the same
  // mosque, said the bureau’s director`: the attribution closing the sentence, past later quotes.
  const lastMark = Math.max(post.lastIndexOf('”'), post.lastIndexOf('"'));
  if (!after && !before && lastMark >= 0) {
    after = afterQuote(s, post.slice(lastMark + 1));
    if (after) after = { ...after, at: after.at + lastMark + 1 };
  }
  if (!after && !before) after = firstOf(CLOSING, s);
  if (after) after = { ...after, at: after.at + place.postStart };
  if (before) before = { ...before, at: before.at + place.preStart };
  const { main, relay } = mainAndRelay(s, before, after);
  if (!main || /^it$/i.test(main.mention.trim())) {
    // `“…,” it said`: tried when `it` is the mention; the others only when there is none.
    const found = firstOf(main ? IT_PASSES : WITHOUT_CUE, s);
    if (found?.resolved)
      return {
        ...found.resolved,
        mention: found.mention,
        cue: found.cue,
        relay: null,
        rule: found.rule,
      };
    if (!main) return NO_ATTRIBUTION;
  }
  let resolved = resolve(main.mention, main.at, people, referent);
  // `the commission said`, after `a New Hampshire ballot commission`: the thing introduced so.
  if (!resolved.speaker && resolved.via === 'description' && place.text) {
    const earlier = introducedAs(main.mention, main.at, place.text);
    if (earlier) resolved = { speaker: earlier, speakerName: earlier, via: 'description' };
  }
  const relayName = relay ? cleanName(relay.mention) : null;
  return {
    ...resolved,
    mention: main.mention,
    cue: main.cue,
    relay: relayName && relayName !== resolved.speakerName ? relayName : null,
    rule: quotedAsSaying(main).rule,
  };
}

/**
 * The attribution of the quote and the relay, if any: the one after the quote unless the cue
 * before it runs on into the quotation; a relay (`according to`, `reported`) gives way to a cue.
 */
function mainAndRelay(
  s: QuoteSentence,
  before: Found | undefined,
  after: Found | undefined,
): { main: Found | undefined; relay: Found | undefined } {
  const isRelay = (f: Found) => RELAY_CUES.has(f.cue ?? '');
  let main: Found | undefined;
  let relay: Found | undefined;
  if (after && isRelay(after) && before && !isRelay(before)) {
    main = before;
    relay = after;
  } else if (after && !(before && cueReaches(s.pre, before, s.preStart))) {
    main = after;
    if (before && isRelay(before) && !isRelay(after)) relay = before;
  } else {
    main = before;
  }
  // `“…,” Sanders said, according to CNN.`, `“…,” Canova said, The Miami Herald reported.`
  if (main && !relay && !isRelay(main)) relay = firstOf(RELAY, s);
  return { main, relay };
}

/**
 * `a clip that Judge Michael W. Mosman called “distasteful,” Santilli expressed …`: a cue whose
 * clause runs on into the quotation, with no comma, colon or dash between, is the quotation's.
 */
function cueReaches(pre: string, before: Found, preStart: number): boolean {
  const { mention } = before;
  const cue = before.cue ?? '';
  // `The report adds “…,” said David Bloom`: a document speaks for the one who quotes it.
  if (RELAY_CUES.has(cue) || cue === ':' || DOCUMENT_HEAD.test(mention)) return false;
  // `The barrister who had represented Mr Martin had said …`: nor a name that is not a subject.
  if (!opensClause(pre, openerEnd(pre), before.at - preStart)) return false;
  const at = pre.lastIndexOf(cue);
  return at >= 0 && !/[,;:—–]|\s-\s/u.test(pre.slice(at + cue.length)) && /\S\s*$/u.test(pre);
}

const DOCUMENT_HEAD = new RegExp(`\\b(?:${DOCUMENTS})s?$`, 'iu');

/** Where a named person is said to speak in the text (quoted or not): `Trump said Wednesday …`. */
export function speechEvents(
  text: string,
  people: readonly Person[],
): Array<{ at: number; person: Person }> {
  const events: Array<{ at: number; person: Person }> = [];
  for (const m of text.matchAll(PRE_SPEAKER_CUE)) {
    const mention = m.groups?.['spk'] ? mentionOf(m.groups) : undefined;
    if (!mention || !isSubject(text, m.index) || IS_PRONOUN_OR_DESCRIPTION.test(mention)) continue;
    const person = resolveName(people, mention, m.index + 1);
    if (person) events.push({ at: m.index, person });
  }
  return events;
}
