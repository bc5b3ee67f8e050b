import { withBase } from '../../../src/site/url.ts';

/** A page function for `page-threads.test.ts`: shows what the worker thread gave it. */
export function fixturePage(
  props: { text: string; slugs: ReadonlyMap<string, string> },
  context: { base: string },
  assets: Record<string, string>,
  page: { pathname: string },
): string {
  if (props.text === 'throw') throw new Error('no page for this');
  const slugs = [...props.slugs].map(([name, slug]) => `${name}=${slug}`).join(',');
  return `${page.pathname}|${props.text}|${slugs}|${assets['script']}|${context.base}|${withBase('/quotes/')}`;
}
