/**
 * `clause-argument`: a quotation that is an argument of a clause with no reporting verb (or lies
 * inside one) is the words of that clause's source — its grammatical subject (`The Tories on
 * Monday highlighted £35bn in “wasteful” spending`, `Although the IMF did not single out …, it
 * referenced “political tensions”`), the agent of a passive clause (`fined and “severely
 * reprimanded” by the Football Association`), or the owner of the quoted phrase (`William
 * Hill's “overwhelming evidence”`).
 *
 * Read from compromise's part-of-speech tags (`pos-tags.ts`), not from lists of verbs: the
 * clause's verb is the finite verb nearest before the quotation; its subject is the noun phrase
 * right before it (past prepositional phrases such as `on Monday`), and counts only when it opens
 * a main clause (the sentence's start, `and`/`but`, or the comma closing an opening phrase) and
 * names someone: a proper noun, an acronym, `he`/`she`, or `it` standing for a body named before.
 * A copula or a passive verb describes its subject (`Trump was “unfit”`): only a `by` agent
 * speaks then. A quotation after a subordinate word (`if they “participated …”`, `a prediction
 * that Trump would be “…”`) belongs to a clause whose source this pass cannot tell.
 */
import { lexiconKind } from '../first-names.ts';
import { itReferent } from '../it-referent.ts';
import { hasTag, tagWords, type Token } from '../pos-tags.ts';
import type { Found, QuoteSentence, Resolved } from './sentence.ts';

/** A word with where it is in the text read. */
interface Word {
  token: Token;
  /** The word without the punctuation compromise leaves on it. */
  word: string;
  at: number;
  /** Punctuation right after the word (`,` closing an opener). */
  trail: string;
}

/** The words of a text with their offsets (compromise keeps punctuation on its words). */
function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  let cursor = 0;
  for (const token of tagWords(text)) {
    const core = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*[\p{L}\p{N}]|[\p{L}\p{N}]/u.exec(token.text)?.[0];
    if (!core) continue;
    const at = text.indexOf(core, cursor);
    if (at < 0) continue;
    cursor = at + core.length;
    const trail = token.text.slice(token.text.indexOf(core) + core.length).trim();
    out.push({ token, word: core, at, trail });
  }
  return out;
}

/** Words that open a subordinate clause: what follows is not the main clause's argument. */
const SUBORDINATE =
  /^(?:that|which|who|whom|whose|if|when|whenever|because|whether|where|while|although|though|unless|until|since|what)$/i;
/** Connectives that may open a main clause before its subject. */
const COORDINATE = /^(?:and|but|so|yet|or|however)$/i;
/** Pronouns that name one person (`they`, `we` point to no one in particular). */
const PERSONAL = /^(?:he|she)$/i;

const isVerb = (w: Word) => hasTag(w.token, ['Verb']);
/** A finite verb: not a gerund or participle opening a phrase, not an infinitive after `to`. */
function isFinite(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  if (!isVerb(w) || hasTag(w.token, ['Gerund', 'Particle'])) return false;
  const before = words[i - 1];
  // `to be given`: a verb group after `to` is an infinitive, however long.
  let j = i - 1;
  while (j >= 0 && isVerb(words[j]!)) j--;
  if (j >= 0 && /^to$/i.test(words[j]!.word)) return false;
  // `did not single out`: the auxiliary carries the tense; an infinitive after it is its verb.
  if (hasTag(w.token, ['Infinitive']) && !(before && isVerb(before))) return false;
  return true;
}

/** Tags of a word that can belong to a noun phrase. */
const NOUN_PHRASE = [
  'Noun',
  'ProperNoun',
  'Acronym',
  'Determiner',
  'Adjective',
  'Possessive',
  'Value',
  'Pronoun',
];

/** A noun phrase: where it starts and ends (word indexes, end exclusive). */
interface Phrase {
  from: number;
  to: number;
}

/**
 * The subject of the verb at `v`: the noun phrase before it (a phrase joined by `of` stays in it,
 * other prepositional phrases are passed over), and whether what precedes it opens a main clause.
 */
function subjectBefore(words: readonly Word[], v: number): Phrase | undefined {
  let i = v - 1;
  // `has repeatedly said`, `did not`: adverbs and auxiliaries of the verb group.
  while (i >= 0 && hasTag(words[i]!.token, ['Adverb', 'Auxiliary', 'Negative', 'Modal'])) i--;
  let to = i + 1;
  for (;;) {
    // A comma after a word closes what came before it (an opener, an appositive).
    while (i >= 0 && hasTag(words[i]!.token, NOUN_PHRASE) && !words[i]!.trail.endsWith(',')) i--;
    let from = i + 1;
    if (from >= to) return undefined;
    const prep = words[i];
    if (prep && hasTag(prep.token, ['Preposition']) && !/^of$/i.test(prep.word)) {
      // `The Tories on Monday highlighted`: the phrase is the preposition's object; the subject
      // is before it.
      to = i;
      i--;
      continue;
    }
    if (prep && /^of$/i.test(prep.word)) {
      // `the Confederation of British Industry`: the name goes on before `of`.
      i--;
      while (i >= 0 && hasTag(words[i]!.token, NOUN_PHRASE) && !words[i]!.trail.endsWith(',')) i--;
      from = i + 1;
    }
    return opensMainClause(words, from) ? { from, to } : undefined;
  }
}

