/**
 * A bio is a sentence about a journalist: a person (or a news agency) as its subject and a
 * predicate about reporting, writing, covering, editing or working for an outlet, read with
 * compromise's tags and lemmas, not with wordings. Three forms carry it:
 *
 * - a name and a reporting verb, with evidence that the verb is about the journalist's work (an
 *   outlet after `for`/`at`/`with`, the article itself as `this report`, the present tense of a
 *   beat, or the byline's own name): `Charlie Spiering covers politics for Breitbart News.`,
 *   `Felix Ortega contributed reporting from Manchester, N.H.`, `Reuters contributed to this story.`;
 * - a name, a copula and a journalist's job: `Mark Landler and Noah Weiland are reporters for The
 *   New York Times.`, `Owain Bennallack is the editor of Develop magazine.`;
 * - a credit: reporting words and `by` a name, with no subject or the article as subject:
 *   `(Reporting by Nick Gass; Editing by Rob Alvarez)`, `This article was written by …`.
 *
 * A line that quotes someone is reporting, not a bio; a pronoun as subject continues the story
 * (`She was an established author …`). A bio line opens with such a sentence; what follows it on
 * the line goes with it (`Reach Page at spage@usatoday.com.`). Who made the article (its authors) is kept apart
 * from who helped (`contributed to this report`, `Additional reporting by`, `Editing by`).
 */
import nlp from './document/compromise.ts';
import { lemmaSentences } from './document/lemmas.ts';

/** What a bio line says about who made the article. */
export interface BioReading {
  /** The journalists who wrote the article (empty for a line crediting helpers only). */
  authors: string[];
  /** The outlet they work for, when the line names one. */
  outlet?: string;
}

/** Quotation marks: a line that quotes someone is reporting, not a bio. */
const QUOTE_MARK = /["“”«»]|(?:^|\s)['‘]|['’](?:\s|$)/u;
/** A bio is short: a line longer than this is a paragraph of the story. */
const MAX_BIO_WORDS = 120;
/** The sentence about the journalist is short (`Zubair Amin is a Senior Journalist at NewsX …`: 19). */
const MAX_OPENING_WORDS = 30;
/** A name is at most this many words. */
const MAX_NAME_WORDS = 5;

/** The work of a journalist, as verb lemmas; their forms come from compromise's conjugation. */
const REPORTING_VERBS = ['report', 'write', 'cover', 'edit', 'contribute', 'produce', 'photograph'];
/** The lemmas whose agent helped but did not write the article. */
const HELPING = new Set(['edit', 'contribute', 'produce', 'photograph']);
/** A journalist's job, as noun lemmas (compromise tags them `#Actor`). */
const JOURNALIST = new Set(
  `journalist reporter correspondent writer editor columnist contributor producer anchor blogger
  critic photographer staffer`.split(/\s+/),
);
/** Every written form of a reporting verb → its lemma (`written` → `write`). */
const REPORTING_FORM = new Map<string, string>(
  REPORTING_VERBS.flatMap((lemma) => {
    const forms = nlp(lemma).verbs().conjugate()[0] as Record<string, string>;
    return Object.values(forms)
      .filter((f) => !f.includes(' '))
      .map((f): [string, string] => [f, lemma]);
  }),
);

/** A cheap look before tagging: the line holds a reporting verb's form or a journalist's job. */
function mentionsJournalism(text: string): boolean {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).some(
    (w) => REPORTING_FORM.has(w) || JOURNALIST.has(w) || JOURNALIST.has(w.replace(/s$/u, '')),
  );
}

interface Term {
  text: string;
  /** Punctuation and space after the word. */
  post?: string;
  normal: string;
  tags: string[];
  root?: string;
}

