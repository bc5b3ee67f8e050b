/**
 * The people (and named organisations) an article mentions: full names with the titles and
 * descriptions they were introduced with, so that `Putin`, `he` or `the Russian leader` can be
 * resolved to `Vladimir Putin`.
 */
import { distance } from 'fastest-levenshtein';
import { CUES } from './cues.ts';
import { firstNameGender, lexiconKind, listedAsWord } from './first-names.ts';
import { isRoleWord } from './person-noun.ts';
import { hasTag, tagWords } from './pos-tags.ts';

/** A person named in the article. */
export interface Person {
  /** The fullest form of the name, without titles. */
  name: string;
  tokens: string[];
  /** Lower-cased words describing them: `russian`, `president`, `aide` … */
  descriptors: Set<string>;
  /** Offsets (in the article's joined text) of every mention. */
  mentions: number[];
  /** False for names that read as organisations or places (`Planned Parenthood`, `New York`). */
  human: boolean;
  /** Read from honorifics and the pronouns that follow their mentions; undefined when unclear. */
  gender?: 'm' | 'f';
  /** What the entity typer's evidence says the name is (`typed-people.ts`); unset when not found. */
  kind?: 'person' | 'organization' | 'place' | 'other' | null;
  /** The weight of the typer's evidence for its kind, all of it and the strong part alone. */
  kindWeight?: number;
  kindStrong?: number;
  /** The weight of the typer's evidence that the name is a person's. */
  personEvidence?: number;
}

const NOT_HUMAN =
  /^(?:University|College|School|Parenthood|Party|Committee|House|News|Post|Times|Journal|Street|City|County|State|States|Department|Center|Centre|Foundation|Institute|Association|Campaign|Council|Club|Church|Court|Senate|Congress|Bank|Group|Media|Network|Agency|Ministry|Office|Service|Administration|Commission|Corporation|Company|Inc|Corp|Fund|Project|Review|Magazine|Airport|Island|Islands|Beach|River|Park|Square|Hall|Tower|Building|Hotel|Republic|Kingdom|Union|Nations|Force|Army|Navy|Guard|Police|Security|Intelligence|Research|Watch|Action|Alliance|Coalition|Caucus|Convention|Conference|Summit|Act|Plan|Program|Programme|Care|Health|Policy|America|Democrats|Republicans|Today|Club|Press|Channel|Radio|Television|TV|Online|Daily|Weekly|Tribune|Herald|Gazette|Chronicle|Observer|Guardian|Telegraph|Express|Mail|Sun|Star|Globe|Bureau|Board|Authority|Agency|Station|Base|Valley|Mountains|Sea|Ocean|Gulf|Bay|Coast|Region|Province|District|Territory|Strait|Peninsula)$/;
const PLACE_START =
  /^(?:New|North|South|East|West|Northern|Southern|Eastern|Western|Los|San|Santa|Las|Saint|St|Fort|Lake|Mount|Port|Upper|Lower|Greater|Central)$/;

/** True when a name reads as a person's rather than an organisation's or place's. */
export function looksHuman(tokens: readonly string[]): boolean {
  return (
    !tokens.some((t) => NOT_HUMAN.test(t)) &&
    !PLACE_START.test(tokens[0] ?? '') &&
    !tokens.every((t) => t === t.toUpperCase())
  );
}

/** A single capitalised word as the subject of a reporting verb: `Bob said`, `Cruz openly admitted`. */
const ONE_NAME_SPEAKS = new RegExp(
  `\\b([\\p{Lu}][\\p{Ll}]+)\\s+(?:(?:has|had|also|later|then|once|\\p{Ll}+ly)\\s+)*(?:${CUES})\\b`,
  'gu',
);

/** Kin: who may be introduced by a first name alone. */
const KIN =
  'wife|husband|son|daughter|father|mother|brother|sister|widow|widower|fiancé|fiancée|girlfriend|boyfriend|grandson|granddaughter|grandmother|grandfather|niece|nephew|aunt|uncle';
/** Kin named by a first name in an appositive: `his wife, Jane,`, `Her father, Brad, 39,`. */
const KIN_NAMED = new RegExp(`\\b(?<kin>${KIN}),\\s+(?<name>\\p{Lu}\\p{Ll}+),`, 'gu');
const IS_KIN = new RegExp(`^(?:${KIN})$`);
const KIN_FEMALE =
  /^(?:wife|daughter|mother|sister|widow|fiancée|girlfriend|granddaughter|grandmother|niece|aunt)$/;

