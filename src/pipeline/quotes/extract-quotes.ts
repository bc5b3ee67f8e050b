/**
 * Extracts the direct quotations of one entry, with speakers: finds the spans, reads the
 * attribution around each in its sentence, carries the speaker over to the second part of a
 * split quote and to quote-only paragraphs that follow an attributed one, and leaves out titles of
 * works (short, capitalised, unattributed fragments). Scare quotes stay, as unattributed fragments:
 * whether a word in quotation marks is someone's word is the reader's call.
 */
import { createHash } from 'node:crypto';
import type { Block, Quote } from '../../schemas/entry.ts';
import { attribute, NO_ATTRIBUTION, speechEvents, type Attribution } from './attribute.ts';
import { findQuotes, type QuoteSpan } from './find-quotes.ts';
import { speechMarkView } from './speech-marks.ts';
import { signatureOf } from './signatures.ts';
import { titleWords, withKinds } from './quote-kind.ts';
import { describedPerson } from './description-referent.ts';
import { documentIssuer } from './document-issuer.ts';
import { roleHolder } from './role-holder.ts';
import { repairSpeakers } from './speaker-repair.ts';
import { firstNamedBetween } from './named-in-sentence.ts';
import { CUE_IN } from './cues.ts';
import { hasTag, tagWords } from './pos-tags.ts';
import { collectPeople, resolveName, type Person } from './people.ts';
import { fits, fitting, pronounReferent, subjectBefore } from './pronouns.ts';
import { previousSentenceStart, sentenceAround } from './sentences.ts';
import { typePeople } from './typed-people.ts';
import type { Rule } from './sieve.ts';

