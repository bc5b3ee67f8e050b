/**
 * Development aid: prints the story-split evidence at every candidate boundary of a file.
 * `node tests/tools/dbg-split.ts path/to/file.txt` (with the project's Node 22: `npx node …`).
 */
import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { articlesOf, blockText, liveBlocks } from '../../src/pipeline/blocks.ts';
import parseLines from '../../src/pipeline/plugins/parse-lines.ts';
import remarkBoilerplate from '../../src/pipeline/plugins/remark-boilerplate.ts';
import remarkHeaderLines from '../../src/pipeline/plugins/remark-header-lines.ts';
import { boundaryEvidence } from '../../src/pipeline/plugins/remark-story-split.ts';
import { prefixRatio } from '../../src/pipeline/similarity.ts';

const text = readFileSync(process.argv[2] ?? '/dev/stdin', 'utf8');
const processor = unified().use(parseLines).use(remarkHeaderLines).use(remarkBoilerplate);
const file = new VFile({ value: text });
const tree = processor.runSync(processor.parse(file), file) as Root;
const [article] = articlesOf(tree);
const live = article ? liveBlocks(article) : [];
for (let k = 3; k < live.length - 1; k++) {
  const evidence = boundaryEvidence(live, k, 0);
  const ratio = prefixRatio(blockText(live[k]!), blockText(live[k + 1]!));
  if (evidence.score > 0 || ratio > 0.5) {
    console.log(
      k,
      evidence.score,
      ratio.toFixed(2),
      evidence.why.join('; '),
      '|',
      blockText(live[k]!).slice(0, 70),
    );
  }
}
