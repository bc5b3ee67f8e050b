/**
 * Takes the dateline off the start of a story's lead — `(CNN) —`, `WASHINGTON (AP) —`,
 * `FLINT, Mich., Oct. 4 (UPI) —`, `BRUSSELS -` — into `dateline`, and the agency or outlet in
 * parentheses into `source`. The lead keeps the rest of its text.
 */
import type { Root } from 'mdast';
import { articlesOf, blockText, liveBlocks, setBlockText } from '../blocks.ts';

const PLACE = "[\\p{Lu}][\\p{Lu}'’.-]+(?:\\s+[\\p{Lu}][\\p{Lu}'’.-]+){0,3}";
const REGION = '(?:,\\s*(?:[\\p{Lu}][\\p{L}]*\\.?\\s?){1,3})';
const DAY =
  '(?:,\\s*(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2})';
const AGENCY = "\\((?<agency>[\\p{L}][\\p{L}\\p{N} .&'’-]{0,30})\\)";
const DASH = '(?:—|–|--|-)';

/** Matches a dateline at the start of a paragraph; `dateline` and `agency` groups. */
export const DATELINE = new RegExp(
  `^(?<dateline>(?=[\\p{Lu}(])(?:${PLACE}${REGION}?${DAY}?\\s*)?(?:${AGENCY})?)\\s*${DASH}\\s+(?=\\S)`,
  'u',
);

/** Moves the dateline of each story's lead into the article's facts. */
export default function remarkDateline() {
  return (tree: Root): void => {
    for (const article of articlesOf(tree)) {
      const lead = liveBlocks(article).find((b) => b.type === 'paragraph');
      if (!lead) continue;
      const found = readDateline(blockText(lead));
      if (!found) continue;
      article.data.dateline = found.dateline;
      if (found.agency) {
        article.data.source ??= found.agency;
        if (article.data.sourceFrom === 'none') article.data.sourceFrom = 'dateline';
      }
      article.data.removed.push({ text: found.matched, reason: 'dateline' });
      setBlockText(lead, found.rest);
    }
  };
}

/** Splits a dateline off a paragraph, or undefined when it has none. */
export function readDateline(
  text: string,
): { dateline: string; agency?: string; matched: string; rest: string } | undefined {
  const m = DATELINE.exec(text);
  if (!m?.groups) return undefined;
  const dateline = m.groups.dateline!.trim();
  // A place-only dateline must be in capitals and at least three letters (not "I -").
  if (!m.groups.agency && dateline.replace(/[^\p{L}]/gu, '').length < 3) return undefined;
  const agency = m.groups.agency?.trim();
  return {
    dateline,
    ...(agency ? { agency } : {}),
    matched: m[0].trim(),
    rest: text.slice(m[0].length),
  };
}