/** Reads a bio line: the authors (and outlet) it names, or undefined when it is not a bio. */
export function readBioSentence(
  text: string,
  byline: readonly string[] = [],
): BioReading | undefined {
  if (QUOTE_MARK.test(text) || text.split(/\s+/).length > MAX_BIO_WORDS) return undefined;
  // A bar parts credits as a semicolon does (`Reporting by A | Editing by B`).
  const plain = text.replace(/[()[\]]/gu, ' ').replace(/[;|]/gu, '.');
  // The line opens with the sentence about the journalist (tagged first, alone: the costly part);
  // what follows it on the line (a contact line, `Before joining Politico, Louis covered
  // Congress.`) is part of the bio.
  const opening = /^.*?(?<!(?:^|\s)\p{Lu})[.!?](?=\s+\p{Lu}|$)/u.exec(plain.trim())?.[0] ?? plain;
  if (opening.split(/\s+/).length > MAX_OPENING_WORDS || !mentionsJournalism(opening))
    return undefined;
  const first = clausesOf(opening)[0];
  const reading = first && readClause(first, byline);
  if (!reading) return undefined;
  const readings = [reading];
  for (const clause of clausesOf(plain).slice(1)) {
    const more = readClause(clause, byline);
    if (more) readings.push(more);
  }
  const authors = [...new Set(readings.flatMap((r) => r.authors))];
  const outlet = readings.find((r) => r.outlet)?.outlet;
  return outlet ? { authors, outlet } : { authors };
}

function clausesOf(text: string): readonly (readonly Term[])[] {
  return lemmaSentences(text);
}

/** True when `text` is a bio line (a sentence about a journalist, and contact lines). */
export function isBioSentence(text: string, byline: readonly string[] = []): boolean {
  return readBioSentence(text, byline) !== undefined;
}

function readClause(terms: readonly Term[], byline: readonly string[]): BioReading | undefined {
  return readCredit(terms) ?? readSubjectPredicate(terms, byline);
}

const lemmaOf = (t: Term): string | undefined =>
  REPORTING_FORM.get(t.normal) ?? (t.root ? REPORTING_FORM.get(t.root) : undefined);
const has = (t: Term, tag: string): boolean => t.tags.includes(tag);
const capitalised = (t: Term): boolean => /^\p{Lu}/u.test(t.text);

/**
 * A credit: reporting words, `by`, names (`Reporting by Nick Gass`, `Reported and written by
 * Rebecca Klein for HuffPost`, `This article was written by …`). Before the reporting words
 * there may be nothing, an adjective (`Additional reporting by`: a helper), or the article itself
 * (`This article was`).
 */
function readCredit(terms: readonly Term[]): BioReading | undefined {
  const by = terms.findIndex((t, i) => t.normal === 'by' && i > 0 && lemmaOf(terms[i - 1]!));
  if (by < 0) return undefined;
  let first = by - 1;
  while (first > 0 && (lemmaOf(terms[first - 1]!) || terms[first - 1]!.normal === 'and')) first--;
  const before = terms.slice(0, first);
  const aboutArticle = before[0]?.normal === 'this' && before.length <= 3;
  const adjectives = before.every((t) => has(t, 'Adjective'));
  if (!aboutArticle && !adjectives) return undefined;
  const names = namesIn(terms.slice(by + 1));
  if (names.length === 0) return undefined;
  const lemmas = terms.slice(first, by).map(lemmaOf).filter(Boolean);
  const helping = before.length > 0 && !aboutArticle;
  const authors = helping || lemmas.every((l) => HELPING.has(l!)) ? [] : names;
  return withOutlet({ authors }, terms.slice(by + 1));
}

/**
 * A name (or an agency) and a predicate about its work: a reporting verb with evidence, or a
 * copula and a journalist's job.
 */
function readSubjectPredicate(
  terms: readonly Term[],
  byline: readonly string[],
): BioReading | undefined {
  // The first verb that is not a word of a name (`Nancy Cook is …`: `Cook` may be read as a verb).
  const verb = terms.findIndex(
    (t, i) => has(t, 'Verb') && !has(t, 'Person') && (i === 0 || !capitalised(t)),
  );
  if (verb <= 0) return undefined;
  const subject = terms.slice(0, verb);
  if (subject.some((t) => has(t, 'Pronoun'))) return undefined;
  const names = namesIn(subject);
  const agency = subject.some((t) => has(t, 'Organization')) || subject.every(capitalised);
  if (names.length === 0 && !agency) return undefined;
  const predicate = terms.slice(verb);
  const head = predicate[0]!;
  if (has(head, 'Copula')) {
    // The job as a noun phrase (`is a staff writer`, `are reporters`). A bare title (`is
    // technology correspondent for The World`, 8 BBC tech pages) is kept: the BBC gate counts it
    // as the text as written.
    const job = predicate.slice(1, 6).find((t) => JOURNALIST.has(t.root ?? t.normal));
    const phrase = has(predicate[1] ?? head, 'Determiner') || (job && has(job, 'Plural'));
    if (!job || !phrase || names.length === 0) return undefined;
    return withOutlet({ authors: names }, predicate);
  }
  const lemma = lemmaOf(head);
  if (!lemma) return undefined;
  const rest = predicate.slice(1);
  // The work itself (`contributed reporting`) or the article closing the clause (`… to this report.`).
  const onArticle = Boolean(rest[0] && lemmaOf(rest[0])) || endsOnThisArticle(rest);
  const outlet = outletIn(rest);
  const beat = has(head, 'PresentTense') && !has(head, 'Gerund');
  const byByline = names.some((n) => byline.some((b) => sameName(b, n)));
  if (!onArticle && !outlet && !beat && !byByline) return undefined;
  if (HELPING.has(lemma) && !outlet) return { authors: [] };
  return withOutlet({ authors: names }, rest);
}

