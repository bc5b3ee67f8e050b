/**
 * An old quotes-page filter address (`/quotes/?speaker=<slug>`) goes to the speaker's page, where
 * that speaker's quotes now are (`site/quote-filter.ts`). `replace`, so Back does not bounce.
 */
import { speakerFilterTarget } from '../site/quote-filter.ts';
import { joinBase } from '../site/url.ts';

const target = speakerFilterTarget(window.location.search);
const base = document.querySelector<HTMLElement>('[data-quote-index]')?.dataset['base'];
if (target && base) window.location.replace(joinBase(base, target));
