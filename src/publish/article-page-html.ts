/**
 * An article page (`pages/articles/[...id].astro` with its components) written as a string, byte
 * for byte as Astro renders it: Astro's work per component (the instances, the render queue, the
 * policy hashes, the response) was most of an article page's cost, one page in seven of a large
 * corpus. The build writes them with this function and checks it against Astro's rendering
 * (`page-cache/direct-pages.ts`); a change to the page or its components must be made here too.
 * Every piece of content is escaped (`lib/html.ts`); markup is only this file's own, and the
 * body's (`renderBody`, as the page renders it).
 */
import { attr, escapeHtml } from '../lib/html.ts';
import { renderBody } from '../pipeline/render-html.ts';
import type { Entry } from '../schemas/entry.ts';
import type { ArticlePageProps, LinkedArticle, Sibling } from '../site/article-page.ts';
import { attributionWords, describeVia, relayName } from '../site/attribution.ts';
import { formatCount, formatNameList } from '../site/format.ts';
import {
  describeRemovalReason,
  describeRepairKind,
  describeTitleSource,
  describeValueSource,
} from '../site/provenance.ts';
import {
  describeBlock,
  kindLabel,
  quoteOpening,
  speechOnly,
  type QuoteRecord,
} from '../site/quotes.ts';
import {
  articlePath,
  entityPath,
  joinBase,
  monthPath,
  outletPath,
  paragraphPath,
  quotePath,
  rawTextPath,
  safeExternalUrl,
  sectionPath,
  speakerPath,
  storyPath,
} from '../site/url.ts';
import {
  articleBibtex,
  articleCitationText,
  articleCsl,
  citedArticle as citeArticle,
} from './citation.ts';
import { citation, publicationDate, speakerLink } from './component-html.ts';
import { layoutHtml, type PageAssets, type PageContext } from './layout-html.ts';
import { articleDescription, articleImagePath, shareUrl } from './share.ts';

/** The props of an article page as this writer reads them. */
export type ArticleHtmlProps = ArticlePageProps<{ data: Entry }>;

/**
 * The article page of `props` at `pathname` (`Astro.url.pathname`), cited as accessed on
 * `accessed` (`YYYY-MM-DD`).
 */
