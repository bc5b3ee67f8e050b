/** `/data/quotes.csv`: one row per quote (RFC 4180, UTF-8, header row). */
import type { APIRoute } from 'astro';
import { getArticles } from '../../utils/article-entries.ts';
import { QUOTE_COLUMNS, quoteRow, toCsv } from '../../utils/feeds.ts';
import { allQuotes } from '../../utils/quotes.ts';
import { shareUrl } from '../../utils/share.ts';
import { quotePath } from '../../utils/url.ts';

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
