/**
 * The files of the pages this build renders, known as they are rendered: Astro's own prerenderer
 * wrapped (`setPrerenderer`, the adapters' hook) so that each page's bytes, which Astro writes to
 * its file unchanged, are measured on their way — their size and SHA-1 for the page manifest —
 * instead of every rendered file being read back from disk at the end of the build (308,000
 * reads at 50,000 files). A page whose bytes were not seen (a redirect, an empty body, a status
 * other than 200) is still read back from its file.
 */
import type { AstroPrerenderer } from 'astro';
import { outputFile } from './digest.ts';
import { bytesFile, type PageFile } from './page-file.ts';

/** Output file (relative to the output folder, as `outputFile` gives it) → the bytes written. */
export type WrittenPages = Map<string, PageFile>;

/**
 * The output file of a request Astro renders (`http://host/<base>/quotes/x/` →
 * `quotes/x/index.html`), or null when its path is not under the base.
 */
export function requestFile(requestUrl: string, base: string): string | null {
  const { pathname } = new URL(requestUrl);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (!`${pathname}/`.startsWith(prefix)) return null;
  return outputFile(`/${pathname.slice(prefix.length)}`);
}

/** `prerenderer`, recording into `written` the bytes of every page it renders with status 200. */
export function recordingPrerenderer(
  prerenderer: AstroPrerenderer,
  base: string,
  written: WrittenPages,
): AstroPrerenderer {
  return {
    ...prerenderer,
    async render(request, options) {
      const result = await prerenderer.render(request, options);
      const response = result instanceof Response ? result : result.response;
      const file = requestFile(request.url, base);
      if (response.status !== 200 || response.body === null || file === null) return result;
      const bytes = new Uint8Array(await response.arrayBuffer());
      written.set(file, bytesFile(bytes));
      const same = new Response(bytes, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      return result instanceof Response ? same : { ...result, response: same };
    },
  };
}
