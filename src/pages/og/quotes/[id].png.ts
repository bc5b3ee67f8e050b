/** `/og/quotes/<id>.png`: a quote's share image (none when `CLIPPINGS_SHARE_IMAGES=off`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../../loaders/article-entries.ts';
import { cardPng, pngResponse, type Card } from '../../../publish/share-image.ts';
import { kindCaption } from '../../../site/quote-page.ts';
import { allQuotes } from '../../../site/quotes.ts';
import { shareImagesEnabled } from '../../../publish/share.ts';
import { reusePages } from '../../../page-cache/reuse-pages.ts';

export const getStaticPaths = (async () => {
  if (!shareImagesEnabled(process.env['CLIPPINGS_SHARE_IMAGES'])) return [];
  const records = allQuotes((await getArticles()).map((e) => e.data));
  return reusePages(
    '/og/quotes/[id].png',
    records.map(({ quote, article }) => ({
      params: { id: quote.id },
      props: {
        card: {
          kind: 'quote',
          text: quote.text,
          // A term, title or name is no one's words: the card says what it is instead.
          speaker: quote.speaker ?? kindCaption(quote),
          outlet: article.source,
          date: article.date,
        } satisfies Card,
      },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: Card }> = async ({ props }) =>
  pngResponse(await cardPng(props.card));
