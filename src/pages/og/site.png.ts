/** `/og/site.png`: the site-wide share image, for pages without their own. */
import type { APIRoute } from 'astro';
import { getArticles } from '../../loaders/article-entries.ts';
import { formatCount } from '../../site/format.ts';
import { cardPng, pngResponse } from '../../publish/share-image.ts';

export const GET: APIRoute = async () => {
  const articles = await getArticles();
  return pngResponse(
    await cardPng({
      kind: 'site',
      title: 'Clippings',
      subtitle: `${formatCount(articles.length, 'article')}, every quote and its speaker`,
    }),
  );
};