export function articlePageHtml(
  props: ArticleHtmlProps,
  context: PageContext,
  assets: PageAssets,
  { pathname, accessed }: { pathname: string; accessed: string },
): string {
  const { entry, quotes, speakers, rawKey, siblings, outletSlug, sectionSlug, story } = props;
  const { rewriteOf, related } = props;
  const { data } = entry;
  const { site, base } = context;
  const href = (path: string): string => joinBase(base, path);
  const body = renderBody(
    data.blocks,
    quotes.map((r) => r.quote),
    {
      quote: (q) => href(quotePath(q.id)),
      speaker: (q) => (q.speakerId ? href(speakerPath(q.speakerId)) : null),
      entity: (e) => href(entityPath(e.id)),
    },
    data.entities,
  );
  const url = shareUrl(site, base, articlePath(data.id));
  const cited = citeArticle(data, url);
  const fromFolder = '<span class="date-note"> (from the folder)</span>';
  const facts =
    (data.source
      ? `<li class="outlet">${
          outletSlug
            ? `<a${attr('href', href(outletPath(outletSlug)))}>${escapeHtml(data.source)}</a>`
            : escapeHtml(data.source)
        }${data.sourceFrom === 'folder' ? fromFolder : ''}</li>`
      : '') +
    (data.section && sectionSlug
      ? `<li class="section">Section <a${attr('href', href(sectionPath(sectionSlug)))}>${escapeHtml(data.section)}</a><span class="date-note">${
          data.sectionSource === 'folder' ? ' (from the folder)' : ' (the folder’s name)'
        }</span></li>`
      : '') +
    `<li><a class="date-link"${attr('href', href(monthPath(data.date?.slice(0, 7) ?? null)))}>${publicationDate(
      data.date,
      data.dateSource,
      data.dateSource !== 'story',
    )}</a>${
      data.dateSource === 'story' && story
        ? `<span class="date-note"> (inferred from <a${attr('href', href(storyPath(story.id)))}>its story</a>)</span>`
        : ''
    }</li>`;
  const header =
    `<header class="story-header"><h1>${escapeHtml(data.title)}</h1>` +
    (data.titleSource === 'inferred'
      ? '<p class="title-note">Headline inferred from the text</p>'
      : '') +
    (data.dek ? `<p class="dek">${escapeHtml(data.dek)}</p>` : '') +
    (data.authors.length > 0
      ? `<p class="byline">By ${escapeHtml(formatNameList(data.authors))}${
          data.authorsSource === 'folder' ? fromFolder : ''
        }</p>`
      : '') +
    `<ul class="facts">${facts}</ul>` +
    (data.warnings.length > 0
      ? `<p class="warning-note">Read with ${escapeHtml(formatCount(data.warnings.length, 'warning'))}: see <a href="#source-file">From the source file</a>.</p>`
      : '') +
    '</header>';
  const compareHref =
    story && rewriteOf && story.others.some((a) => a.id === rewriteOf.id)
      ? href(`${storyPath(story.id)}#rewrite-${data.id}`)
      : null;
  const main =
    `<div class="wrap"><article class="story">${header}` +
    (data.parts > 1 && siblings.length > 1 ? storyParts(data.id, data.file, siblings, href) : '') +
    '<div class="story-body">' +
    (data.dateline
      ? `<p class="dateline"><span class="visually-hidden">Dateline: </span>${escapeHtml(data.dateline)}</p>`
      : '') +
    `${body}</div>` +
    articleQuotes(quotes, speakers, href) +
    articleLinks(story?.id ?? null, story?.others ?? [], rewriteOf, compareHref, related, href) +
    `<footer class="story-footer">${citation(
      'article',
      articleCitationText(cited, accessed),
      articleBibtex(cited, accessed),
      JSON.stringify([articleCsl(cited, accessed)], null, 2),
      [url],
    )}${assets.citationScript}${sourcePanel(data, href(rawTextPath(rawKey)))}` +
    `<a class="back-link"${attr('href', href('/'))}>← All articles</a></footer></article></div>`;
  return layoutHtml(
    {
      title: data.title,
      description: articleDescription(data),
      pathname,
      type: 'article',
      image: {
        path: articleImagePath(data.id),
        alt: `${data.title}${data.source ? `, ${data.source}` : ''}`,
      },
      published: data.date,
      authors: data.authors,
    },
    main,
    context,
    assets,
  );
}

/** `StoryParts.astro`. */
function storyParts(
  currentId: string,
  file: string,
  stories: readonly Sibling[],
  href: (path: string) => string,
): string {
  const total = stories.length;
  const current = stories.find((s) => s.id === currentId);
  const items = stories
    .map(
      (s) =>
        `<li><a${attr('href', href(articlePath(s.id)))}${attr('aria-current', s.id === currentId ? 'page' : undefined)}>Story ${s.part} of ${total}</a>: ${escapeHtml(s.title)}${s.id === currentId ? ' (this page)' : ''}</li>`,
    )
    .join('');
  return `<nav class="parts" aria-label="Stories in this file"><p>Story ${escapeHtml(String(current?.part ?? '?'))} of ${total} in <code>${escapeHtml(file)}</code>. The file held more than one story, so it was split.</p><ol>${items}</ol></nav>`;
}

/** `ArticleQuotes.astro`, its cards as `QuoteCard.astro` shows them without the article. */
function articleQuotes(
  quotes: readonly QuoteRecord[],
  slugs: ReadonlyMap<string, string>,
  href: (path: string) => string,
): string {
  const speech = speechOnly(quotes).length;
  const other = quotes.length - speech;
  const lede = `${formatCount(speech, 'direct quotation')}${
    other > 0
      ? ` and ${formatCount(other, 'term or title', 'terms or titles')} in quotation marks`
      : ''
  }, in reading order.`;
  const list = quotes.length
    ? `<p class="lede">${escapeHtml(lede)}</p><ol class="quote-list">${quotes
        .map((record) => `<li>${quoteCard(record, slugs, href)}</li>`)
        .join('')}</ol>`
    : '<p class="none">No direct quotations were found in this article.</p>';
  return `<section class="article-quotes" aria-labelledby="article-quotes-heading"><h2 id="article-quotes-heading">Quotes in this article</h2>${list}</section>`;
}