/** A lone capitalised word before a verb (`Carson defied the question`): a surname when the lexicon knows it as one. */
const ONE_NAME_SUBJECT =
  /(?<![\p{L}.’'-]\s?)(?<!\p{Lu}[\p{L}.’'-]*\s)\b(\p{Lu}\p{Ll}+)\s+(?!(?:of|and|or|to|in|on|at|for|with|from|by|the|a|an)\b)\p{Ll}/gu;

/** Titles and honorifics stripped from names (and kept as descriptors). */
export const TITLES = new Set(
  `president vice prime minister secretary sen senator rep representative gov governor mayor mr mrs ms miss dr
  gen general lt col sgt capt adm judge justice attorney chief chairman chairwoman speaker leader deputy former
  ambassador envoy special state foreign defense defence interior finance commissioner chancellor king queen prince
  princess pope rev father sister sir lady lord dame professor prof coach chairperson ceo director spokesman
  spokeswoman spokesperson aide adviser advisor candidate nominee pastor rabbi imam sheikh president-elect first
  lady democratic democrat republican libertarian presumptive gop u.s us federal national white house supreme court top senior acting
  interim press the whip majority minority ranking advocate sheriff recorder superintendent supt alderman
  councilman councilwoman assemblyman assemblywoman commissioner delegate strategist pollster anchor host
  correspondent columnist editor staff comedian comedienne drummer guitarist bassist singer songwriter rapper
  actor actress author writer novelist poet playwright producer filmmaker musician artist economist historian
  lawyer farmer chef designer entrepreneur businessman businesswoman billionaire activist analyst`.split(
    /\s+/,
  ),
);

/** Titles only a person bears: one name after them is a person's (`President Obama`, `Mrs. Clinton`). */
const PERSON_TITLES = new Set(
  `president sen senator rep representative gov governor mayor mr mrs ms miss dr judge justice pope king queen
  prince princess rev sir lady lord dame professor prof chancellor ambassador envoy sheriff pastor rabbi imam
  sheikh congressman congresswoman general gen lt col sgt capt adm`.split(/\s+/),
);

/** A capitalised word that can be a surname: not a common word, a place or an organisation's head word. */
function isSurname(word: string): boolean {
  return (
    /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(word) &&
    !NOT_HUMAN.test(word) &&
    !TITLES.has(word.toLowerCase()) &&
    lexiconKind(word) !== 'word'
  );
}

/** Words that start sentences or name places, never a person's first name. */
const NOT_NAMES = new Set(
  `The A An In On At For And But Or If As By To Of From With After Before When While Since It He She They We I You
  This That These Those His Her Their Our Its My Your Despite According Although However Meanwhile Beyond Amid During
  Under Over Unlike Like Only Both Several Some Many Most Even Still Yet Also Then Now Today Yesterday Last Next Here
  There Every All No Not So Such Once Until Why What How Who Where Which Whether Through Without Within Against Between
  Among Toward Towards Across Along Around Behind Upon Via Per Monday Tuesday Wednesday Thursday Friday Saturday Sunday
  January February March April May June July August September October November December Mr Mrs Ms Dr
  Said Says Added Asked Wrote Writes`.split(/\s+/),
);

/** How long a surname must be before a one-letter slip in it is read as the same name. */
const MISSPELT_MIN = 5;

/**
 * `Donna Brazile` … `Brazille’s`, `Richard Viguerie` … `Vigurie said`: a lone capitalised
 * word one letter away from the surname of someone introduced in full, the slip inside the word.
 */
function misspelt(people: readonly Person[], word: string): Person | undefined {
  if (
    word.length < MISSPELT_MIN ||
    NOT_NAMES.has(word) ||
    TITLES.has(word.toLowerCase()) ||
    // `Greece` is no slip for `Greene`, nor `David` for `Davis`.
    listedAsWord(word) ||
    firstNameGender(word) !== undefined
  )
    return undefined;
  const close = people.filter((p) => {
    const last = p.tokens.at(-1)!;
    return (
      p.human &&
      p.tokens.length > 1 &&
      lexiconKind(last) !== 'word' &&
      // The slip is inside the word: `Latina` and `Latino` are two words.
      last.slice(0, 2) === word.slice(0, 2) &&
      last.at(-1) === word.at(-1) &&
      last.length >= MISSPELT_MIN &&
      // `Muslim` is not a slip for `Muslims`, nor `Australian` for `Australia`.
      !word.startsWith(last) &&
      !last.startsWith(word) &&
      distance(last.toLowerCase(), word.toLowerCase()) === 1
    );
  });
  return close.length === 1 ? close[0] : undefined;
}

