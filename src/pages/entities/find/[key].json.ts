/** `/entities/find/<a–z or 0>.json`: the entities with a word starting with that letter (`site/name-finder.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../../loaders/article-entries.ts';
import { entityFinderShards } from '../../../site/entity-index.ts';
import type { FinderItem } from '../../../site/name-finder.ts';

export const getStaticPaths = (async () =>
  [...entityFinderShards((await getArticles()).map((e) => e.data))].map(([key, items]) => ({
    params: { key },
    props: { items },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ items: FinderItem[] }> = ({ props }) =>
  new Response(JSON.stringify(props.items), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