/** `QuoteCard.astro` with `showArticle={false}`. */
function quoteCard(
  record: QuoteRecord,
  slugs: ReadonlyMap<string, string>,
  href: (path: string) => string,
): string {
  const { quote, article } = record;
  const paragraphHref = href(paragraphPath(article.id, quote.block));
  const words = attributionWords(quote);
  const relay = relayName(quote.relay);
  const where = describeBlock(quote.block);
  const label = kindLabel(quote);
  const Where = `${where.charAt(0).toUpperCase()}${where.slice(1)}`;
  const attribution = label
    ? `<span class="quote-kind">In quotation marks as a ${escapeHtml(label)}, not someone’s words</span>`
    : speakerLink(quote.speaker, slugs, href) +
      (words || quote.speaker !== null ? ' — ' : '') +
      (words ? `<span class="cue">“${escapeHtml(words)}”</span>` : '') +
      (words && quote.speaker !== null ? ' ' : '') +
      (quote.speaker !== null
        ? `<span class="via">(${escapeHtml(describeVia(quote.via))})</span>`
        : '') +
      (relay ? `<span class="relay"> · via ${escapeHtml(relay)}</span>` : '');
  return (
    `<figure class="quote-card"><blockquote${attr('cite', paragraphHref)}><p>“${escapeHtml(quote.text)}”</p></blockquote>` +
    `<figcaption><p class="attribution">${attribution}</p>` +
    `<p class="quote-source"><a${attr('href', paragraphHref)}>${escapeHtml(Where)}<span class="visually-hidden"> of ${escapeHtml(article.title)}</span></a> · ` +
    `<a${attr('href', href(quotePath(quote.id)))}>About this quote<span class="visually-hidden">: “${escapeHtml(quoteOpening(quote.text))}”</span></a></p></figcaption></figure>`
  );
}

/** `ArticleLinks.astro` with its `LinkedArticleList.astro`. */
function articleLinks(
  storyId: string | null,
  storyArticles: readonly LinkedArticle[],
  rewriteOf: LinkedArticle | null,
  compareHref: string | null,
  related: readonly LinkedArticle[],
  href: (path: string) => string,
): string {
  if (!storyId && !rewriteOf && related.length === 0) return '';
  const list = (articles: readonly LinkedArticle[]): string =>
    `<ul class="link-list">${articles
      .map(
        (a) =>
          `<li><a${attr('href', href(articlePath(a.id)))}>${escapeHtml(a.title)}</a><span class="facts-inline">${
            a.source ? escapeHtml(` · ${a.source}`) : ''
          } · ${publicationDate(a.date, a.dateSource, false)}</span></li>`,
      )
      .join('')}</ul>`;
  return (
    '<aside class="article-links" aria-label="Related articles">' +
    (rewriteOf
      ? `<p class="rewrite-note">This text rewrites <a${attr('href', href(articlePath(rewriteOf.id)))}>${escapeHtml(rewriteOf.title)}</a>${
          rewriteOf.source ? escapeHtml(` (${rewriteOf.source})`) : ''
        }${compareHref ? `: <a${attr('href', compareHref)}>compare them paragraph by paragraph</a>` : ''}.</p>`
      : '') +
    (storyId
      ? `<section aria-labelledby="story-heading"><h2 id="story-heading">The same story elsewhere</h2>${list(storyArticles)}<p><a${attr('href', href(storyPath(storyId)))}>Compare the articles of this story side by side</a></p></section>`
      : '') +
    (related.length > 0
      ? `<section aria-labelledby="related-heading"><h2 id="related-heading">Related articles</h2>${list(related)}</section>`
      : '') +
    '</aside>'
  );
}