/** Months that are surnames too: `Theresa May`, `Yin Myint May` (not `Trump May`). */
const MONTH_SURNAMES = new Set(['May', 'June', 'April']);
function monthSurname(name: readonly string[]): boolean {
  return (
    MONTH_SURNAMES.has(name.at(-1)!) &&
    (name.length > 2 || (name.length === 2 && firstNameGender(name[0]!) !== undefined))
  );
}

/** A generational suffix ending a name: `Jr.`, `III`. */
const GENERATION = /^(?:Jr|Sr|II|III|IV)$/;

/** A name without its generational suffix: `Luther Stan Pate IV` is found by `Pate`. */
function withoutSuffix(name: string[]): string[] {
  return name.length > 2 && GENERATION.test(name.at(-1)!) ? name.slice(0, -1) : name;
}
/** A capitalised word; a lone capital only when it is not an initial (`Donald J. Trump`). */
const NAME_TOKEN = "(?:[\\p{Lu}][\\p{L}-]+|[\\p{Lu}](?!\\.))(?:['’][\\p{L}]+)*";
/** Abbreviated titles keep their period: `Sen. Ted Cruz`; any other period ends the name. */
const TITLE_TOKEN =
  '(?:(?:Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Dr|Mr|Mrs|Ms|Prof|Rev|Sec|Atty|Supt|St)\\.|(?:Secretary|Minister|Director|Head|Chief|Chairman|Chairwoman|Speaker) of (?:the )?[\\p{Lu}][\\p{Ll}]+|[\\p{Lu}][\\p{Ll}]+)';
/** Initials: `W.`, `H.W.`, `J.C.` (a run may open with two or more: `J.C. Watts`). */
const INITIALS = '(?:[\\p{Lu}]\\.){1,3}';
/** Initials opening a run: two or more, not the end of a word (`U.S. Rep.`, not `3G. HSDPA`). */
const LEADING_INITIALS = '(?<![\\p{L}\\d])(?:[\\p{Lu}]\\.){2,3}';
const PARTICLE = '(?:de|van|von|bin|al|da|del|la|le|der|den)(?= )';
/** A capitalised run on one line: optional titles, then name tokens (initials allowed). */
export const NAME_RUN = new RegExp(
  `(?:(?:${TITLE_TOKEN}|${LEADING_INITIALS}) ){0,3}(?:${LEADING_INITIALS} (?=\\p{Lu}\\p{Ll}))?${NAME_TOKEN}(?:(?<!['’]s) (?:${INITIALS}|${PARTICLE}|${NAME_TOKEN})){0,4}`,
  'gu',
);

