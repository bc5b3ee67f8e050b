/** `/data/quotes.csv`: one row per quote (RFC 4180, UTF-8, header row). */
import type { APIRoute } from 'astro';
import { getArticles } from '../../loaders/article-entries.ts';
import { QUOTE_COLUMNS, quoteRow, toCsv } from '../../publish/feeds.ts';
import { allQuotes } from '../../site/quotes.ts';
import { shareUrl } from '../../publish/share.ts';
import { quotePath } from '../../site/url.ts';

export const GET: APIRoute = async ({ site }) => {
  const records = allQuotes((await getArticles()).map((e) => e.data));
  const url = (id: string) => shareUrl(site, import.meta.env.BASE_URL, quotePath(id));
  return new Response(
    toCsv(
      QUOTE_COLUMNS,
      records.map((r) => quoteRow(r, url)),
    ),
    { headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
  );
};
