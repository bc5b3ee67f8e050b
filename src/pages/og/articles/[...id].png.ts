/** `/og/articles/<id>.png`: an article's share image (none when `CLIPPINGS_SHARE_IMAGES=off`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../../loaders/article-entries.ts';
import { cardPng, pngResponse, type Card } from '../../../publish/share-image.ts';
import { shareImagesEnabled } from '../../../publish/share.ts';
import { reusePages } from '../../../page-cache/reuse-pages.ts';

export const getStaticPaths = (async () => {
  if (!shareImagesEnabled(process.env['CLIPPINGS_SHARE_IMAGES'])) return [];
  const articles = await getArticles();
  return reusePages(
    '/og/articles/[...id].png',
    articles.map(({ data }) => ({
      params: { id: data.id },
      props: {
        card: {
          kind: 'article',
          title: data.title,
          dek: data.dek,
          outlet: data.source,
          date: data.date,
        } satisfies Card,
      },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: Card }> = async ({ props }) =>
  pngResponse(await cardPng(props.card));
