/** `/speakers/find/<a–z or 0>.json`: the speakers with a word starting with that letter (`site/name-finder.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../../loaders/article-entries.ts';
import type { FinderItem } from '../../../site/name-finder.ts';
import { speakerFinderShards } from '../../../site/speaker-index.ts';

export const getStaticPaths = (async () =>
  [...speakerFinderShards((await getArticles()).map((e) => e.data))].map(([key, items]) => ({
    params: { key },
    props: { items },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ items: FinderItem[] }> = ({ props }) =>
  new Response(JSON.stringify(props.items), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
