/**
 * `/data/articles.jsonl`: the corpus as `inspect` prints it (one JSON object per entry, then one
 * per skipped file), with paths relative to the content folder. Made from the collections, so a
 * build reads the corpus once; streamed a few hundred lines at a time (`publish/text-stream.ts`).
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getArticles } from '../../loaders/article-entries.ts';
import { inspectRecords, jsonLine } from '../../publish/feeds.ts';
import { lazyMap, textStream } from '../../publish/text-stream.ts';

const byFile = (a: { file: string; part?: number }, b: { file: string; part?: number }): number =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : (a.part ?? 0) - (b.part ?? 0);

export const GET: APIRoute = async () => {
  const entries = (await getArticles()).map((a) => a.data).sort(byFile);
  const skipped = (await getCollection('sourceFiles'))
    .map((f) => f.data)
    .filter((f) => f.status === 'skipped')
    .sort(byFile);
  return new Response(textStream(lazyMap(inspectRecords(entries, skipped), jsonLine)), {
    headers: { 'Content-Type': 'application/jsonl; charset=utf-8' },
  });
};
