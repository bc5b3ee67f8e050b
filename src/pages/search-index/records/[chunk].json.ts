/** `/search-index/records/<n>.json`: the compact search records with ids `n * chunkSize …`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { SearchRecord } from '../../../search/build.ts';
import { json, searchIndex } from '../_index.ts';
import { reusePages } from '../../../page-cache/reuse-pages.ts';

export const getStaticPaths = (async () => {
  const { chunks } = await searchIndex();
  return reusePages(
    '/search-index/records/[chunk].json',
    chunks.map((records, n) => ({ params: { chunk: String(n) }, props: { records } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ records: SearchRecord[] }> = ({ props }) => json(props.records);
