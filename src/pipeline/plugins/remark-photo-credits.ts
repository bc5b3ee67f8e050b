/**
 * Removes photo credits: whole lines (`Photo: Reuters`, `(Image: Getty)`) and credits glued to
 * the end of the dek or a paragraph (`… Moscow's demands. Photos: X.`). Each goes to `removed`.
 */
import type { Root } from 'mdast';
import { articlesOf, blockText, liveBlocks, markRemoved, setBlockText } from '../blocks.ts';
import { CREDIT_LABEL } from '../words/picture-nouns.ts';

const WHOLE_LINE = new RegExp(`^\\(?${CREDIT_LABEL}\\s*:\\s*[^.]{1,80}\\.?\\)?$`, 'i');
const TRAILING = new RegExp(
  `(?<=[.!?”"’)])\\s+\\(?(${CREDIT_LABEL}\\s*:\\s*[^.:]{1,60}\\.?)\\)?$`,
  'i',
);

/** Strips photo credits from deks and paragraphs. */
export default function remarkPhotoCredits() {
  return (tree: Root): void => {
    for (const article of articlesOf(tree)) {
      if (article.data.dek) {
        const m = TRAILING.exec(article.data.dek);
        if (m) {
          article.data.removed.push({
            text: m[1]!,
            reason: 'photo-credit',
            detail: 'from the dek',
          });
          article.data.dek = article.data.dek.slice(0, m.index).trim();
        }
      }
      for (const block of liveBlocks(article)) {
        const text = blockText(block);
        if (WHOLE_LINE.test(text)) {
          markRemoved(block, 'photo-credit');
          continue;
        }
        const m = TRAILING.exec(text);
        if (m) {
          article.data.removed.push({
            text: m[1]!,
            reason: 'photo-credit',
            detail: 'from the end of a paragraph',
          });
          setBlockText(block, text.slice(0, m.index).trim());
        }
      }
    }
  };
}
