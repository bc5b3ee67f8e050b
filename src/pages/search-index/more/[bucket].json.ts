/** `/search-index/more/<n>.json`: the rest of the record ids of bucket `n`'s capped words. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { MorePostings } from '../../../search/build.ts';
import { json, searchIndex } from '../_index.ts';
import { reusePages } from '../../../page-cache/reuse-pages.ts';

export const getStaticPaths = (async () => {
  const { more } = await searchIndex();
  return reusePages(
    '/search-index/more/[bucket].json',
    [...more].map(([n, rest]) => ({ params: { bucket: String(n) }, props: { rest } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ rest: MorePostings }> = ({ props }) => json(props.rest);
