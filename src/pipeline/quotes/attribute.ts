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
import { CUES } from './cues.ts';
import { openerEnd } from './sentences.ts';
import { looksHuman, mostRecent, resolveName, splitName, type Person } from './people.ts';
import { RELAY_CUES } from './passes/according-to.ts';
import { isSubject, opensClause } from './passes/clause-subject.ts';
import { PRE_SPEAKER_CUE } from './passes/cue-subject.ts';
import { passesAt, SENTENCE_SIEVE } from './passes/index.ts';
import {
  DOCUMENTS,
  HEAD_OF,
  IS_DESCRIPTION,
  IS_PRONOUN,
  IS_PRONOUN_OR_DESCRIPTION,
  NOT_A_NAME,
} from './passes/patterns.ts';
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

function resolve(
  mention: string,
  at: number,
  people: readonly Person[],
  referent: (pronounAt: number, gender: 'm' | 'f') => Person | undefined,
): Pick<Attribution, 'speaker' | 'speakerName' | 'via'> & { person?: Person } {
  const plain = mention.trim();
  if (IS_PRONOUN.test(plain)) {
    if (/^(?:they|we|i)$/i.test(plain)) return { speaker: null, speakerName: null, via: 'pronoun' };
    const person = referent(at, /^[Ss]he$/.test(plain) ? 'f' : 'm');
    return person ? named(person, 'pronoun') : { speaker: null, speakerName: null, via: 'pronoun' };
  }
  if (IS_DESCRIPTION.test(plain)) {
    // `a senior Cruz adviser`, `one Clinton aide`: someone new, not a person named before.
    const indefinite = /^(?:an?|one|another)\s/iu.test(plain);
    const head = HEAD_OF.exec(plain)?.[0] ?? plain;
    const person = indefinite ? undefined : byDescription(head, at, people);
    if (person) return named(person, 'description');
    // `the board said`: the organisation named before whose name ends with the word.
    const body = byOrganisation(head, at, people);
    if (body) return named(body, 'description');
    // "the Trump campaign", "the Sanders campaign": an organisation named after a person.
    const org = ORGANISATION.exec(head);
    if (org) return { speaker: org[1]!, speakerName: org[1]!, via: 'description' };
    // `the IMF report stated`: a document speaks for whoever issued it.
    const issuer = ISSUED.exec(head)?.[1]
      ?.trim()
      .replace(/['’]s$/u, '');
    if (issuer) {
      // `the World Bank report` → World Bank; `a BBC statement` is the BBC's, not BBC One's.
      const known = resolveName(people, issuer, at);
      const person = known?.tokens.at(-1) === issuer.split(' ').at(-1) ? known : undefined;
      return person
        ? named(person, 'description')
        : { speaker: issuer, speakerName: issuer, via: 'description' };
    }
    // `a senior Cruz adviser`, `the Senate minority leader`: a description naming someone or
    // something is the best account of the speaker there is.
    if (/\s\p{Lu}\p{L}{2}/u.test(plain))
      return { speaker: plain, speakerName: plain, via: 'description' };
    return { speaker: null, speakerName: null, via: 'description' };
  }
  const entourage = /^(.*?)['’]s\s+\p{Ll}/u.exec(plain);
  if (entourage) {
    // `Scotland's justice minister`: the owner as written unless it is a person (not `Radio Scotland`).
    const known = resolveName(people, entourage[1]!, at);
    const owner = known?.human ? known.name : cleanName(entourage[1]!);
    const phrase = `${owner}’s ${plain.slice(entourage[0].length - 1)}`;
    return { speaker: phrase, speakerName: phrase, via: 'named' };
  }
  // `Australia's Prime Minister John Howard`: the person named after the owner; `the US Trade
  // Representative's Office`: the owner's office; `Yildirim's LinkedIn page`: the owner.
  const owned = /^(.*?)['’]s\s+(\p{Lu}.*)$/u.exec(plain);
  if (owned) {
    const after = splitName(owned[2]!).name;
    const person = resolveName(people, owned[2]!, at);
    if (person?.human) return named(person, 'named');
    const office = plain.replace(/^(?:[Tt]he)\s+/u, '');
    if (!looksHuman(after)) return { speaker: office, speakerName: office, via: 'named' };
    return resolve(owned[1]!, at, people, referent);
  }
  const name = cleanName(plain);
  // `EUROPEANS ASK IF VIOLENCE IS …`: a headline in capitals is no one.
  if (/^\p{Lu}[\p{Lu}'’-]+(?: [\p{Lu}'’-]+)+$/u.test(name))
    return { speaker: null, speakerName: null, via: null };
  const person = resolveName(people, plain, at);
  if (person) return named(person, 'named');
  // A capitalised sentence opener ("Reached by phone, …", "Hours later, …") is not a name.
  if (!name.includes(' ') && NOT_A_NAME.test(name))
    return { speaker: null, speakerName: null, via: null };
  return { speaker: name, speakerName: name, via: 'named' };
}

/** `the IMF report`, `the Pentagon statement`: a document and who issued it. */
const ISSUED = new RegExp(
  `^(?:[Tt]he|[Aa]n?)\\s+((?:[\\p{Lu}][\\p{L}'’.&-]*\\s+)+)(?:${DOCUMENTS})$`,
  'u',
);
const ORGANISATION =
  /^(?:the|a|an)\s+((?:[\p{Lu}][\p{L}'’.-]*\s+)+(?:campaign|administration|team|office|committee|newspaper|agency|ministry|government|foundation|network))$/iu;

function named(person: Person, via: Attribution['via']) {
  return { speaker: person.name, speakerName: person.name, via, person };
}

const ROLE_FAMILIES: Record<string, string[]> = {
  leader: ['president', 'prime', 'minister', 'leader', 'chancellor', 'premier', 'king', 'queen'],
  official: [
    'official',
    'minister',
    'secretary',
    'aide',
    'adviser',
    'advisor',
    'spokesman',
    'spokeswoman',
  ],
};

/** The person a description like `the Russian leader` points to. */
function byDescription(
  description: string,
  at: number,
  people: readonly Person[],
): Person | undefined {
  const words = description.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  const head = words.at(-1) ?? '';
  const family = ROLE_FAMILIES[head] ?? [head];
  const modifiers = words.slice(1, -1);
  const fits = people.filter((p) => family.some((w) => p.descriptors.has(w)));
  const best = fits.filter((p) => modifiers.every((m) => p.descriptors.has(m)));
  return mostRecent(best.length ? best : fits, at) ?? best[0] ?? fits[0];
}

/** How far back (in characters) a definite description looks for its introduction. */
const INTRODUCED_REACH = 3000;

/** Words that end a noun phrase rather than modify its head: `the DNC sued the board` is two. */
const NOT_MODIFIER = `(?!(?:the|a|an|and|or|but|of|to|in|on|at|for|with|by|from|that|who|which|is|was|are|were|has|had|have|will|would|${CUES})\\b)`;

/**
 * `the commission` → `a New Hampshire ballot commission`, `the lawyers` → `Cruz’s lawyers`, `the
 * editorial board` → `the Wall Street Journal editorial board`: the last noun phrase before `at`
 * with the same head noun that names something (a capitalised word), introduced by an article, a
 * possessive, or followed by whom it is of (`the trade group for the Blue Cross Blue Shield plans`).
 */
function introducedAs(description: string, at: number, text: string): string | undefined {
  const head = /^[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)$/u.exec(description.trim())?.[1];
  if (!head) return undefined;
  const from = Math.max(0, at - INTRODUCED_REACH);
  const headWord = `[${head[0]!.toUpperCase()}${head[0]}]${head.slice(1)}`;
  const intro = new RegExp(
    `(?<![\\p{L}\\d’'-])(?:(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Ii]ts)\\s+|\\p{Lu}[\\p{L}.-]*(?:\\s\\p{Lu}[\\p{L}.-]*){0,3}['’]s\\s+)(?:${NOT_MODIFIER}[\\p{L}\\d’'/-]+(?:\\.\\p{L}+)*\\.?[^\\S\\n]+){0,5}?${headWord}\\b(?:\\s+(?:in|of|at|for|from|to)\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?(?:\\p{Lu}[\\p{L}’'.-]*\\s?)+)?`,
    'gu',
  );
  let found: string | undefined;
  for (const m of text.slice(from, at).matchAll(intro)) {
    const phrase = m[0].trim();
    // A capitalised word past the determiner: `The Wall Street Journal`, not `The board`.
    if (
      /^\p{Lu}\p{L}{2}/u.test(
        phrase.replace(/^(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Ii]ts)\s+/u, ''),
      ) ||
      /\s\p{Lu}\p{L}{2}/u.test(phrase)
    )
      found = phrase;
  }
  return found;
}

/** `the board` → `Illinois Board of Elections`: an organisation mentioned before, by a word of its name. */
function byOrganisation(
  description: string,
  at: number,
  people: readonly Person[],
): Person | undefined {
  const m = /^[Tt]he\s+(\p{Ll}+)$/u.exec(description);
  if (!m) return undefined;
  const head = m[1]!;
  return mostRecent(
    people.filter((p) => !p.human && p.tokens.some((t) => t.toLowerCase() === head)),
    at,
  );
}

function cleanName(mention: string): string {
  const { name } = splitName(mention.trim());
  return name.join(' ') || mention.trim();
}

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
