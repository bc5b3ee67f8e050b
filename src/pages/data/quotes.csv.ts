/** `/data/quotes.csv`: one row per quote (RFC 4180, UTF-8, header row; streamed). */
import type { APIRoute } from 'astro';
import { getArticles } from '../../loaders/article-entries.ts';
import { csvLines, QUOTE_COLUMNS, quoteRow } from '../../publish/feeds.ts';
import { allQuotes } from '../../site/quotes.ts';
import { shareUrl } from '../../publish/share.ts';
import { lazyMap, textStream } from '../../publish/text-stream.ts';
import { quotePath } from '../../site/url.ts';

export const GET: APIRoute = async ({ site }) => {
  const records = allQuotes((await getArticles()).map((e) => e.data));
  const url = (id: string) => shareUrl(site, import.meta.env.BASE_URL, quotePath(id));
  const rows = lazyMap(records, (r) => quoteRow(r, url));
  return new Response(textStream(csvLines(QUOTE_COLUMNS, rows)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
