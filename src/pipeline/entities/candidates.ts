/**
 * Candidate names in a text: runs of capitalised words (`Institute for the Study of War`,
 * `Vladimir Putin`, `TASS`) with their exact offsets, titles split off (`Russian President`),
 * and the evidence around each for what it names: a person, a place or an organisation.
 */
import { kindEvidence, scoreOf, type Evidence, type KindScore } from './kind-evidence.ts';
import { HONORIFICS, ORG_SUFFIXES } from './kind-words.ts';
import { isOrgWord, isPlaceWord, lexiconKind, lexiconTags, wordTags } from './lexicon.ts';

export type { EntityKind, Evidence, KindScore } from './kind-evidence.ts';

/** A name found in a text. */
export interface Candidate {
  /** The name as written, without titles or a possessive `’s`. */
  text: string;
  tokens: string[];
  start: number;
  end: number;
  score: KindScore;
  /** The strong evidence alone (`Evidence.strong`). */
  strong: KindScore;
  /** What decided `score`, piece by piece. */
  evidence: Evidence[];
}

/** A word of the text with its offsets. */
interface Token {
  text: string;
  start: number;
  end: number;
  capital: boolean;
  /** Ends in a possessive `’s` (left out of `text` and `end`). */
  possessive: boolean;
}

const TOKEN = /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;

/** Titles and roles before a name: split off, and a sign that a person follows. */
const TITLES = new Set(
  `president vice prime minister secretary sen senator rep representative gov governor mayor mr mrs ms miss dr
  gen general lt col sgt capt adm judge justice attorney chief chairman chairwoman speaker leader deputy former
  ambassador envoy commissioner chancellor king queen prince princess pope rev sir lady lord dame professor prof
  coach ceo director spokesman spokeswoman spokesperson aide adviser advisor candidate nominee president-elect
  manager boss captain striker midfielder defender goalkeeper skipper chairperson head officer analyst economist
  lawyer judge mp mep commander marshal colonel major lieutenant sergeant detective inspector superintendent
  minister-president premier counsellor councillor chair`.split(/\s+/),
);
/** Words that qualify a title: `Foreign Secretary`, `Secretary of State`. */
const QUALIFIERS = new Set(
  `state foreign home defence defense interior finance health education justice trade culture environment
  transport treasury shadow deputy acting interim special senior top chief first general`.split(
    /\s+/,
  ),
);
/** Capitalised words that are never names themselves. */
const STOP = new Set(
  `the a an in on at for and but or if as by to of from with after before when while since it he she they we i you
  this that these those his her their our its my your despite according although however meanwhile beyond amid
  during under over unlike like only both several some many most even still yet also then now today yesterday
  tomorrow last next here there every all no not so such once until why what how who where which whether through
  without within against between among toward towards across along around behind upon via per mr mrs ms dr
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december there's it's let let's oh yes well just please thanks one two three
  four five six seven eight nine ten first second third`.split(/\s+/),
);
/** Lower-case words allowed inside a name: `Bank of England`, `Ursula von der Leyen`. */
const CONNECTORS = new Set([
  'of',
  'for',
  'the',
  'de',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'al',
  'da',
  'del',
  'la',
  'le',
  'du',
  'di',
  'dos',
  'das',
]);
/** Capitals that name no one: time zones, units, media. */
const JUNK_ACRONYMS = new Set(
  'EST EDT PST PDT GMT BST UTC CET AM PM TV PC CD DVD MP MPs CEO ID OK GDP PR HQ'.split(' '),
);
function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let word = m[0];
    const possessive = /['’]s$/u.test(word) && word.length > 2;
    if (possessive) word = word.slice(0, -2);
    out.push({
      text: word,
      start: m.index,
      end: m.index + word.length,
      capital: /^\p{Lu}/u.test(word),
      possessive,
    });
  }
  return out;
}

const isTitle = (t: Token): boolean => {
  const w = t.text.toLowerCase();
  // A plural title (`MPs`, `Ministers`) is a title too: `Labour MPs` are no person.
  if (TITLES.has(w) || (/^\p{Lu}/u.test(t.text) && /s$/.test(w) && TITLES.has(w.slice(0, -1))))
    return true;
  const kind = lexiconKind(w);
  return kind === 'role' || kind === 'honorific';
};

/** A title in the plural: `MPs`, `Ministers`, `Travelers` (the lexicon's plural of a role). */
function pluralTitle(t: Token): boolean {
  const w = t.text.toLowerCase();
  if (TITLES.has(w)) return false;
  return (/s$/.test(w) && TITLES.has(w.slice(0, -1))) || lexiconTags(w).includes('Plural');
}

/** True when the token opens a sentence (or a quotation), where every word is capitalised. */
function opensSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === ' ') continue;
    return '.!?:;“"‘(—–…'.includes(c);
  }
  return true;
}

