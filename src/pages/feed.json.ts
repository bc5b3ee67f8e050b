/** `/feed.json`: JSON Feed 1.1 of the newest articles. */
import type { APIRoute } from 'astro';
import { getArticles } from '../loaders/article-entries.ts';
import { jsonFeed } from '../publish/feeds.ts';
import { shareUrl } from '../publish/share.ts';
import { articlePath } from '../site/url.ts';

export const GET: APIRoute = async ({ site }) => {
  const entries = (await getArticles()).map((e) => e.data);
  const base = import.meta.env.BASE_URL;
  const feed = jsonFeed(
    {
      title: 'Clippings',
      description: 'The newest articles of the corpus, cleaned and linked.',
      homeUrl: shareUrl(site, base, '/'),
      feedUrl: shareUrl(site, base, '/feed.json'),
      articleUrl: (id) => shareUrl(site, base, articlePath(id)),
    },
    entries,
  );
  return new Response(`${JSON.stringify(feed, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
