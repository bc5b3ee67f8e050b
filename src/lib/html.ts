/**
 * Writing HTML as Astro writes it, for the pages made without Astro's renderer
 * (`publish/quote-page-html.ts`): text escaped as Astro escapes an expression (`& < > ' "`),
 * attributes as Astro writes a dynamic one. Every piece of content goes through these; markup is
 * only ever the writer's own literals.
 */

/**
 * Text as Astro writes the value of an expression in markup (`{title}`): `html-escaper` writes
 * the same five entities as Astro's renderer (`&amp; &lt; &gt; &#39; &quot;`); a test holds the
 * two to agree byte for byte.
 */
export { escape as escapeHtml } from 'html-escaper';

/**
 * An attribute as Astro writes `name={value}`: nothing for null or undefined, the bare name for
 * the empty string, else the value in double quotes with `&` and `"` escaped.
 */
export function attr(name: string, value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  if (text === '') return ` ${name}`;
  if (!text.includes('&') && !text.includes('"')) return ` ${name}="${text}"`;
  return ` ${name}="${text.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`;
}
