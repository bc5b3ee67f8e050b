/**
 * `/search-index/records/<n>.json`: the compact search records with ids `n * chunkSize …`, and
 * the heads of their articles.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { recordChunk, type RecordChunk } from '../../../search/build.ts';
import { json, searchIndex } from '../_index.ts';
import { reusePages } from '../../../page-cache/reuse-pages.ts';

export const getStaticPaths = (async () => {
  const index = await searchIndex();
  return reusePages(
    '/search-index/records/[chunk].json',
    index.chunks.map((_, n) => ({
      params: { chunk: String(n) },
      props: { chunk: recordChunk(index, n) },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ chunk: RecordChunk }> = ({ props }) => json(props.chunk);