/** True when the words before `from` leave it the start of a main clause. */
function opensMainClause(words: readonly Word[], from: number): boolean {
  const before = words[from - 1];
  if (!before) return true;
  if (SUBORDINATE.test(before.word)) return false;
  if (COORDINATE.test(before.word)) return from - 1 === 0 || opensAfter(words, from - 1);
  // `In a statement announcing the pick, the Association …`: the comma closing an opener.
  return before.trail.endsWith(',');
}

/** True when the connective at `i` follows a clause's end or the sentence's start. */
function opensAfter(words: readonly Word[], i: number): boolean {
  const before = words[i - 1];
  return !before || /[,;:]$/.test(before.trail);
}

/** The head of a phrase can name someone: a proper noun, an acronym, `he`/`she`/`it`. */
function namesSomeone(words: readonly Word[], p: Phrase): boolean {
  const head = words[p.from]!;
  if (p.to - p.from === 1 && (PERSONAL.test(head.word) || /^it$/i.test(head.word))) return true;
  const inner = words.slice(p.from, p.to).filter((w) => !/^(?:the|of|and)$/i.test(w.word));
  // `IOWA POLLS NOT NECESSARILY WRONG`: a headline in capitals; `Washington appears weak`: a
  // place's name alone is a place, not a government speaking.
  const capitals = inner.filter((w) => !/\p{Ll}/u.test(w.word));
  if (capitals.length > 1 || capitals.some((w) => w.word.length > 6)) return false;
  if (
    inner.length === 1 &&
    hasTag(inner[0]!.token, ['Place']) &&
    !hasTag(inner[0]!.token, ['Organization'])
  )
    return false;
  return (
    inner.length > 0 &&
    inner.every((w) => /^\p{Lu}/u.test(w.word)) &&
    inner.some(
      (w) =>
        hasTag(w.token, ['ProperNoun', 'Acronym', 'Organization', 'Person']) ||
        (lexiconKind(w.word) === undefined && !hasTag(w.token, ['Plural'])) ||
        /^\p{Lu}\p{Ll}+\p{Lu}/u.test(w.word),
    )
  );
}

/** A form of `be` (compromise tags `been` a participle, not a copula). */
const isCopula = (w: Word) =>
  hasTag(w.token, ['Copula']) || /^(?:be|been|being|am|is|are|was|were)$/i.test(w.word);

/** The verb group at `v` describes its subject rather than making it act. */
function describes(words: readonly Word[], v: number): boolean {
  for (let i = v; i < words.length && (i === v || isVerb(words[i]!)); i++) {
    if (hasTag(words[i]!.token, ['Passive'])) return true;
    // `was fined`, `is an illusion` describe; `was going into overdrive` is the subject acting.
    const next = words[i + 1];
    if (isCopula(words[i]!) && !(next && isVerb(next))) return true;
  }
  return false;
}

/** The mention's text, as written in `pre`. */
function textOf(pre: string, words: readonly Word[], p: Phrase): { mention: string; at: number } {
  const from = words[p.from]!.at;
  const last = words[p.to - 1]!;
  // `the Confederation of British Industry (CBI)`: the name, without its initials.
  const mention = pre.slice(from, last.at + last.word.length).replace(/\s*\([^)]*$/u, '');
  return { mention, at: from };
}

/** `… by the Football Association`, `by police`: the agent after the quotation. */
const BY_AGENT = /^[\s,]*by\s+((?:the\s+)?\p{Lu}[\p{L}’'&-]*(?:\s\p{Lu}[\p{L}’'&-]*)*)/u;

/** The first organisation's name or initials in a stretch of the sentence (no person). */
function bodyIn(s: QuoteSentence, opener: string): string | undefined {
  for (const w of wordsOf(opener)) {
    if (!hasTag(w.token, ['Acronym', 'Organization'])) continue;
    const resolved = s.resolve(w.word, s.preStart + w.at);
    if (!resolved.person?.human) return resolved.person?.name ?? w.word;
  }
  return undefined;
}

