/**
 * Removes paragraphs that repeat an earlier paragraph of the same story, exactly or nearly
 * (a scraper that caught a block twice). The later copy goes to `removed`, naming the first.
 */
import type { Root } from 'mdast';
import { articlesOf, blockText, liveParagraphs, markRemoved } from '../blocks.ts';
import { comparable, editRatioAtLeast } from '../similarity.ts';

/** Near-duplicates must be this similar and this long; short lines repeat legitimately. */
const NEAR = 0.95;
const MIN_NEAR_LENGTH = 80;
const MIN_EXACT_LENGTH = 25;

/** Marks repeated paragraphs as removed. */
export default function remarkDuplicates() {
  return (tree: Root): void => {
    for (const article of articlesOf(tree)) {
      const seen = new Map<string, number>();
      const kept: Array<{ text: string; n: number }> = [];
      liveParagraphs(article).forEach((p, i) => {
        const text = blockText(p);
        const key = comparable(text);
        const first = seen.get(key);
        if (first !== undefined && text.length >= MIN_EXACT_LENGTH) {
          markRemoved(p, 'duplicate-paragraph', `same text as paragraph ${first}`);
          return;
        }
        if (text.length >= MIN_NEAR_LENGTH) {
          const twin = kept.find(
            (k) =>
              Math.abs(k.text.length - text.length) < text.length * 0.2 &&
              editRatioAtLeast(k.text, text, NEAR),
          );
          if (twin) {
            markRemoved(
              p,
              'near-duplicate-paragraph',
              `nearly the same text as paragraph ${twin.n}`,
            );
            return;
          }
          kept.push({ text, n: kept.length + 1 });
        }
        seen.set(key, i + 1);
      });
    }
  };
}
