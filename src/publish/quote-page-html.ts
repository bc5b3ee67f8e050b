/**
 * A quote page (`pages/quotes/[id].astro` with its components) written as a string, byte for
 * byte as Astro renders it: three in four pages of a large corpus are quote pages, and Astro's
 * own work per page (the request, the component tree, the policy hashes, the response) was most
 * of their cost. The build writes them with this function and checks it against Astro's
 * rendering (`page-cache/direct-pages.ts`); a change to the page or its components must be made
 * here too. Every piece of content is escaped (`lib/html.ts`); markup is only this file's own.
 */
import { attr, escapeHtml } from '../lib/html.ts';
import { quoteView, type QuotePageProps } from '../site/quote-page.ts';
import { markQuote, quoteOpening, type QuoteRecord } from '../site/quotes.ts';
import { articlePath, joinBase, paragraphPath, quotePath } from '../site/url.ts';
import type { DiffSegment } from '../site/word-diff.ts';
import {
  citedArticle as citeArticle,
  quoteBibtex,
  quoteCitationText,
  quoteCsl,
} from './citation.ts';
import { citation, publicationDate, speakerLink } from './component-html.ts';
import { layoutHtml, type PageAssets, type PageContext } from './layout-html.ts';
import { quoteImagePath, quoteShareDescription, quoteShareTitle, shareUrl } from './share.ts';

/**
 * The quote page of `props` at `pathname` (`Astro.url.pathname`), cited as accessed on
 * `accessed` (`YYYY-MM-DD`).
 */
export function quotePageHtml(
  props: QuotePageProps,
  context: PageContext,
  assets: PageAssets,
  { pathname, accessed }: { pathname: string; accessed: string },
): string {
  const { record, authors, slugs, parts } = props;
  const { quote, article, paragraph } = record;
  const view = quoteView(props);
  const { paragraphHref, where, relay, marked, speakerLabel, heading, attribution, speech } = view;
  const { site, base } = context;
  const href = (path: string): string => joinBase(base, path);
  const pageUrl = shareUrl(site, base, quotePath(quote.id));
  const cited = citeArticle({ ...article, authors }, shareUrl(site, base, articlePath(article.id)));
  const citedQuote = {
    id: quote.id,
    text: quote.text,
    speaker: speech ? quote.speaker : speakerLabel,
    url: pageUrl,
  };
  const who = speech ? quote.speaker : speakerLabel;
  const speaker = (name: string | null): string => speakerLink(name, slugs, href);
  const caption = speech
    ? `— ${speaker(quote.speaker)}${relay ? `, via ${escapeHtml(relay)}` : ''}`
    : `<span class="quote-kind">In quotation marks as a ${escapeHtml(speakerLabel.toLowerCase())}, not someone’s words</span>`;
  const context_ = marked
    ? `<blockquote class="in-context"${attr('cite', paragraphHref)}><p>${escapeHtml(marked.before)}<mark>${escapeHtml(marked.quoted)}</mark>${escapeHtml(marked.after)}</p></blockquote>`
    : paragraph !== null
      ? `<blockquote class="in-context"${attr('cite', paragraphHref)}><p>${escapeHtml(paragraph)}</p></blockquote>`
      : `<p class="none">The paragraph could not be found.</p>`;
  const partsHtml =
    parts.length === 0
      ? ''
      : `<section aria-labelledby="parts-heading"><h2 id="parts-heading">Parts of the same utterance</h2><p>The quote is split around its attribution. Its parts, in reading order:</p><ol class="utterance-parts">${parts
          .map(
            (part) =>
              `<li>${
                part.quote.id === quote.id
                  ? `“${escapeHtml(part.quote.text)}” (this quote)`
                  : `<a${attr('href', href(quotePath(part.quote.id)))}>“${escapeHtml(part.quote.text)}”</a>`
              }</li>`,
          )
          .join('')}</ol></section>`;
  const pairsHtml =
    view.pairs.length === 0
      ? ''
      : `<section aria-labelledby="variants-heading"><h2 id="variants-heading">Other wordings</h2><p>The same words as other articles report them, each set beside the first-seen wording. Words only one wording has are marked: struck through in the first-seen wording, underlined in the variant.</p>${view.pairs
          .map((pair) =>
            variantComparison(pair.first, pair.variant, pair.comparison, quote.id, speaker, href),
          )
          .join('')}</section>`;
  const main =
    `<div class="wrap"><article class="quote-page"><header class="page-header"><h1>${escapeHtml(heading)}</h1></header>` +
    `<figure class="quote-lead"><blockquote${attr('cite', paragraphHref)}><p>“${escapeHtml(quote.text)}”</p></blockquote><figcaption>${caption}</figcaption></figure>` +
    `<div class="share-actions"><button type="button" class="copy-button"${attr('data-copy-url', pageUrl)} hidden>Copy link<span class="visually-hidden"> to this quote</span></button></div>` +
    `<dl class="quote-facts"><dt>${speech ? 'Attributed from' : 'Speaker'}</dt><dd>${escapeHtml(attribution)}</dd>` +
    (relay ? `<dt>Relayed by</dt><dd>${escapeHtml(relay)}</dd>` : '') +
    `<dt>Kind</dt><dd>${escapeHtml(view.kind)}</dd><dt>Article</dt><dd><a${attr('href', paragraphHref)}>${escapeHtml(article.title)}</a>, ${escapeHtml(where)}</dd>` +
    `<dt>Outlet</dt><dd>${escapeHtml(article.source ?? 'Unknown')}</dd><dt>Date</dt><dd>${publicationDate(article.date, article.dateSource, true)}</dd></dl>` +
    `<section aria-labelledby="context-heading"><h2 id="context-heading">In its paragraph</h2>${context_}` +
    `<p><a${attr('href', paragraphHref)}>Read it in the article</a> (${escapeHtml(where)} of “${escapeHtml(article.title)}”)</p></section>` +
    partsHtml +
    pairsHtml +
    `<footer>${citation(
      'quote',
      quoteCitationText(citedQuote, cited, accessed),
      quoteBibtex(citedQuote, cited, accessed),
      JSON.stringify([quoteCsl(citedQuote, cited, accessed)], null, 2),
      [pageUrl, cited.url],
    )}${assets.citationScript}<a class="back-link"${attr('href', href('/quotes/'))}>← All quotes</a></footer></article></div>`;
  return layoutHtml(
    {
      title: quoteShareTitle(who, quote.text),
      description: quoteShareDescription(who, quote.text, article),
      pathname,
      type: 'article',
      image: {
        path: quoteImagePath(quote.id),
        alt: `“${quoteOpening(quote.text, 20)}” — ${speakerLabel}${article.source ? `, ${article.source}` : ''}`,
      },
      published: article.date,
      authors,
    },
    main,
    context,
    assets,
  );
}