/** Splits a capitalised run into title words and name tokens. */
export function splitName(run: string): { titles: string[]; name: string[] } {
  const words = run
    .replace(/['’]s$/u, '')
    .split(/\s+/)
    .filter(Boolean);
  const titles: string[] = [];
  const isTitle = (w: string): boolean => TITLES.has(w.toLowerCase().replace(/\.$/, ''));
  // Everything up to the last title word describes the person: `Florida Gov. Jeb Bush`.
  let lastTitle = -1;
  for (let i = 0; i < words.length - 1; i++) if (isTitle(words[i]!)) lastTitle = i;
  while (words.length > 1 && (lastTitle >= 0 || NOT_NAMES.has(words[0]!))) {
    titles.push(expandTitle(words.shift()!.toLowerCase().replace(/\.$/, '')));
    lastTitle--;
  }
  const name = words.map((w) => w.replace(/['’]s$/u, ''));
  return { titles, name };
}

const ABBREVIATIONS: Record<string, string> = {
  gov: 'governor',
  sen: 'senator',
  rep: 'representative',
  gen: 'general',
  sec: 'secretary',
  lt: 'lieutenant',
  col: 'colonel',
  adm: 'admiral',
  atty: 'attorney',
  prof: 'professor',
};

/** `Gov.` and `Governor` describe alike. */
function expandTitle(word: string): string {
  return ABBREVIATIONS[word] ?? word;
}

/** Collects the people of an article from its text (quotations already masked out). */
export function collectPeople(text: string): Person[] {
  const people: Person[] = [];
  // Names only ever met after an article (`a Jupiter Democrat`, `the Carolina Panthers`) describe.
  const bare = new Set<Person>();
  for (const m of text.matchAll(NAME_RUN)) {
    const { titles, name: run } = splitName(m[0]);
    const { prefix, name } = organisationPrefix(run);
    titles.push(...prefix.map((w) => w.toLowerCase()));
    // `Oscar host Chris Rock`, `Former Chelsea captain Desailly`: a role noun before the name.
    const role = titles.length === 0 ? roleBefore(text, m.index) : [];
    titles.push(...role);
    if (name.some((t, i) => NOT_NAMES.has(t) && !(i === name.length - 1 && monthSurname(name))))
      continue;
    // `President Obama`, `Sen. Cruz`, `captain Desailly`: one name after a person's title or role is a person.
    if (
      name.length < 2 &&
      !(
        (titles.some((t) => PERSON_TITLES.has(t)) ||
          // `captain Desailly`, not `wife Sharon`: a role before a surname, not a first name.
          (role.length > 0 && firstNameGender(name[0]!) === undefined)) &&
        isSurname(name[0]!)
      )
    )
      continue;
    if (name.length === 2 && TITLES.has(name[0]!.toLowerCase())) continue;
    // `RNC Chief (of Staff …)`, `Presumptive Democratic (presidential nominee …)`: a title, no name.
    if (TITLES.has(name.at(-1)!.toLowerCase())) continue;
    // `Washington D.C.`: a person's name does not end in an initial.
    if (/^(?:[\p{Lu}]\.)+$/u.test(name.at(-1)!)) continue;
    const full = name.join(' ');
    // The name ends before a possessive: `Donald Trump’s son-in-law`.
    const at = m.index + m[0].replace(/['’]s$/u, '').length - full.length;
    // `Luther Stan Pate IV`, `Bob Casey Jr.`: later mentions use the surname before the suffix.
    const core = withoutSuffix(name);
    let person = people.find((p) => p.name === full || sameLastName(p.tokens, core));
    if (!person) {
      person = {
        name: full,
        tokens: core,
        descriptors: new Set(),
        mentions: [],
        human: looksHuman(core),
      };
      people.push(person);
    } else if (core.length > person.tokens.length && sameLastName(person.tokens, core)) {
      person.name = full;
      person.tokens = core;
      person.human = looksHuman(core);
    }
    if (titles.length > 0 || !describes(text, m.index, m.index + m[0].length)) bare.add(person);
    person.mentions.push(at);
    for (const t of titles) person.descriptors.add(t);
    if (titles.includes('senator') || titles.includes('representative'))
      person.descriptors.add('lawmaker');
    for (const d of appositive(text, m.index + m[0].length)) person.descriptors.add(d);
  }
  // People known by one name only, when they speak (`Bob said`, `Xi added`) or are introduced
  // by kin (`his wife, Jane,`, `Her father, Brad, 39,`).
  const known = (word: string): boolean => lexiconKind(word) === 'name';
  for (const m of [
    ...text.matchAll(ONE_NAME_SPEAKS),
    ...[...text.matchAll(ONE_NAME_SUBJECT)].filter(
      (s) => known(s[1]!) && !modifiesRole(text, s.index + s[1]!.length),
    ),
    ...text.matchAll(KIN_NAMED),
  ]) {
    const word = m.groups?.['name'] ?? m[1]!;
    const kin = m.groups?.['kin'];
    if (
      NOT_NAMES.has(word) ||
      TITLES.has(word.toLowerCase()) ||
      lexiconKind(word) === 'word' ||
      people.some((p) => p.tokens.includes(word))
    )
      continue;
    people.push({
      name: word,
      tokens: [word],
      descriptors: new Set(kin ? [kin.toLowerCase()] : []),
      mentions: [],
      human: looksHuman([word]),
    });
  }
  // Second pass: single-word mentions (`Putin`, `Clinton’s`) of people introduced in full.
  for (const m of text.matchAll(NAME_RUN)) {
    const { name } = splitName(m[0]);
    if (name.length !== 1) continue;
    const at = m.index + m[0].replace(/['’]s$/u, '').length - name[0]!.length;
    const person = people.find((p) => p.tokens.at(-1) === name[0]) ?? misspelt(people, name[0]!);
    if (person) person.mentions.push(at);
  }
  for (const p of people) {
    if (p.tokens.length > 1 && !bare.has(p)) p.human = false;
    p.mentions.sort((a, b) => a - b);
    const gender = genderOf(p, text);
    if (gender) p.gender = gender;
  }
  return people;
}

/** Words that end the phrase before a role noun: `according to`, `British and Irish`. */
const FUNCTION_TAGS = [
  'Preposition',
  'Conjunction',
  'Determiner',
  'Verb',
  'Adverb',
  'Pronoun',
  'QuestionWord',
];
/** How many words before a role noun describe the role: `Q magazine editor`, `Lib Dem Treasury spokesman`. */
const ROLE_MODIFIERS = 3;

/**
 * The role noun right before a name and the words that modify it, lower-cased (`Oscar host Chris
 * Rock` → host, oscar; `Q magazine editor Paul Rees` → editor, magazine, q); none when the word
 * before the name is not a person noun or a title used as a noun.
 */
function roleBefore(text: string, at: number): string[] {
  const before = text.slice(Math.max(0, at - 80), at);
  const words = before.split(/\s+/u).slice(0, -1);
  const role = words.at(-1) ?? '';
  if (!before.endsWith(' ') || !isRoleWord(role, TITLES)) return [];
  const out = [role];
  for (const w of words.slice(0, -1).reverse().slice(0, ROLE_MODIFIERS)) {
    if (!/^[\p{L}-]+$/u.test(w) || NOT_NAMES.has(w) || hasTag(tagWords(w)[0], FUNCTION_TAGS)) break;
    out.push(w.toLowerCase());
  }
  return out;
}

/**
 * A capitalised word or name that modifies the role noun after it: `Chelsea` in `Chelsea captain
 * Desailly`, `Business Unity South Africa` in `Business Unity South Africa chief executive Lerato
 * Naidoo`. The role's noun phrase ends in its head, the role noun, right before the name; up to
 * two words may modify the role (`chief executive`, `dairy farmer`).
 */
export function modifiesRole(text: string, end: number): boolean {
  const next = /^\s+((?:\p{Ll}[\p{Ll}-]+\s+){0,2})(\p{Ll}[\p{Ll}-]+)\s+\p{Lu}/u.exec(
    text.slice(end, end + 60),
  );
  if (next === null) return false;
  const modifiers = next[1]!.trim();
  const head = next[2]!;
  if (modifiers === '') return isRoleWord(head, TITLES);
  // The words before the head modify it: nouns and adjectives, not a verb or a preposition; the
  // head is a role noun, or a noun after a role word (`chief executive`).
  const words = tagWords(`${modifiers} ${head}`);
  return (
    words.every(
      (w) =>
        hasTag(w, ['Noun', 'Adjective']) && !hasTag(w, FUNCTION_TAGS) && !hasTag(w, ['Plural']),
    ) &&
    (isRoleWord(head, TITLES) || modifiers.split(/\s+/u).some((w) => isRoleWord(w, TITLES)))
  );
}

/** The capitalised run of words that opens at `at` (`Marigold Capital` in `Marigold Capital partner …`). */
export function capitalisedRunEnd(text: string, at: number): number {
  const run = /^\p{Lu}[\p{L}’'.-]*(?: \p{Lu}[\p{L}’'.-]*)*/u.exec(text.slice(at, at + 120));
  return at + (run?.[0].length ?? 0);
}

const ARTICLE_BEFORE = /\b(?:a|an|the|The|A|An)\s+$/;
/** After a run, the words that end its noun phrase (`the Carolina Panthers or …`). */
const PHRASE_END =
  /^(?:\s*(?:[,.;:!?)—–]|$)|\s+(?:who|which|that|and|or|of|in|on|at|to|for|with|is|was|has|had|have|are|were|will|would)\b)/;

/** A capitalised run after an article that heads its noun phrase: `a Jupiter Democrat, …`. */
function describes(text: string, from: number, to: number): boolean {
  return (
    ARTICLE_BEFORE.test(text.slice(Math.max(0, from - 5), from)) &&
    PHRASE_END.test(text.slice(to, to + 8))
  );
}

/**
 * Leading words of a long run that name an outlet or organisation rather than the person
 * (`CNN Jake Tapper`, `HuffPost Live Alyona Minkovski`): an acronym or a camel-cased word.
 */
function organisationPrefix(name: string[]): { prefix: string[]; name: string[] } {
  let cut = -1;
  for (let i = 0; i < name.length - 2; i++)
    if (/^\p{Lu}{2,}$|^\p{Lu}\p{Ll}+\p{Lu}/u.test(name[i]!) || NOT_HUMAN.test(name[i]!)) cut = i;
  // An all-capitals headline is no one's name.
  if (name.slice(cut + 1).some((t) => /^\p{Lu}{2,}$/u.test(t))) cut = -1;
  return { prefix: name.slice(0, cut + 1), name: name.slice(cut + 1) };
}

function sameLastName(a: string[], b: string[]): boolean {
  return (
    a.at(-1) === b.at(-1) &&
    (a[0] === b[0] || a.length === 1 || b.length === 1 || /^(?:[\p{Lu}]\.)+$/u.test(b[1] ?? ''))
  );
}

/** Words of an appositive after a name: `Yuri Ushakov, Putin’s aide and adviser,` → aide, adviser. */
function appositive(text: string, from: number): string[] {
  const m = /^,\s+((?:the|a|an|[\p{Lu}][\p{L}'’]*['’]s)\s+[^,.;:“”"]{2,60}?),/u.exec(
    text.slice(from, from + 90),
  );
  if (!m) return [];
  return (m[1]!.toLowerCase().match(/\p{L}+/gu) ?? []).filter(
    (w) => !['the', 'a', 'an', 'and', 'of', 's'].includes(w),
  );
}

/** The person a one- or multi-word name mention refers to: by surname, else first name. */
export function resolveName(
  people: readonly Person[],
  mention: string,
  at: number,
): Person | undefined {
  // `Larry Mullen Jr` is found by `Mullen`.
  const name = withoutSuffix(splitName(mention).name);
  const last = name.at(-1);
  if (!last) return undefined;
  const candidates = people.filter(
    (p) => p.tokens.at(-1) === last || (name.length === 1 && p.tokens[0] === last),
  );
  if (name.length > 1) {
    const exact = candidates.find((p) => p.tokens[0] === name[0]);
    if (exact) return exact;
  }
  return mostRecent(candidates, at) ?? candidates[0];
}

/**
 * `IMF` → `International Monetary Fund`: an acronym stands for the one organisation of the
 * article whose capitalised words begin with its letters.
 */
export function spelledOut(people: readonly Person[], acronym: string): Person | undefined {
  if (!/^\p{Lu}{2,6}$/u.test(acronym)) return undefined;
  const fits = people.filter(
    (p) =>
      !p.human &&
      p.tokens
        .filter((t) => /^\p{Lu}/u.test(t))
        .map((t) => t[0])
        .join('') === acronym,
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/** The candidate mentioned most recently before `at`. */
export function mostRecent(candidates: readonly Person[], at: number): Person | undefined {
  let best: Person | undefined;
  let bestAt = -1;
  for (const p of candidates) {
    for (const m of p.mentions) {
      if (m < at && m > bestAt) {
        best = p;
        bestAt = m;
      }
    }
  }
  return best;
}

/**
 * A person's grammatical gender as the text uses it: `Mr.`/`Mrs.`/`Ms.` titles, else the
 * pronoun that first follows each mention in its sentence, when one kind clearly dominates.
 */
function genderOf(person: Person, text: string): 'm' | 'f' | undefined {
  if (person.descriptors.has('mr')) return 'm';
  if (
    person.descriptors.has('mrs') ||
    person.descriptors.has('ms') ||
    person.descriptors.has('miss')
  )
    return 'f';
  if (person.descriptors.has('congressman')) return 'm';
  for (const d of person.descriptors) if (IS_KIN.test(d)) return KIN_FEMALE.test(d) ? 'f' : 'm';
  if (person.descriptors.has('congresswoman')) return 'f';
  let m = 0;
  let f = 0;
  for (const at of person.mentions) {
    const sentence = /^[^.!?]{0,160}/.exec(text.slice(at))?.[0] ?? '';
    const pronoun = /\b(?:(he|his|him|himself)|(she|her|hers|herself))\b/i.exec(sentence);
    if (pronoun?.[1]) m++;
    else if (pronoun?.[2]) f++;
  }
  // Pronouns that clearly agree beat the first name (`Marty Walz … she`), which beats a hint.
  if (m > 2 * f && m >= 2) return 'm';
  if (f > 2 * m && f >= 2) return 'f';
  const first = person.tokens.length > 1 ? firstNameGender(person.tokens[0]!) : undefined;
  if (first) return first;
  if (m > 2 * f && m >= 1) return 'm';
  if (f > 2 * m && f >= 1) return 'f';
  return undefined;
}
