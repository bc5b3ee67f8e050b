/** `/search-index/postings/<n>.json`: the record ids of the words hashed to bucket `n`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { PostingsBucket } from '../../../search/build.ts';
import { json, searchIndex } from '../_index.ts';
import { reusePages } from '../../../page-cache/reuse-pages.ts';

export const getStaticPaths = (async () => {
  const { postings } = await searchIndex();
  return reusePages(
    '/search-index/postings/[bucket].json',
    postings.map((bucket, n) => ({ params: { bucket: String(n) }, props: { bucket } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ bucket: PostingsBucket }> = ({ props }) => json(props.bucket);