/** Runs of capitalised tokens joined by single spaces (and connectors between names). */
function runs(text: string, tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  const close = (): void => {
    while (run.length > 0 && !run.at(-1)!.capital) run.pop();
    if (run.length > 0) out.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = run.at(-1);
    const joined = prev !== undefined && !prev.possessive && text.slice(prev.end, t.start) === ' ';
    if (!joined) close();
    if (t.capital) {
      run.push(t);
      continue;
    }
    // A connector stays only between capitalised words, after a head word, title or particle.
    const next = tokens[i + 1]?.text === 'the' ? tokens[i + 2] : tokens[i + 1];
    if (
      joined &&
      CONNECTORS.has(t.text) &&
      next?.capital === true &&
      (!['of', 'for', 'the'].includes(t.text) ||
        run.some((r) => r.capital && (isOrgWord(r.text) || isPlaceWord(r.text) || isTitle(r))) ||
        (t.text === 'the' && ['of', 'for'].includes(prev.text)))
    ) {
      run.push(t);
      continue;
    }
    close();
  }
  close();
  return out;
}

/** Part of a run between titles, and the title word before it. */
interface Segment {
  tokens: Token[];
  title: string | null;
}

/** A run cut at its titles: `US President Donald Trump` → `US`, `Donald Trump` (after a title). */
function segments(
  run: readonly Token[],
  sentenceStart: boolean,
  lowerWords: ReadonlySet<string>,
): Segment[] {
  const out: Segment[] = [];
  let current: Token[] = [];
  let title: string | null = null;
  const push = (): void => {
    const atStart = sentenceStart && current[0] === run[0];
    // Connectors and qualifiers at the edges belong to no name: `of State`, `the`; at a
    // sentence's start, a function word (`And`, `Already`, `However`: a conjunction, adverb,
    // preposition, determiner or pronoun by the lexicon's tags) opens the sentence, not the name.
    // A number word mid-sentence is part of the name (`the Six Nations`).
    const edge = (t: Token): boolean =>
      !t.capital ||
      (STOP.has(t.text.toLowerCase()) && (atStart || !NUMBER_WORDS.has(t.text.toLowerCase())));
    const opener = (t: Token): boolean => atStart && current.length > 1 && functionWord(t.text);
    // In any case: a title-case work writes `The Prisoner Of Azkaban`.
    const afterOf = ['of', 'for'].includes(current[0]?.text.toLowerCase() ?? '')
      ? current[1]
      : undefined;
    while (
      current.length > 0 &&
      (edge(current[0]!) ||
        opener(current[0]!) ||
        (title !== null && QUALIFIERS.has(current[0]!.text.toLowerCase())))
    )
      current.shift();
    // At the end, a capitalised word the name runs into is part of it (`India Today`,
    // `Formula One`) unless it is a weekday or month (`Modi Thursday`), or a function word the
    // article also writes in lower case (`Gartner More`).
    while (current.length > 0 && trailingJunk(current, lowerWords)) current.pop();
    // `Archbishop of Westminster`, `Queen of Scots`: right after `of` comes the title's see,
    // realm or body, not the person who holds it (`Secretary of State Condoleezza Rice` is).
    if (current.length > 0)
      out.push({ tokens: current, title: afterOf === current[0] ? null : title });
    current = [];
  };
  // A run ending on an organisation's head holds no title: `Man Utd`, `Scottish Labour Party`.
  const head = run.at(-1)!.text;
  const orgHead = isOrgWord(head) || ORG_SUFFIXES.has(head.toLowerCase());
  for (let i = 0; i < run.length; i++) {
    const t = run[i]!;
    const lone = run.length === 1;
    const beforeTitle =
      QUALIFIERS.has(t.text.toLowerCase()) && run[i + 1] !== undefined && isTitle(run[i + 1]!);
    if (!lone && t.capital && (isTitle(t) || beforeTitle) && !orgHead) {
      push();
      // A plural role (`Labour MPs`, `Travelers Life`) is a group's, no one person's title.
      title = pluralTitle(t) ? null : t.text.toLowerCase();
      continue;
    }
    current.push(t);
  }
  push();
  return out;
}

/** Number words: a sentence opener (`Two Labour MPs`), or part of a name (`Six Nations`). */
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten first second third'.split(' '),
);

/** True when a word is tagged only as a function word (`And`, `Already`, `Nevertheless`). */
function functionWord(word: string): boolean {
  const tags = wordTags(word);
  return tags.length > 0 && tags.every((t) => FUNCTION_TAGS.has(t));
}
const FUNCTION_TAGS = new Set([
  'Conjunction',
  'Adverb',
  'Preposition',
  'Determiner',
  'Pronoun',
  'Possessive',
  'QuestionWord',
  'Expression',
]);

