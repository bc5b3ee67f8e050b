/**
 * A site's name after a headline: `Title | Site`, `Title — The Washington Post`, `Title - U.S. -
 * New York Times`, `Title :: Western Journal`. Pages put the site's name (and at times a section)
 * after the headline in the window title, and saved text keeps it. The tail is a name (capitalised
 * words, a web address) after a spaced separator, and it is the site's when the corpus shows it
 * ending the headlines of several files, or when it is written as a site names itself: a web
 * address, capitals under a headline that is not in capitals, an organisation's name.
 */
import { isAffiliation } from './byline.ts';
import { hasTag, tagWords } from './document/tokens.ts';
import type { Vocabulary } from './types.ts';

/** A separator between headline and site, with spaces around it. */
const SEPARATOR = /\s+(?:\||—|–|-|::|·|•|»|«)\s+/gu;
/** A dash also parts a headline from who said it (`Fear will help France - Laporte`). */
const DASH = /^\s*[—–-]\s*$/u;
/** A site's name is short. */
const MAX_SITE_WORDS = 5;
const MAX_SITE_LENGTH = 40;
/** What is left must still be a headline. */
const MIN_TITLE_WORDS = 3;
/** A section before the site's name (`- U.S. -`, `- News -`) is a word or two. */
const MAX_SECTION_WORDS = 2;
const DOMAIN = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|org|net|co\.uk|news|us)$/iu;
/** The small words a name may hold in lower case (`The Voice of America`). */
const NAME_JOINERS = new Set(['the', 'of', 'and', '&', 'on', 'for', 'a']);
/** Key of a site name in the corpus counts: not a line shape (those never hold `§`). */
export const SITE_KEY = '§site ';

export interface SiteSuffix {
  /** The headline without the site's name (and section). */
  title: string;
  /** What was cut off, separators included, as written. */
  suffix: string;
  /** The site's name. */
  site: string;
  /** Why the tail is the site's name, in words. */
  evidence: string;
}

interface Segment {
  head: string;
  tail: string;
  separator: string;
}

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** A tail that could be a name: a few capitalised words (joiners aside) or a web address. */
function isNameShaped(tail: string): boolean {
  const ws = words(tail);
  if (ws.length === 0 || ws.length > MAX_SITE_WORDS || tail.length > MAX_SITE_LENGTH) return false;
  if (DOMAIN.test(tail)) return true;
  return ws.every((w) => /^[\p{Lu}\d]/u.test(w) || NAME_JOINERS.has(w.toLowerCase()));
}

/** The last spaced separator of a line and what stands on either side of it. */
function lastSegment(line: string): Segment | undefined {
  const last = [...line.matchAll(SEPARATOR)].at(-1);
  if (!last) return undefined;
  return {
    head: line.slice(0, last.index).trimEnd(),
    tail: line.slice(last.index + last[0].length).trim(),
    separator: last[0],
  };
}

/** The key a site's name is counted under: lower case, without `The` and punctuation. */
export function siteKey(site: string): string {
  return site
    .toLowerCase()
    .replace(/^the\s+/u, '')
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .trim();
}

/** The name a headline line may end in, before any evidence that it is the site's. */
export function siteSuffixCandidate(line: string): Segment | undefined {
  const split = lastSegment(line.trim());
  if (!split || words(split.head).length < MIN_TITLE_WORDS || !isNameShaped(split.tail))
    return undefined;
  return split;
}

/** Why the tail of `split` is the site's name; undefined when nothing says so. */
function siteEvidence(split: Segment, vocabulary?: Vocabulary): string | undefined {
  const { tail: site, head } = split;
  const files = vocabulary?.repeatedLine?.(SITE_KEY + siteKey(site)) ?? 0;
  if (files > 0) return `“${site}” ends the headlines of ${files} files`;
  if (DOMAIN.test(site)) return 'a web address after the headline';
  const letters = site.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 4 && letters === letters.toUpperCase() && /\p{Ll}/u.test(head))
    return 'a name in capitals after a headline that is not';
  const named = tagWords(site).filter((t) => !NAME_JOINERS.has(t.text.toLowerCase()));
  if (named.length > 0 && named.every((t) => hasTag(t, ['Organization'])))
    return 'an organisation’s name after the headline';
  // After a bar or a guillemet (not a dash), a name read as where writers work (`« Breitbart News`).
  if (!DASH.test(split.separator) && isAffiliation(site)) return 'a name read as an outlet’s';
  return undefined;
}

/** The site's name (and a section before it) at the end of a headline line, with the evidence. */
export function readSiteSuffix(line: string, vocabulary?: Vocabulary): SiteSuffix | undefined {
  const text = line.trim();
  const split = siteSuffixCandidate(text);
  if (!split) return undefined;
  const evidence = siteEvidence(split, vocabulary);
  if (!evidence) return undefined;
  let title = split.head;
  // `Old Hands Help Russia Navigate U.S. Media - U.S. - New York Times`: the section goes too.
  const section = lastSegment(title);
  if (
    section &&
    words(section.tail).length <= MAX_SECTION_WORDS &&
    isNameShaped(section.tail) &&
    words(section.head).length >= MIN_TITLE_WORDS
  )
    title = section.head;
  return { title, suffix: text.slice(title.length), site: split.tail, evidence };
}
