/**
 * The pieces the sentence passes build their patterns from: a name, a pronoun, a description
 * (`the Russian leader`), a speaker (any of them), and what may stand between a speaker and the
 * cue. Written once here; the word lists they draw on are in `../words/`.
 */
import { NAME_RUN } from '../people.ts';
import { DOCUMENT_NOUNS } from '../words/documents.ts';
import {
  CLAUSE_OPENERS,
  MONTHS,
  NOT_NAMES,
  OPENING_PREPOSITIONS,
  TIME_CONNECTIVES,
  WEEKDAYS,
} from '../words/openers.ts';
import { ROLE_NOUNS } from '../words/role-nouns.ts';

const alternatives = (words: readonly string[]): string => words.join('|');

export const PRONOUN = '(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)';
/** The head of a description that can speak: a role noun, or an age (`a 34-year-old`). */
export const HEADS = `${alternatives(ROLE_NOUNS)}|\\d+-year-old`;
/** What is written rather than said: a document speaks for whoever issued it. */
export const DOCUMENTS = alternatives(DOCUMENT_NOUNS);
export const DESCRIPTION = `(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:[\\p{L}\\d’'.-]+\\s+){0,4}?(?:${HEADS})s?\\b`;
/**
 * `a spokesman for Bernie Sanders`, `one operative inside Trump Tower`: whom a description is of;
 * in lower case only before the name set off after it (`A lawyer for the victims, Eduardo
 * Contreras,`).
 */
const OF_WHOM =
  "(?:\\s+(?:for|to|of|at|inside|with|close to|from)\\s+(?:the\\s+)?(?:(?:[\\p{Ll}-]+\\s+){0,2}?(?:[\\p{Lu}][\\p{L}’'.&-]*\\s?)+(?<![\\s.])|(?:[\\p{Ll}-]+\\s?){1,3}(?<!\\s)(?=,\\s\\p{Lu}\\p{Ll}|$)))?";
export const DESCRIBED = `${DESCRIPTION}${OF_WHOM}`;
/**
 * A name, or a name after an owner's possessive (`Australia's Prime Minister John Howard`,
 * `Manchester City's Paul Bosvelt`): the people list keeps them apart, a mention takes both.
 */
export const NAME = `${NAME_RUN.source}(?:(?<=['’]s) ${NAME_RUN.source})?`;
/** `Powell’s office`, `Clinton’s campaign`: speaking for a named person. */
const ENTOURAGE = `${NAME}['’]s\\s+(?:office|campaign|spokesman|spokeswoman|spokesperson|team|staff|aides?|lawyers?|attorneys?|representatives?|camp|press secretary|statement|letter|lawsuit)`;
/** `Carson’s business manager, Armstrong Williams,`: a role of someone's, then the name. */
const POSSESSED = `${NAME}['’]s(?:\\s+[\\p{Ll}-]+){1,3}(?=,\\s+${NAME},)`;
/** `Ronald Reagan's former education secretary`: a role of someone's. */
const OWNED_DESCRIPTION = `${NAME_RUN.source}['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:${HEADS})s?\\b`;
/** Anyone who can speak: a pronoun, a description, someone's entourage or role, a name. */
export const SPEAKER = `(?<spk>\\b${PRONOUN}\\b|\\b${DESCRIBED}|${ENTOURAGE}|${POSSESSED}|${OWNED_DESCRIPTION}|${NAME})`;

/** Whole-mention tests, compiled once (they run for every quote). */
export const IS_PRONOUN = new RegExp(`^${PRONOUN}$`, 'u');
export const IS_DESCRIPTION = new RegExp(`^${DESCRIBED}$`, 'u');
export const HEAD_OF = new RegExp(`^${DESCRIPTION}`, 'u');
export const IS_PRONOUN_OR_DESCRIPTION = new RegExp(`^(?:${PRONOUN}|${DESCRIBED})$`, 'u');
export const IS_STAND_IN = new RegExp(
  `^(?:${DESCRIBED}|${PRONOUN}|${ENTOURAGE}|${NAME_RUN.source}['’]s(?:\\s+[\\p{L}-]+){1,3})$`,
  'u',
);
export const IS_NAME = new RegExp(`^${NAME}$`, 'u');

