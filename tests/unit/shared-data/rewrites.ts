/**
 * Rewrite detection scored against the committed labelling of the BBC corpus
 * (`tests/fixtures/bbc-rewrites.json`, made by `tests/tools/label-bbc-rewrites.py`): predicted
 * pairs are the pairs inside each group of entries joined by `rewriteOf`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Entry } from '../../../src/schemas/entry.ts';

interface Labels {
  rewrite: Array<[string, string, number]>;
  partial: Array<[string, string, number]>;
}

export const REWRITE_LABELS = path.resolve(import.meta.dirname, '../../fixtures/bbc-rewrites.json');

const key = (a: string, b: string): string => (a < b ? `${a} ${b}` : `${b} ${a}`);

/** Pairs of files whose entries were found to be one text. */
export function predictedRewritePairs(entries: readonly Entry[]): Set<string> {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const rootOf = (e: Entry): Entry => {
    let at = e;
    for (let hops = 0; at.rewriteOf && hops < entries.length; hops++) at = byId.get(at.rewriteOf)!;
    return at;
  };
  const groups = new Map<string, string[]>();
  for (const e of entries) {
    const root = rootOf(e).file;
    const list = groups.get(root) ?? [];
    list.push(e.file);
    groups.set(root, list);
  }
  const pairs = new Set<string>();
  for (const files of groups.values())
    for (let i = 0; i < files.length; i++)
      for (let j = i + 1; j < files.length; j++)
        // Two stories of one file are not a pair of files.
        if (files[i] !== files[j]) pairs.add(key(files[i]!, files[j]!));
  return pairs;
}

/** Precision and recall against the labels; partial pairs count neither way. */
export function scoreRewrites(entries: readonly Entry[]): {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: string[];
  missed: string[];
  partialFlagged: number;
} {
  const labels = JSON.parse(readFileSync(REWRITE_LABELS, 'utf8')) as Labels;
  const gold = new Set(labels.rewrite.map(([a, b]) => key(a, b)));
  const partial = new Set(labels.partial.map(([a, b]) => key(a, b)));
  const predicted = predictedRewritePairs(entries);
  const scored = [...predicted].filter((p) => !partial.has(p));
  const truePositives = scored.filter((p) => gold.has(p)).length;
  return {
    precision: scored.length ? truePositives / scored.length : 1,
    recall: gold.size ? truePositives / gold.size : 1,
    truePositives,
    falsePositives: scored.filter((p) => !gold.has(p)),
    missed: [...gold].filter((p) => !predicted.has(p)),
    partialFlagged: predicted.size - scored.length,
  };
}