/** How many words after a quotation its attribution sits in: `…,” the group said in a statement`. */
const ATTRIBUTION_WORDS = 6;
/** How many paragraphs back a pronoun may reach for the last speaker. */
const LAST_SPEAKER_REACH = 6;
/** How far back (in characters) a speech event still counts for a pronoun. */
const REACH_CHARS = 1500;
/** The quotations of an entry's blocks, in reading order. */
export function extractQuotes(entryId: string, blocks: readonly Block[]): Quote[] {
  // In single-mark (British) style the single marks are the speech marks: read a view with the
  // roles swapped, and keep each quotation's own characters.
  const texts = speechMarkView(blocks.map((b) => b.text));
  const spans = findQuotes(texts).map((s) => ({
    ...s,
    text: blocks[s.block]!.text.slice(s.start, s.end),
  }));
  const masked = maskQuotes(texts, spans);
  const offsets: number[] = [];
  let total = 0;
  for (const t of masked) {
    offsets.push(total);
    total += t.length + 2;
  }
  const joined = masked.join('\n\n');
  const people = collectPeople(joined);
  typePeople(people, joined);
  const events = speechEvents(joined, people);
  const quotes: Quote[] = [];
  const kept: QuoteSpan[] = [];
  const seen = new Map<string, number>();
  let lastSpeaker: Person | undefined;
  let lastBlock = -10;
  let lastAt = -1;
  let previous: { span: QuoteSpan; quote: Quote; person: Person | undefined } | undefined;
  for (const span of spans) {
    const text = masked[span.block]!;
    const [from, to] = sentenceAround(text, span.open, span.close);
    const at = offsets[span.block]! + span.open;
    if (span.block - lastBlock > LAST_SPEAKER_REACH) lastSpeaker = undefined;
    // A person said to speak since the last quote ("Trump said Wednesday that …") is the better referent.
    const spoke = events.findLast((e) => e.at < at && e.at >= at - REACH_CHARS);
    if (spoke && (!lastSpeaker || spoke.at > lastAt)) {
      lastSpeaker = spoke.person;
      lastAt = spoke.at;
    }
    const sentenceStart = offsets[span.block]! + from;
    const windowStart = offsets[Math.max(0, span.block - 1)]!;
    const speaker = lastSpeaker;
    const spokeAt = lastAt;
    const referent = (pronounAt: number, gender: 'm' | 'f'): Person | undefined =>
      pronounReferent(
        joined,
        fitting(people, gender),
        pronounAt,
        sentenceStart,
        windowStart,
        fits(speaker, gender),
        spokeAt,
        gender,
      );
    let found: Attribution & { person?: Person } = attribute(
      text.slice(from, span.open),
      text.slice(span.close, to),
      {
        preStart: sentenceStart,
        postStart: offsets[span.block]! + span.close,
        following: text.slice(to, to + 160),
        asks: /[?!]$/.test(span.text),
        text: joined,
        windowStart,
      },
      people,
      referent,
    );
    // `Cueto was also puzzled … “…,” said the Sale player`: a definite description nobody was
    // introduced with is the one the sentences before are about.
    if (found.via === 'description' && !found.person && found.mention) {
      const unresolved = !found.speaker || found.speaker === found.mention.trim();
      const person = unresolved
        ? describedPerson(found.mention, joined, people, at, sentenceStart, windowStart)
        : undefined;
      if (person) found = { ...found, speaker: person.name, speakerName: person.name, person };
      // `“…,” the statement said`: the document introduced before speaks for its issuer.
      const issuer =
        !person && !found.speaker && found.mention
          ? documentIssuer(found.mention, joined, people, sentenceStart, windowStart)
          : undefined;
      if (issuer)
        found = {
          ...found,
          speaker: issuer.name,
          speakerName: issuer.name,
          ...(issuer.person ? { person: issuer.person } : {}),
        };
    }
    // `according to Q magazine editor Paul Rees`: the mention opens a phrase headed by a person.
    if (found.via === 'named' && found.mention) {
      const holder = roleHolder(
        text.slice(from, to),
        sentenceStart,
        found.mention,
        people,
        found.person,
      );
      if (holder && holder !== found.person)
        found = { ...found, speaker: holder.name, speakerName: holder.name, person: holder };
    }
    // "He told his audience, to rowdy applause:" closing the paragraph before a quote-only one.
    const introduced =
      span.block > 0 && /^\s*$/.test(text.slice(0, span.open))
        ? masked[span.block - 1]!.trimEnd()
        : '';
    if (!found.cue && introduced.endsWith(':')) {
      const [from0] = sentenceAround(introduced, introduced.length - 1, introduced.length);
      const start = offsets[span.block - 1]! + from0;
      found = attribute(
        introduced.slice(from0),
        '',
        { preStart: start, postStart: at },
        people,
        (p, gender) =>
          pronounReferent(
            joined,
            fitting(people, gender),
            p,
            start,
            offsets[Math.max(0, span.block - 2)]!,
            fits(speaker, gender),
            spokeAt,
            gender,
          ),
      );
    }
    let utterance: string | null = null;
    const fragment = isFragment(texts[span.block]!, span);
    // A paragraph that is only a quotation, or opens with a sentence that is only a quotation
    // (`"This is a response to the concerns …" Mr Raynsford also plans …`), right after a
    // paragraph in which someone spoke.
    const opensAlone =
      from === 0 &&
      /^\s*$/.test(text.slice(0, span.open)) &&
      /^[\s.,!?]*$/.test(text.slice(span.close, to));
    if (
      !found.cue &&
      !found.speaker &&
      speaker &&
      spokeAt >= windowStart &&
      (opensAlone || quoteOnly(texts[span.block]!, masked[span.block]!))
    ) {
      found = fromContext(speaker, 'quote-paragraph');
    }
    // `… what it called a “patent commons”. Adam Jollans, …, said the move was …. “We believe …`:
    // a quote opening its sentence after a sentence (past the earlier quote's) in which someone
    // spoke is that one's.
    const sentenceBefore = previousSentenceStart(joined, sentenceStart);
    const spokeSince =
      previous !== undefined &&
      span.continues === undefined &&
      from > 0 &&
      /^\s*$/.test(text.slice(from, span.open)) &&
      sentenceBefore > offsets[previous.span.block]! + previous.span.close &&
      spokeAt >= sentenceBefore;
    if (
      !found.cue &&
      found.via !== 'named' &&
      previous?.quote.speaker &&
      !spokeSince &&
      carriesOver(previous.span, span, texts, masked)
    ) {
      found = {
        ...previous.quote,
        mention: previous.quote.speakerMention,
        via: 'context',
        rule: 'continuation',
        ...(previous.person ? { person: previous.person } : {}),
      };
      if (previous.span.block === span.block || span.continues !== undefined)
        utterance = previous.quote.utterance ?? previous.quote.id;
    }
    // `Sam Lau, the communications director, said in a statement. “There are no paper ballots …”`:
    // a quotation opening its sentence right after a sentence in which someone spoke.
    if (
      !found.speaker &&
      !found.cue &&
      speaker &&
      /^\s*$/.test(text.slice(from, span.open)) &&
      from > 0 &&
      spokeAt >= previousSentenceStart(joined, sentenceStart)
    ) {
      found = fromContext(speaker, 'after-speech');
    }
    // `Bolton distanced himself from the NeverTrump movement … “I’m going to support him …”`: a
    // sentence that is only a quotation, after a sentence of its paragraph about a named person.
    if (
      !found.speaker &&
      !found.cue &&
      from > 0 &&
      /^\s*$/.test(text.slice(from, span.open)) &&
      /^[\s.,!?]*$/.test(text.slice(span.close, to))
    ) {
      const subject = subjectBefore(joined, people, sentenceStart, offsets[span.block]!, 1);
      if (subject) found = fromContext(subject.person, 'paragraph-subject');
    }
    // A paragraph that is only a quotation, after a paragraph about someone (`Viguerie is upbeat
    // about Cruz’s chances …` / `“Not only can Ted Cruz win …”`): the subject of that paragraph.
    if (
      !found.speaker &&
      !found.cue &&
      span.block > 0 &&
      span.continues === undefined &&
      quoteOnly(texts[span.block]!, masked[span.block]!)
    ) {
      const subject = subjectBefore(joined, people, offsets[span.block]!, windowStart, 1);
      if (subject) found = fromContext(subject.person, 'paragraph-subject');
    }
    // `"Chris Matthews: Seriously, seriously about this. …"`: a transcript line quoted whole,
    // its speaker's name as its label, whoever spoke before.
    const label = !found.cue && found.via !== 'named' ? SPEAKER_LABEL.exec(span.text) : null;
    const labelled = label ? resolveName(people, label[1]!, at) : undefined;
    if (label && labelled?.human)
      found = uncued(labelled.name, 'named', 'list-line', label[1]!, labelled);
    // `“I worry that …”` / `Dean Baker, Center for Economic and Policy Research.`, `“…” ― Steve
    // Quinlan`: a signed quotation, whoever spoke before.
    const signer =
      !found.cue && found.via !== 'named'
        ? signatureOf(
            texts[span.block]!,
            span.close,
            quoteOnly(texts[span.block]!, masked[span.block]!) ? texts[span.block + 1] : undefined,
            people,
            [offsets[span.block]!, offsets[span.block + 1] ?? total],
          )
        : undefined;
    if (signer) found = uncued(signer.name, 'named', 'list-line', signer.mention, signer.person);
    if (!found.cue && found.via !== 'context' && fragment && isTitleOfWork(span.text)) continue;
    // `told NBC’s “Meet the Press.”`, `on “This Week,”`: a programme or a title, whoever spoke.
    if (fragment && isTitleOfWork(span.text) && TITLE_BEFORE.test(text.slice(0, span.open)))
      continue;
    // `But Dunne is keen to put that period of his life behind him and said: “…”`: no attribution
    // read at all (and no reporting verb just after the quote whose subject went unread, `…,”
    // critics say`): the first person or organisation the sentence names before the quote is the
    // best guess.
    // Never for a phrase quoted inside a sentence: scare quotes (`“synergistic” processing
    // centres`, `arrested … for “lewd behaviour”`) are not speech, and a name near one is no
    // evidence of who said it.
    if (
      !fragment &&
      !found.speaker &&
      !found.cue &&
      !found.mention &&
      found.via === null &&
      !CUE_IN.test(firstWords(text.slice(span.close, to), ATTRIBUTION_WORDS))
    ) {
      // `the chancellor said Mr Fallon was “impugning the integrity”`: a name after a reporting
      // verb is not who speaks.
      const cue = CUE_IN.exec(text.slice(from, span.open));
      const before = cue ? sentenceStart + cue.index : at;
      let named =
        cue && ownSubject(text.slice(from, from + cue.index), cue[0])
          ? undefined
          : firstNamedBetween(joined, people, sentenceStart, before);
      // A name modifying the common noun after it (`At a Trump rally`, `the al Qaeda-linked
      // Islamic extremist cleric …`) is not the head of its phrase: the next one named may be.
      while (named && modifier(joined.slice(named.at, before), named.mention))
        named = firstNamedBetween(joined, people, named.at + named.mention.length, before);
      if (named) found = uncued(named.name, 'sentence', 'last-resort', named.mention);
    }
    const block = blocks[span.block]!;
    const key = `${span.text}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const quote: Quote = {
      id: quoteId(entryId, span.text, n),
      block: block.id,
      start: span.start,
      end: span.end,
      text: span.text,
      speaker: found.speaker,
      speakerId: null,
      speakerName: found.speakerName,
      speakerMention: found.mention,
      cue: found.cue,
      via: found.via,
      relay: found.relay,
      rule: found.speaker ? found.rule : null,
      fragment,
      utterance,
      variantOf: null,
    };
    quotes.push(quote);
    kept.push(span);
    previous = { span, quote, person: found.person };
    if (found.person) {
      lastSpeaker = found.person;
      lastBlock = span.block;
      lastAt = at;
    }
  }
  // A quotation running over several paragraphs is attributed once, often in its last part.
  for (let i = quotes.length - 1; i > 0; i--) {
    const span = kept[i]!;
    const prev = quotes[i - 1]!;
    const q = quotes[i]!;
    if (span.continues !== undefined && q.speaker && !prev.speaker) {
      Object.assign(prev, {
        speaker: q.speaker,
        speakerName: q.speakerName,
        speakerMention: q.speakerMention,
        cue: q.cue,
        via: 'context',
        rule: 'continued-back',
      });
    }
  }
  // Kinds read the marks around each quotation: in the view, the speech marks are double.
  const viewed = blocks.map((b, i) => (texts[i] === b.text ? b : { ...b, text: texts[i]! }));
  return repairSpeakers(withKinds(quotes, viewed));
}

/** A transcript line's label: a name of up to four capitalised words and a colon, opening it. */
const SPEAKER_LABEL = /^((?:\p{Lu}[\p{L}.'’-]*\s){0,3}\p{Lu}[\p{L}.'’-]*):\s/u;

/**
 * A participle cue right after a common noun, no comma between (`depicts one of the security
 * contractors asking, “…”`), has that noun phrase for its subject: the people named before it
 * are not who speaks.
 */
function ownSubject(lead: string, cue: string): boolean {
  if (!/ing$/u.test(cue) || !/\p{Ll}\s+$/u.test(lead)) return false;
  const last = tagWords(lead.slice(-40)).at(-1);
  return (
    last !== undefined &&
    /^\p{Ll}/u.test(last.text) &&
    hasTag(last, ['Noun']) &&
    !hasTag(last, ['Pronoun'])
  );
}

/**
 * A name that modifies the common noun after it (`the al Qaeda-linked Islamic extremist cleric
 * …`) is not the head of its noun phrase: the phrase is about someone or something else.
 */
function modifier(phrase: string, mention: string): boolean {
  if (!phrase.startsWith(mention) || !/^\s+\p{Ll}/u.test(phrase.slice(mention.length)))
    return false;
  const words = tagWords(phrase.slice(0, mention.length + 40));
  const next = words[tagWords(mention).length];
  return (
    next !== undefined &&
    hasTag(next, ['Noun', 'Adjective']) &&
    !hasTag(next, ['Pronoun', 'Verb', 'Date', 'Value'])
  );
}

/** The attribution of a quote to the person the sentences before it are about. */
function fromContext(person: Person, rule: Rule): Attribution & { person?: Person } {
  return uncued(person.name, 'context', rule, null, person);
}

/** An attribution with no reporting verb: the speaker, how they were found, the words naming them. */
function uncued(
  name: string,
  via: Attribution['via'],
  rule: Rule,
  mention: string | null = null,
  person?: Person,
): Attribution & { person?: Person } {
  return {
    ...NO_ATTRIBUTION,
    speaker: name,
    speakerName: name,
    mention,
    via,
    rule,
    ...(person ? { person } : {}),
  };
}

/** Replaces the words inside quotation marks with spaces, keeping offsets and the marks. */
function maskQuotes(texts: readonly string[], spans: readonly QuoteSpan[]): string[] {
  const out = texts.map((t) => t.split(''));
  for (const s of spans) {
    const chars = out[s.block]!;
    for (let i = s.open + 1; i < Math.min(s.close, chars.length); i++)
      chars[i] = /[“”"«»]/.test(chars[i]!) ? chars[i]! : ' ';
    // Keep a sentence end inside the marks: `“… a difficult task.” He reiterated` is two sentences.
    const last = s.end - 1;
    if (/[.!?]/.test(texts[s.block]![last] ?? '')) chars[last] = texts[s.block]![last]!;
  }
  return out.map((c) => c.join(''));
}

/** A quote inside a sentence rather than a statement of its own. */
function isFragment(text: string, span: QuoteSpan): boolean {
  const before = text.slice(0, span.open).trimEnd();
  if (before === '' || /[.:?!]["”’]?$/.test(before)) return false;
  if (/,$/.test(before) && /^\p{Lu}/u.test(span.text)) return false;
  return /^\p{Ll}/u.test(span.text) || wordCount(span.text) < 8 || /\p{L}$/u.test(before);
}

/** A paragraph that opens with a quotation mark and has no words outside its quotations. */
function quoteOnly(text: string, masked: string): boolean {
  return /^\s*["“«]/.test(text) && !/\p{L}{3,}/u.test(masked.replace(/["“”«»]/g, ''));
}

/**
 * The speaker of the previous quote carries over to this one when this one continues it across
 * paragraphs, follows it in the same paragraph, or opens the next paragraph.
 */
function carriesOver(
  prev: QuoteSpan,
  span: QuoteSpan,
  texts: readonly string[],
  masked: readonly string[],
): boolean {
  if (!prev) return false;
  if (span.continues !== undefined) return true;
  if (prev.block === span.block) return true;
  if (span.block !== prev.block + 1) return false;
  if (quoteOnly(texts[span.block]!, masked[span.block]!)) return true;
  // `“…,” declared Kasabian's singer Tom Meighan.` / `“No-one's doing it at the minute. …” Meighan
  // grew up …`: a paragraph opening with a quotation that ends its sentence without attribution
  // words, after a paragraph that closed on an attributed one (run-on paragraphs, as scraped).
  return (
    /^\s*$/.test(texts[span.block]!.slice(0, span.open)) &&
    /^\s*(?:$|[\p{Lu}"“])/u.test(texts[span.block]!.slice(span.close)) &&
    LAST_SENTENCE.test(masked[prev.block]!.slice(prev.close))
  );
}

/** What follows a quotation that ends its paragraph: at most its attribution, one sentence. */
const LAST_SENTENCE = /^[^.!?“”"]{0,120}[.!?]?\s*$/u;

/** What comes right before the name of a programme or publication: `on`, `NBC’s`. */
const TITLE_BEFORE = /(?:\b(?:on|to|in|at|of|from)|\p{L}['’]s?)\s*$/u;

/** The most words of a title of work left out when unattributed. */
const MAX_TITLE_WORDS = 6;

function isTitleOfWork(text: string): boolean {
  return titleWords(text, MAX_TITLE_WORDS).length > 0;
}

/** The first `n` words of a text. */
function firstWords(text: string, n: number): string {
  return text.trimStart().split(/\s+/, n).join(' ');
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length;
}

/** Stable quote id: the entry id and the quote's words (and which repetition it is). */
function quoteId(entryId: string, text: string, n: number): string {
  return `q${createHash('sha1').update(`${entryId}\u0000${text}\u0000${n}`).digest('hex').slice(0, 10)}`;
}

export { NO_ATTRIBUTION };
