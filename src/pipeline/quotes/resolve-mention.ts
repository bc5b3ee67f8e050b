/**
 * Resolves the mention a pass found to a speaker: a name to its fullest form in the article
 * (`Putin` → `Vladimir Putin`), a pronoun to its referent, a description (`the Russian leader`)
 * through the titles people were introduced with, `the commission` to the thing introduced as `a
 * New Hampshire ballot commission`, a document to whoever issued it, a role of someone's to the
 * owner's role (`Scotland's justice minister`).
 */
import { CUES } from './cues.ts';
import {
  looksHuman,
  mostRecent,
  resolveName,
  spelledOut,
  splitName,
  type Person,
} from './people.ts';
import { DOCUMENTS, HEAD_OF, IS_DESCRIPTION, IS_PRONOUN, NOT_A_NAME } from './passes/patterns.ts';
import type { Resolved } from './passes/sentence.ts';

export function resolve(
  mention: string,
  at: number,
  people: readonly Person[],
  referent: (pronounAt: number, gender: 'm' | 'f') => Person | undefined,
): Resolved {
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
      const same = known?.tokens.at(-1) === issuer.split(' ').at(-1) ? known : undefined;
      // An acronym the article spells out: `the IMF report` → International Monetary Fund.
      const person = same ?? spelledOut(people, issuer);
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

function named(person: Person, via: Resolved['via']) {
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
export function introducedAs(description: string, at: number, text: string): string | undefined {
  const head = /^[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)$/u.exec(description.trim())?.[1];
  if (!head) return undefined;
  const from = Math.max(0, at - INTRODUCED_REACH);
  const before = text.slice(from, at);
  // Every introduction holds the head word: where it is nowhere before, nothing is looked for.
  const { intro, word } = introductionOf(head);
  if (!word.test(before)) return undefined;
  let found: string | undefined;
  for (const m of before.matchAll(intro)) {
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

/** The introductions of a head noun, compiled once per head: the pattern, and its head word alone. */
const introductions = new Map<string, { intro: RegExp; word: RegExp }>();

function introductionOf(head: string): { intro: RegExp; word: RegExp } {
  let compiled = introductions.get(head);
  if (compiled) return compiled;
  const headWord = `[${head[0]!.toUpperCase()}${head[0]}]${head.slice(1)}`;
  compiled = {
    intro: new RegExp(
      `(?<![\\p{L}\\d’'-])(?:(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Ii]ts)\\s+|\\p{Lu}[\\p{L}.-]*(?:\\s\\p{Lu}[\\p{L}.-]*){0,3}['’]s\\s+)(?:${NOT_MODIFIER}[\\p{L}\\d’'/-]+(?:\\.\\p{L}+)*\\.?[^\\S\\n]+){0,5}?${headWord}\\b(?:\\s+(?:in|of|at|for|from|to)\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?(?:\\p{Lu}[\\p{L}’'.-]*\\s?)+)?`,
      'gu',
    ),
    word: new RegExp(`${headWord}\\b`, 'u'),
  };
  if (introductions.size >= 1000) introductions.clear();
  introductions.set(head, compiled);
  return compiled;
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

export function cleanName(mention: string): string {
  const { name } = splitName(mention.trim());
  return name.join(' ') || mention.trim();
}
