/**
 * Takes a readers' comment thread off the end of each article (`comment-thread.ts`), every line
 * of it recorded as `boilerplate-line` with the label it sits under.
 */
import type { Root } from 'mdast';
import { articlesOf, blockText, liveParagraphs, markRemoved } from '../blocks.ts';
import { findCommentThread } from '../comment-thread.ts';

export default function remarkCommentThread() {
  return (tree: Root): void => {
    for (const article of articlesOf(tree)) {
      const live = liveParagraphs(article);
      const lines = live.map(blockText);
      const thread = findCommentThread(lines);
      if (!thread) continue;
      const label = lines[thread.label] ?? '';
      const count = thread.end - thread.label + 1;
      const detail = `a readers’ comment thread: ${count} short lines under the label “${label}” at the end`;
      for (let i = thread.label; i <= thread.end; i++)
        markRemoved(live[i]!, 'boilerplate-line', detail);
    }
  };
}
