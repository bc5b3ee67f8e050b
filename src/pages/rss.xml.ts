/** `/rss.xml`: RSS 2.0 feed of the newest articles. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles } from '../loaders/article-entries.ts';
import { rssItems } from '../publish/feeds.ts';
import { shareUrl } from '../publish/share.ts';
import { articlePath, withBase } from '../site/url.ts';

export const GET: APIRoute = async ({ site, url }) => {
  const entries = (await getArticles()).map((e) => e.data);
  const base = import.meta.env.BASE_URL;
  return rss({
    title: 'Clippings',
    description: 'The newest articles of the corpus, cleaned and linked.',
    // @astrojs/rss makes relative links absolute against `site`; without one, the build's origin.
    site: site ?? url.origin,
    items: rssItems(entries, (id) =>
      site ? shareUrl(site, base, articlePath(id)) : withBase(articlePath(id)),
    ),
    customData: '<language>en</language>',
  });
};
