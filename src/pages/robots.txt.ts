/** `/robots.txt`: everything may be crawled; names the sitemap when the site's address is set. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../publish/feeds.ts';
import { shareUrl } from '../publish/share.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    robotsTxt(site ? shareUrl(site, import.meta.env.BASE_URL, '/sitemap-index.xml') : null),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