/** A party tag after a name: `Harry Reid (D-Nev.)`. */
export const PARTY = '(?:\\s*\\([A-Z][\\w.-]{0,12}\\))?';
/** `Her chief policy aide, Jake Sullivan, calls …`: the appositive may hold the name itself. */
export const APPOSITIVE = `${PARTY}(?:,\\s(?<app>(?:[^“”"]|“[^“”"]{0,60}”){1,200}?)(?<!\\)),|(?<=\\)),)?`;
/**
 * `Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote`: where a speaker
 * is from, after a full name (not after a title: `Chief of Staff Katie Walsh`).
 */
export const FROM =
  "(?:(?<=\\p{Lu}[\\p{L}.’'-]*\\s\\p{Lu}[\\p{Ll}’'-]+)(?<!\\b(?:Chief|Director|President|Secretary|Minister|Head|Chairman|Chairwoman|Speaker|Leader|Commissioner|Governor|Mayor|Editor|Founder|Member|Professor|Department|Ministry|Office|Bureau))\\s+(?:of|from)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'.&-]*(?:\\s+(?:(?:for|of|and|on)\\s+)?\\p{Lu}[\\p{L}’'.&-]*)*(?:,\\s+\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?(?=\\s+\\p{Ll}))?)?";
/** Auxiliaries and adverbs between a speaker and the verb: `has repeatedly said`, `is now calling`. */
export const AUX =
  "(?:(?:in|during|at|on)\\s+(?:his|her|their|a|an|the)\\s+(?:(?!(?:and|or|but|that|who|which)\\s)[\\p{L}’'-]+\\s+){0,3}?)?" +
  '(?:(?:on|last|this|early|late|earlier|later)\\s+(?:\\p{Lu}\\p{Ll}+day|week|month|year|night|morning|evening|afternoon)\\s+)?(?:(?:has|had|have|would|will|also|later|then|once|is|was|were|are|been|just|now|again|first|further|even|still|never|often|\\p{Ll}+ly)\\s+)*' +
  '(?:(?:began|begins|started|starts|opened|opens|ended|ends|closed|closes)\\s+by\\s+)?';

/** Words of a role before a name (`Republican presidential candidate`), not a phrase (`reporters during a visit to`). */
export const ROLE_PREFIX =
  "(?:(?!(?:to|in|on|at|for|with|from|during|that|after|before|while|when|about|into|over|by|or|but|until|because|since|if|unless|although|though|whether|where|once|than)\\s|and\\s(?!\\p{Ll}))[\\p{L}\\d’'.&$/-]+\\s+){0,6}?";
/** After a name: the end of the attribution, not a noun it modifies (`one Trump confidant`). */
export const NAME_END =
  '(?=\\s*(?:[,.;:(—–-]|$)|\\s(?:who|of|on|in|at|to|during|after|before|when|while|as|about|and|from|for)\\b)';

/** Any mention that can be a clause's subject: a pronoun, a description or a name. */
export const SUBJECT = new RegExp(`\\b${PRONOUN}\\b|${DESCRIBED}|${NAME}`, 'gu');
/** A word that opens a phrase or a date, never the subject: `On`, `Meanwhile`, `Monday`. */
export const NOT_SUBJECT = new RegExp(
  `^(?:${alternatives([...OPENING_PREPOSITIONS, ...TIME_CONNECTIVES, ...CLAUSE_OPENERS, ...WEEKDAYS, ...MONTHS])})\\b`,
  'u',
);
/** A name inside a prepositional phrase: `On Sunday`, `Like Corker`, `Of Carson`. */
export const IN_PHRASE = new RegExp(`^(?:${alternatives(OPENING_PREPOSITIONS)})\\s`, 'u');
/** A capitalised word that is no name: a participle or adverb (`Reached`), a determiner, a time word. */
export const NOT_A_NAME = new RegExp(
  `^(?:\\p{Lu}\\p{Ll}+(?:ed|ing|ly)|${alternatives([...NOT_NAMES, ...TIME_CONNECTIVES])})$`,
  'u',
);
