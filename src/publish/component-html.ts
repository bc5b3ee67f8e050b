/**
 * Components shared by the pages written without Astro's renderer (`quote-page-html.ts`,
 * `article-page-html.ts`), as strings byte for byte as Astro renders them. A change to one of
 * these components must be made here too (the build checks the pages against Astro's).
 */
import { attr, escapeHtml } from '../lib/html.ts';
import { formatDate } from '../site/format.ts';
import { speakerSlug } from '../site/quotes.ts';
import { speakerPath } from '../site/url.ts';
import { splitAddresses } from './share.ts';

/** `SpeakerLink.astro`. */
export function speakerLink(
  speaker: string | null,
  slugs: ReadonlyMap<string, string>,
  href: (path: string) => string,
): string {
  return speaker === null
    ? '<span class="unattributed">Unattributed</span>'
    : `<a class="speaker"${attr('href', href(speakerPath(speakerSlug(slugs, speaker))))}>${escapeHtml(speaker)}</a>`;
}

const DATE_NOTES: Readonly<Record<string, string>> = {
  inferred: ' (date inferred from the text)',
  'file-name': ' (date from the file name)',
  folder: ' (date from the folder)',
  story: ' (date inferred from other articles about the same event)',
};

/** `PublicationDate.astro`. */
export function publicationDate(date: string | null, source: string, withNote: boolean): string {
  if (!date) return `<span class="date-note">${withNote ? 'Date unknown' : 'Undated'}</span>`;
  const note = withNote ? DATE_NOTES[source] : undefined;
  return `<time${attr('datetime', date)}>${escapeHtml(formatDate(date))}</time>${note ? `<span class="date-note">${note}</span>` : ''}`;
}

const CITATION_FORMATS = [
  ['cite-text', 'Plain text'],
  ['cite-bibtex', 'BibTeX'],
  ['cite-csl', 'CSL-JSON'],
] as const;

/** `Citation.astro` (its script is the caller's: `assets.citationScript`). */
export function citation(
  what: string,
  text: string,
  bibtex: string,
  csl: string,
  addresses: readonly string[],
): string {
  const bodies = [text, bibtex, csl];
  const sections = CITATION_FORMATS.map(([id, label], i) => {
    const code = splitAddresses(bodies[i]!, addresses)
      .map((p) =>
        p.address ? `<span data-page-address>${escapeHtml(p.text)}</span>` : escapeHtml(p.text),
      )
      .join('');
    return (
      `<section class="citation-format"${attr('aria-labelledby', `${id}-label`)}><div class="citation-head"><h3${attr('id', `${id}-label`)}>${label}</h3>` +
      `<button type="button" class="copy-button"${attr('data-copy-target', id)}${attr('data-copy-label', `${label} citation copied`)} hidden>Copy<span class="visually-hidden"> ${label} citation</span></button></div>` +
      `<pre${attr('id', id)} tabindex="0"${attr('aria-labelledby', `${id}-label`)}><code>${code}</code></pre></section>`
    );
  });
  return `<details class="citation" data-citation><summary>Cite this ${escapeHtml(what)}</summary><div class="citation-body">${sections.join('')}</div></details>`;
}
