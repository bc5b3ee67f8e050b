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
import { collectPeople, mostRecent, type Person } from './people.ts';

/** How many paragraphs back a pronoun may reach for the last speaker. */
const LAST_SPEAKER_REACH = 6;
/** How far back (in characters) to look for the start of the previous sentence. */
const PREVIOUS_SENTENCE_WINDOW = 600;
/** How far back (in characters) a speech event still counts for a pronoun. */
const REACH_CHARS = 1500;
/** A sentence ends at . ! ? (after any closing mark) before a capital or an opening mark. */
const SENTENCE_END =
  /(?<!\b(?:Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Dr|Mr|Mrs|Ms|St|Jr|Sr|Prof|Rev|Sec|Atty|Supt|Det|Cmdr|No|Mt|Ft|vs|Inc|Co|Corp|\p{Lu}))[.!?]["”’)]?\s+(?=["“‘(«]|[\p{Lu}\d])/gu;

/** The quotations of an entry's blocks, in reading order. */
export function extractQuotes(entryId: string, blocks: readonly Block[]): Quote[] {
  const texts = blocks.map((b) => b.text);
  const spans = findQuotes(texts);
  const masked = maskQuotes(texts, spans);
  const offsets: number[] = [];
  let total = 0;
  for (const t of masked) {
    offsets.push(total);
    total += t.length + 2;
  }
  const joined = masked.join('\n\n');
  const people = collectPeople(joined);
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
      );
    let found: Attribution & { person?: Person } = attribute(
      text.slice(from, span.open),
      text.slice(span.close, to),
      {
        preStart: sentenceStart,
        postStart: offsets[span.block]! + span.close,
        following: text.slice(to, to + 160),
      },
      people,
      referent,
    );
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
          ),
      );
    }
    let utterance: string | null = null;
    const fragment = isFragment(texts[span.block]!, span);
    // A paragraph that is only a quotation, right after a paragraph in which someone spoke.
    if (
      !found.cue &&
      !found.speaker &&
      speaker &&
      spokeAt >= windowStart &&
      quoteOnly(texts[span.block]!, masked[span.block]!)
    ) {
      found = {
        ...NO_ATTRIBUTION,
        speaker: speaker.name,
        speakerName: speaker.name,
        via: 'context',
        person: speaker,
      };
    }
    if (!found.cue && previous?.quote.speaker && carriesOver(previous.span, span, texts, masked)) {
      found = {
        ...previous.quote,
        mention: previous.quote.speakerMention,
        via: 'context',
        ...(previous.person ? { person: previous.person } : {}),
      };
      if (previous.span.block === span.block || span.continues !== undefined)
        utterance = previous.quote.utterance ?? previous.quote.id;
    }
    if (!found.cue && found.via !== 'context' && fragment && isTitleOfWork(span.text)) continue;
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
      });
    }
  }
  return quotes;
}

/**
 * Who "he" or "she" most likely is: the first person the sentence itself names ("In Putin's
 * description …, he said"), else the last speaker when they spoke in this paragraph or the one
 * before, else the person mentioned most recently there, else the last speaker.
 */
/** The people a "he" or "she" can refer to: those of that gender or of unknown gender. */
function fitting(people: readonly Person[], gender: 'm' | 'f'): Person[] {
  return people.filter((p) => !p.gender || p.gender === gender);
}

function fits(person: Person | undefined, gender: 'm' | 'f'): Person | undefined {
  return person?.human && (!person.gender || person.gender === gender) ? person : undefined;
}

function pronounReferent(
  text: string,
  people: readonly Person[],
  at: number,
  sentenceStart: number,
  windowStart: number,
  lastSpeaker: Person | undefined,
  lastAt: number,
): Person | undefined {
  const topic = topicBetween(text, people, sentenceStart, at);
  if (topic) return topic;
  // The previous sentence's topic ("Bob acknowledged …. But, he said, “…”"), when it is the last speaker or no one spoke lately.
  const previousStart = previousSentenceStart(text, sentenceStart);
  const before =
    previousStart >= windowStart
      ? topicBetween(text, people, previousStart, sentenceStart)
      : undefined;
  if (before && (!lastSpeaker || lastAt < previousStart || before === lastSpeaker)) return before;
  const recent = mostRecent(
    people.filter((p) => p.human),
    at,
  );
  const recentAt = recent ? Math.max(...recent.mentions.filter((m) => m < at)) : -1;
  if (lastSpeaker && lastAt >= windowStart) return lastSpeaker;
  return recent && recentAt >= windowStart ? recent : (lastSpeaker ?? recent);
}

