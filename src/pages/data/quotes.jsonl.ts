/** `/data/quotes.jsonl`: every quote with its article, one JSON object per line. */
import type { APIRoute } from 'astro';
import { getArticles } from '../../loaders/article-entries.ts';
import { jsonLines, quoteRow } from '../../publish/feeds.ts';
import { allQuotes } from '../../site/quotes.ts';
import { shareUrl } from '../../publish/share.ts';
import { quotePath } from '../../site/url.ts';

export const GET: APIRoute = async ({ site }) => {
  const records = allQuotes((await getArticles()).map((e) => e.data));
  const url = (id: string) => shareUrl(site, import.meta.env.BASE_URL, quotePath(id));
  const rows = records.map((r) => ({ ...quoteRow(r, url), quote: r.quote }));
  return new Response(jsonLines(rows), {
    headers: { 'Content-Type': 'application/jsonl; charset=utf-8' },
  });
};