/** `SourcePanel.astro`. */
function sourcePanel(entry: Entry, rawHref: string): string {
  const originalUrl = safeExternalUrl(entry.sourceUrl);
  const inferences = [
    ...(entry.splitEvidence
      ? [`Split from the story before it: ${entry.splitEvidence.replace(/[^.!?]$/, '$&.')}`]
      : []),
    ...entry.notes,
  ];
  const counts = [
    formatCount(entry.removed.length, 'piece removed', 'pieces removed'),
    formatCount(entry.repairs.length, 'repair'),
    ...(inferences.length ? [formatCount(inferences.length, 'note')] : []),
    ...(entry.warnings.length ? [formatCount(entry.warnings.length, 'warning')] : []),
  ];
  const dd = (term: string, value: string): string =>
    `<dt>${term}</dt><dd>${escapeHtml(value)}</dd>`;
  const file =
    `<h3>File</h3><dl><dt>Path</dt><dd><code>${escapeHtml(entry.file)}</code> (<a${attr('href', rawHref)}>raw text</a>)</dd>` +
    dd('Encoding', entry.encoding) +
    (entry.parts > 1 ? `<dt>Story</dt><dd>${entry.part} of ${entry.parts} in this file</dd>` : '') +
    (originalUrl
      ? `<dt>Original address</dt><dd><a${attr('href', originalUrl)} rel="noopener noreferrer nofollow">${escapeHtml(originalUrl)}</a></dd>`
      : '') +
    '</dl>';
  const sources =
    '<h3>Where the details came from</h3><dl>' +
    dd('Headline', describeTitleSource(entry.titleSource)) +
    dd('Date', describeValueSource(entry.dateSource)) +
    dd('Authors', describeValueSource(entry.authorsSource)) +
    dd('Outlet', describeValueSource(entry.sourceFrom)) +
    dd('Section', describeValueSource(entry.sectionSource)) +
    '</dl>';
  const removed =
    '<h3>Removed from the text</h3>' +
    (entry.removed.length
      ? `<ol class="item-list">${entry.removed
          .map(
            (piece) =>
              `<li><span class="item-label">${escapeHtml(describeRemovalReason(piece.reason))}</span>${
                piece.detail ? `<span>: ${escapeHtml(piece.detail)}</span>` : ''
              }<p class="quoted">${escapeHtml(piece.text)}</p></li>`,
          )
          .join('')}</ol>`
      : '<p class="none">Nothing was removed.</p>');
  const repairs =
    '<h3>Repairs</h3>' +
    (entry.repairs.length
      ? `<ol class="item-list">${entry.repairs
          .map(
            (repair) =>
              `<li><span class="item-label">${escapeHtml(describeRepairKind(repair.kind))}</span>: <span class="repair"><del>${escapeHtml(repair.before)}</del> → <ins>${escapeHtml(repair.after)}</ins></span><br>${escapeHtml(repair.detail)}</li>`,
          )
          .join('')}</ol>`
      : '<p class="none">No repairs were made.</p>');
  const notes =
    inferences.length > 0
      ? `<h3>Notes</h3><ul class="plain-list">${inferences.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`
      : '';
  const warnings =
    entry.warnings.length > 0
      ? `<h3>Warnings</h3><ul class="plain-list">${entry.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>`
      : '';
  return `<details class="source-panel"><summary><h2>From the source file</h2><span class="summary-counts">${escapeHtml(counts.join(' · '))}</span></summary><div class="panel-body" id="source-file">${file}${sources}${removed}${repairs}${notes}${warnings}</div></details>`;
}

/**
 * What kind of article page `props` makes: which of the page's optional parts it has. The build
 * checks the first page of each kind against Astro's rendering.
 */
export function articlePageShape(props: ArticleHtmlProps): string {
  const { entry, quotes, siblings, outletSlug, sectionSlug, story, rewriteOf, related } = props;
  const { data } = entry;
  const kinds = new Set(
    quotes.map((r) => {
      const q = r.quote;
      if (kindLabel(q)) return 'label';
      return [
        q.speaker === null ? 'unattributed' : 'speaker',
        attributionWords(q) ? 'words' : '',
        relayName(q.relay) ? 'relay' : '',
      ].join('+');
    }),
  );
  return [
    data.titleSource === 'inferred' ? 'inferred-title' : '',
    data.dek ? 'dek' : '',
    data.authors.length > 0 ? `authors-${data.authorsSource}` : '',
    data.source ? `outlet-${outletSlug ? 'linked' : 'plain'}-${data.sourceFrom}` : '',
    data.section && sectionSlug ? `section-${data.sectionSource}` : '',
    data.date ? data.dateSource : 'undated',
    story ? 'story' : '',
    data.warnings.length > 0 ? 'warnings' : '',
    data.parts > 1 ? `parts-${siblings.length}` : '',
    data.dateline ? 'dateline' : '',
    [...kinds].sort().join('/'),
    rewriteOf ? `rewrite${rewriteOf.source ? '-outlet' : ''}` : '',
    related.length > 0 ? 'related' : '',
    data.removed.length > 0 ? 'removed' : '',
    data.removed.some((r) => r.detail) ? 'detail' : '',
    data.repairs.length > 0 ? 'repairs' : '',
    data.notes.length > 0 || data.splitEvidence ? 'notes' : '',
    data.sourceUrl ? 'address' : '',
  ].join(',');
}