/** The clause ends on `this` and a noun: the article itself (`contributed to this story.`). */
function endsOnThisArticle(terms: readonly Term[]): boolean {
  const [det, noun] = terms.slice(-2);
  return det?.normal === 'this' && noun !== undefined && has(noun, 'Noun');
}

/** The names in a run of terms: capitalised runs of a person's or proper-noun words. */
function namesIn(terms: readonly Term[]): string[] {
  const names: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length >= 2 && run.length <= MAX_NAME_WORDS) names.push(caseName(run));
    run = [];
  };
  for (const t of terms) {
    // An initial keeps its full stop (`Ylan Q. Mui`); a sentence's end does not.
    const bare = t.text.replace(/[.,;:]+$/u, '');
    const word = /^\p{Lu}$/u.test(bare) && /^\./u.test(t.post ?? '') ? `${bare}.` : bare;
    const nameWord =
      capitalised(t) &&
      !has(t, 'Organization') &&
      !JOURNALIST.has(t.root ?? t.normal) &&
      !has(t, 'Possessive') &&
      !has(t, 'Determiner') &&
      !has(t, 'Preposition') &&
      !has(t, 'Verb') &&
      !has(t, 'Place');
    if (nameWord) run.push(word);
    if (!nameWord || /[,;:]$/u.test(t.text)) flush();
  }
  flush();
  return names;
}

/** A name set in capitals is written as a name (`SOMINI SENGUPTA` → `Somini Sengupta`). */
function caseName(words: string[]): string {
  return words
    .map((w) =>
      w.length > 1 && w === w.toUpperCase() && /\p{Lu}{2}/u.test(w)
        ? w[0] + w.slice(1).toLowerCase()
        : w,
    )
    .join(' ');
}

/** The outlet named after `for`, `at`, `with`, `of` or `to`: a run of organisation words. */
function outletIn(terms: readonly Term[]): string | undefined {
  for (let i = 0; i < terms.length; i++) {
    if (!/^(?:for|at|with|of|to)$/u.test(terms[i]!.normal)) continue;
    const words: string[] = [];
    for (let j = i + 1; j < terms.length; j++) {
      const t = terms[j]!;
      if (words.length === 0 && has(t, 'Determiner')) {
        if (capitalised(t)) words.push(t.text);
        continue;
      }
      if (!capitalised(t)) break;
      words.push(t.text.replace(/[.,;:]+$/u, ''));
      if (/[.,;:]$/u.test(t.text)) break;
    }
    // An outlet, not a person or a place: `for USA TODAY`, not `to President Obama`.
    const span = terms.slice(i + 1, i + 1 + words.length);
    const named = span.some((t) => has(t, 'Organization'));
    const other = span.some((t) => has(t, 'Person') || has(t, 'Place') || has(t, 'Honorific'));
    if (words.length > 0 && (named || !other)) return words.join(' ');
  }
  return undefined;
}

function withOutlet(reading: BioReading, terms: readonly Term[]): BioReading {
  const outlet = outletIn(terms);
  return outlet ? { ...reading, outlet } : reading;
}

/** Two spellings of one name: the same last word, case folded. */
function sameName(a: string, b: string): boolean {
  const last = (s: string): string => s.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return last(a) !== '' && last(a) === last(b);
}
