/** `/search-index/vocab/<c>.json`: the indexed words starting with `c`, with their frequency. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { VocabShard } from '../../../search/build.ts';
import { json, searchIndex } from '../_index.ts';
import { reusePages } from '../../../page-cache/reuse-pages.ts';

export const getStaticPaths = (async () => {
  const { vocab } = await searchIndex();
  return reusePages(
    '/search-index/vocab/[shard].json',
    [...vocab].map(([shard, words]) => ({ params: { shard }, props: { words } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ words: VocabShard }> = ({ props }) => json(props.words);