/** A run of capitalised words, with `of`, `and`, `for`, `the` inside: a body's full name. */
const FULL_NAME = /\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|and|for|the|on)\s+)*\p{Lu}[\p{L}’'-]*)+/gu;

/** `IMF` → `International Monetary Fund`: the name the article spells out, whose initials it is. */
function expansion(s: QuoteSentence, acronym: string): string | undefined {
  if (!/^\p{Lu}{2,6}$/u.test(acronym) || !s.text) return undefined;
  for (const m of s.text.matchAll(FULL_NAME)) {
    const name = m[0].replace(/^The\s+/u, '');
    const initials = name
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('');
    if (initials === acronym) return name;
  }
  return undefined;
}

/** The speaker a mention resolves to, with an acronym spelled out as the article does. */
function speakerOf(s: QuoteSentence, mention: string, at: number): Resolved | undefined {
  const resolved = resolvedSpeaker(s, mention, at);
  const full = resolved?.speaker ? expansion(s, resolved.speaker) : undefined;
  return full ? { speaker: full, speakerName: full, via: resolved!.via } : resolved;
}

/** The speaker a mention resolves to, when it names someone who can speak. */
function resolvedSpeaker(s: QuoteSentence, mention: string, at: number): Resolved | undefined {
  if (/^it$/i.test(mention)) {
    // `Although the IMF did not …, it referenced`: a body named in the opener, else before.
    const body =
      bodyIn(s, s.pre.slice(0, at)) ??
      (s.text ? itReferent(s.text, s.people, s.preStart, s.windowStart) : undefined);
    return body ? { speaker: body, speakerName: body, via: 'description' } : undefined;
  }
  const resolved = s.resolve(mention, s.preStart + at);
  if (!resolved.speaker) return undefined;
  // `the Confederation of British Industry` is one name, not the people list's `British
  // Industry`: a name of several words is kept whole unless the speaker holds all of them.
  const name = mention.replace(/^the\s+/iu, '');
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length > 1 && !words.every((w) => resolved.speaker!.split(/\s+/).includes(w)))
    return { speaker: name, speakerName: name, via: 'named' };
  return resolved;
}

/** A copula or passive clause: only its `by` agent speaks. */
function passiveAgent(s: QuoteSentence): Found | undefined {
  const agent = BY_AGENT.exec(s.post);
  if (!agent) return undefined;
  const mention = agent[1]!.trim();
  const at = s.postStart - s.preStart + agent.index;
  const resolved = speakerOf(s, mention, at);
  return resolved ? { mention, cue: null, at, rule: 'clause-argument', resolved } : undefined;
}

/** The source of the clause the quotation is an argument of. */
export function clauseArgument(s: QuoteSentence): Found | undefined {
  // The opening mark stays out: compromise reads `Aragones' "` as a verb.
  const words = wordsOf(s.pre.replace(/["“«‘]\s*$/u, ''));
  // `William Hill's “overwhelming evidence”`: the owner of the quoted phrase.
  const last = words.at(-1);
  // Not when the quote modifies a noun after it (`Trump’s “isolationist” foreign policy`).
  const next = /^\s+(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?)/u.exec(s.post)?.[1];
  const modifies = next !== undefined && hasTag(tagWords(next)[0], ['Noun', 'Adjective']);
  if (last && !modifies && hasTag(last.token, ['Possessive'])) {
    let i = words.length - 1;
    while (i > 0 && hasTag(words[i - 1]!.token, ['ProperNoun', 'Acronym']) && !words[i - 1]!.trail)
      i--;
    const p = { from: i, to: words.length };
    // Only as the clause's subject (`But William Hill's “overwhelming evidence” came`): after a
    // verb (`praised Lord Scarman's “pioneering work”`) the subject is the one who judges.
    if (/['’]s?$/u.test(s.pre.trimEnd()) && opensMainClause(words, i) && namesSomeone(words, p)) {
      const { mention, at } = textOf(s.pre, words, p);
      const owner = mention.replace(/['’]s?$/u, '');
      const resolved = speakerOf(s, owner, at);
      if (resolved) return { mention: owner, cue: null, at, rule: 'clause-argument', resolved };
    }
  }
  // The finite verb nearest before the quotation, and no subordinate clause opened after it.
  for (let v = words.length - 1; v >= 0; v--) {
    if (SUBORDINATE.test(words[v]!.word)) return undefined;
    if (!isFinite(words, v)) continue;
    if (describes(words, v)) return passiveAgent(s);
    const subject = subjectBefore(words, v);
    // `of Republican claims as`: a noun taken for a verb has no subject; look further back.
    if (!subject) {
      const before = words[v - 1];
      if (before && hasTag(before.token, NOUN_PHRASE) && !before.trail) continue;
      return undefined;
    }
    if (!namesSomeone(words, subject)) return undefined;
    const { mention, at } = textOf(s.pre, words, subject);
    const resolved = speakerOf(s, mention, at);
    return resolved ? { mention, cue: null, at, rule: 'clause-argument', resolved } : undefined;
  }
  return undefined;
}