/** The last word of a segment is no part of the name (see `segments`). */
function trailingJunk(current: readonly Token[], lowerWords: ReadonlySet<string>): boolean {
  const last = current.at(-1)!;
  if (!last.capital || current.length === 1) return !last.capital;
  const w = last.text.toLowerCase();
  if (lexiconTags(w).some((t) => t === 'Month' || t === 'WeekDay')) return true;
  if (w === 'i' || w === 'the') return true;
  return lowerWords.has(w) && functionWord(w);
}

/** Words that make a single capitalised word junk rather than a name. */
function junkWord(
  word: string,
  sentenceStart: boolean,
  title: string | null,
  lowerWords: ReadonlySet<string>,
): boolean {
  const w = word.toLowerCase();
  if (/^(?:i|we|you|they|he|she|it|that|there|what|who|let)['’]/.test(w)) return true;
  if (STOP.has(w) || w.length < 2 || JUNK_ACRONYMS.has(word) || /-\p{Ll}/u.test(word)) return true;
  if (sentenceStart && /^\p{Lu}\p{Ll}+(?:ing|ly|ed)$/u.test(word)) return true;
  const kind = lexiconKind(w);
  if (kind === 'date' || kind === 'demonym' || kind === 'role' || kind === 'honorific') return true;
  if (TITLES.has(w) || QUALIFIERS.has(w)) return true;
  // Plural acronyms (`PCs`) and nationality adjectives (`British`, `Japanese`) name no one.
  if (/^\p{Lu}{2,}s$/u.test(word) || (kind === undefined && /(?:ish|ese)$/.test(w))) return true;
  if (word === word.toUpperCase()) return false;
  // A common word is a name only mid-sentence, and only if the text never writes it in lower case.
  // After a title (`General Staff`) only an honorific (`Mr Brown`) makes it a name.
  const honorific = title !== null && lexiconKind(title) === 'honorific';
  if (kind === 'common')
    return sentenceStart || lowerWords.has(w) || (title !== null && !honorific);
  return sentenceStart && lowerWords.has(w);
}

/**
 * True when the text after a name opens with a role whose holder it names: a lower-case role
 * (`Chelsea captain`, `Trump aide`), or a title before its holder's name (`Constitutional Affairs
 * Secretary Lord Falconer`, `Labour Minister Wolfgang Clement`): the name is the role's body,
 * portfolio or place. A title that ends the run is part of the name (`John Major`).
 */
/** Titles that only open a longer title or name: `Vice President`, `Vice City`. */
const PREFIX_TITLES = new Set(['vice', 'former']);

function roleFollows(after: string): boolean {
  const [, word, capital] =
    /^ (\p{Ll}+)\b/u.exec(after) ?? /^ (\p{Lu}\p{Ll}+) (\p{Lu})/u.exec(after) ?? [];
  if (word === undefined) return false;
  const w = word.toLowerCase();
  return (
    (TITLES.has(w) && (capital === undefined || !(QUALIFIERS.has(w) || PREFIX_TITLES.has(w)))) ||
    lexiconKind(w) === 'role'
  );
}

/**
 * The candidate names of a text with their offsets and evidence. `lowerWords` are the words
 * the whole article writes in lower case (a capitalised `Labour` is a name only if the article
 * never writes `labour`).
 */
export function findCandidates(text: string, lowerWords: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  for (const run of runs(text, tokenize(text))) {
    const sentenceStart = opensSentence(text, run[0]!.start);
    for (const { tokens, title } of segments(run, sentenceStart, lowerWords)) {
      const words = tokens.map((t) => t.text);
      const atStart = sentenceStart && tokens[0] === run[0];
      if (words.length === 1 && junkWord(words[0]!, atStart, title, lowerWords)) continue;
      const start = tokens[0]!.start;
      const end = tokens.at(-1)!.end;
      const evidence = kindEvidence(
        { tokens: words, text, start, end, title, lowerWords, sentenceStart: atStart },
        roleFollows,
      );
      out.push({
        text: text.slice(start, end),
        tokens: words,
        start,
        end,
        score: scoreOf(evidence),
        strong: scoreOf(evidence, true),
        evidence,
      });
    }
  }
  return out;
}

/** The words a text writes in lower case. */
export function lowerCaseWords(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}])\p{Ll}[\p{Ll}'’-]*/gu) ?? []);
}

/**
 * Where the name starts in a mention that may open with a sentence's function word (`But
 * Ferguson`, `Meanwhile Ms Hutt` → the offset of `Ferguson`, `Ms Hutt`): a link covers the
 * name, not the word before it. 0 when the mention opens with the name.
 */
export function nameStart(mention: string): number {
  const tokens = tokenize(mention);
  let i = 0;
  while (
    i < tokens.length - 1 &&
    tokens[i + 1]!.capital &&
    !HONORIFICS.has(tokens[i]!.text.toLowerCase()) &&
    (STOP.has(tokens[i]!.text.toLowerCase()) || functionWord(tokens[i]!.text))
  )
    i++;
  return tokens[i]?.start ?? 0;
}