/** The first person named as a possible topic in [from, to). */
function topicBetween(
  text: string,
  people: readonly Person[],
  from: number,
  to: number,
): Person | undefined {
  let topic: Person | undefined;
  let topicAt = Infinity;
  for (const p of people) {
    if (!p.human) continue;
    const first = p.mentions.find((m) => m >= from && m < to && isTopical(text, m));
    if (first !== undefined && first < topicAt) {
      topic = p;
      topicAt = first;
    }
  }
  return topic;
}

/** Where the sentence before the one starting at `start` begins. */
function previousSentenceStart(text: string, start: number): number {
  // Look back a bounded window: sentences are rarely longer, and this stays linear.
  const from = Math.max(0, start - PREVIOUS_SENTENCE_WINDOW);
  let begin = from;
  for (const m of text.slice(from, Math.max(from, start - 1)).matchAll(SENTENCE_END))
    begin = from + m.index + m[0].length;
  const paragraph = text.lastIndexOf('\n\n', start - 2);
  return Math.max(begin, paragraph >= 0 ? paragraph + 2 : 0);
}

/** A mention that can be a sentence's topic: not `the Modi summit`, not `with Witkoff` (but `In Putin's …`). */
function isTopical(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 16), at);
  const possessive = /^[\p{L}-]+['’]s\b/u.test(text.slice(at, at + 40));
  if (/\b(?:the|a|an)\s+$/i.test(before)) return false;
  return (
    possessive ||
    !/\b(?:of|to|with|for|by|from|about|against|between|and|at|in|on|than|like)\s+$/i.test(before)
  );
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

/** The sentence holding [open, close) in masked text: [start, end). */
function sentenceAround(text: string, open: number, close: number): [number, number] {
  const ends = sentenceEnds(text);
  // Binary search: the last sentence end at or before `open` (ends are [index, cut] pairs).
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]![1] <= open) lo = mid + 1;
    else hi = mid;
  }
  const start = lo > 0 ? ends[lo - 1]![1] : 0;
  for (let i = lo; i < ends.length; i++) {
    const [index, cut] = ends[i]!;
    // A sentence end inside the closing marks ends the sentence at the marks.
    if (cut > close) return [start, Math.max(index + 1, close)];
  }
  return [start, text.length];
}

const endsCache = new Map<string, Array<[number, number]>>();

/** Sentence ends of a paragraph, as [offset of the mark, offset after the spaces]; memoised per text. */
function sentenceEnds(text: string): Array<[number, number]> {
  let ends = endsCache.get(text);
  if (!ends) {
    ends = [...text.matchAll(SENTENCE_END)].map(
      (m) => [m.index, m.index + m[0].length] as [number, number],
    );
    if (endsCache.size > 64) endsCache.clear();
    endsCache.set(text, ends);
  }
  return ends;
}

/** A quote inside a sentence rather than a statement of its own. */
function isFragment(text: string, span: QuoteSpan): boolean {
  const before = text.slice(0, span.open).trimEnd();
  if (before === '' || /[.:?!]["”’]?$/.test(before)) return false;
  if (/,$/.test(before) && /^\p{Lu}/u.test(span.text)) return false;
  return /^\p{Ll}/u.test(span.text) || wordCount(span.text) < 8 || /\p{L}$/u.test(before);
}

/**
 * The speaker of the previous quote carries over to this one when this one continues it across
 * paragraphs, follows it in the same paragraph, or opens the next paragraph on its own.
 */
/** A paragraph that opens with a quotation mark and has no words outside its quotations. */
function quoteOnly(text: string, masked: string): boolean {
  return /^\s*["“«]/.test(text) && !/\p{L}{3,}/u.test(masked.replace(/["“”«»]/g, ''));
}

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
  return quoteOnly(texts[span.block]!, masked[span.block]!);
}

function isTitleOfWork(text: string): boolean {
  const words = text.replace(/[.,!?]+$/, '').split(/\s+/);
  return (
    words.length <= 6 &&
    words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|a|an|and|in|on|to|for)$/.test(w))
  );
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length;
}

/** Stable quote id: the entry id and the quote's words (and which repetition it is). */
function quoteId(entryId: string, text: string, n: number): string {
  return `q${createHash('sha1').update(`${entryId}\u0000${text}\u0000${n}`).digest('hex').slice(0, 10)}`;
}

export { NO_ATTRIBUTION };
