/**
 * `/data/articles.jsonl`: the corpus as `inspect` prints it (one JSON object per entry, then one
 * per skipped file), with paths relative to the content folder.
 */
import type { APIRoute } from 'astro';
import { contentRoot, corpusAt } from '../../loaders/corpus-cache.ts';
import { inspectRecords, jsonLines } from '../../utils/feeds.ts';

export const GET: APIRoute = async () => {
  const corpus = await corpusAt(contentRoot());
  const skipped = corpus.files.filter((f) => f.status === 'skipped');
  return new Response(jsonLines(inspectRecords(corpus.entries, skipped)), {
    headers: { 'Content-Type': 'application/jsonl; charset=utf-8' },
  });
};
