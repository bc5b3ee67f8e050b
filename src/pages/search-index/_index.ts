/**
 * The search index of the built corpus, made once per build from the same `articles` collection
 * the pages render, and shared by the endpoints beside this file (see `src/search/build.ts`).
 */
import { getArticles } from '../../loaders/article-entries.ts';
import { buildSearchIndex, type SearchIndex } from '../../search/build.ts';

let index: Promise<SearchIndex> | undefined;

export function searchIndex(): Promise<SearchIndex> {
  index ??= getArticles().then((articles) => buildSearchIndex(articles.map((a) => a.data)));
  return index;
}

/** A JSON response. */
export function json(value: unknown): Response {
  return new Response(JSON.stringify(value), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
