/** `/data/quotes.jsonl`: every quote with its article, one JSON object per line (streamed). */
import type { APIRoute } from 'astro';
import { getArticles } from '../../loaders/article-entries.ts';
import { jsonLine, quoteRow } from '../../publish/feeds.ts';
import { allQuotes } from '../../site/quotes.ts';
import { shareUrl } from '../../publish/share.ts';
import { lazyMap, textStream } from '../../publish/text-stream.ts';
import { quotePath } from '../../site/url.ts';

export const GET: APIRoute = async ({ site }) => {
  const records = allQuotes((await getArticles()).map((e) => e.data));
  const url = (id: string) => shareUrl(site, import.meta.env.BASE_URL, quotePath(id));
  const lines = lazyMap(records, (r) => jsonLine({ ...quoteRow(r, url), quote: r.quote }));
  return new Response(textStream(lines), {
    headers: { 'Content-Type': 'application/jsonl; charset=utf-8' },
  });
};