/** `VariantComparison.astro` with its `WordDiff.astro`. */
function variantComparison(
  first: QuoteRecord,
  variant: QuoteRecord,
  comparison: { first: readonly DiffSegment[]; second: readonly DiffSegment[] },
  currentId: string,
  speaker: (name: string | null) => string,
  href: (path: string) => string,
): string {
  const sides = [
    { label: 'First seen', record: first, segments: comparison.first, tag: 'del' },
    { label: 'Variant', record: variant, segments: comparison.second, tag: 'ins' },
  ];
  const figures = sides.map(({ label, record, segments, tag }) => {
    const { article, quote } = record;
    const cite = href(paragraphPath(article.id, quote.block));
    const words = segments
      .map((s) =>
        s.changed
          ? `<${tag} class="word-change"><span class="visually-hidden">[only in this wording: </span>${escapeHtml(s.text)}<span class="visually-hidden">]</span></${tag}>`
          : escapeHtml(s.text),
      )
      .join('');
    const about =
      quote.id === currentId
        ? ''
        : ` · <a${attr('href', href(quotePath(quote.id)))}>About this quote<span class="visually-hidden"> (${escapeHtml(article.source ?? 'unknown outlet')})</span></a>`;
    return (
      `<figure class="variant"><figcaption><span class="variant-label">${label}${quote.id === currentId ? ' (this quote)' : ''}</span>` +
      `<ul class="facts"><li class="outlet">${escapeHtml(article.source ?? 'Unknown outlet')}</li><li>${publicationDate(article.date, article.dateSource, false)}</li><li>${speaker(quote.speaker)}</li></ul></figcaption>` +
      `<blockquote${attr('cite', cite)}><p>“${words}”</p></blockquote>` +
      `<p class="variant-links"><a${attr('href', cite)}>${escapeHtml(article.title)}</a>${about}</p></figure>`
    );
  });
  return `<div class="variant-pair">${figures.join('')}</div>`;
}

/** The slots of `PageAssets`, for `writeDirectly`. */
export const PAGE_ASSET_SLOTS = ['head', 'generator', 'searchScript', 'citationScript'] as const;

/**
 * What kind of quote page `props` makes: which of the page's optional parts it has. The build
 * checks the first page of each kind against Astro's rendering.
 */
export function quotePageShape({ record, authors, variants, parts }: QuotePageProps): string {
  const { quote, article, paragraph } = record;
  return [
    quote.kind ?? 'speech',
    quote.speaker === null ? 'unattributed' : 'speaker',
    quote.relay ? 'relay' : '',
    paragraph === null ? 'no-paragraph' : markQuote(paragraph, quote) ? 'marked' : 'unmarked',
    article.date ? article.dateSource : 'undated',
    article.source ? '' : 'no-outlet',
    authors.length > 0 ? 'authors' : '',
    parts.length > 0 ? 'parts' : '',
    variants.length > 0 ? 'variants' : '',
  ].join(',');
}
