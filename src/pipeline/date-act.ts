/**
 * Whose date a header date is: a date is marked by the act it dates (`Published`, `Updated`,
 * `Created:`, `Saved to Notebook … on`, `Clipping added by … on`). The article's own acts are few
 * (it is published, posted, filed, updated, revised, corrected); any other act a past participle
 * names is one done to the copy (clipping, saving, adding to a notebook, accessing, printing), and
 * its date is the copy's, not the article's. Read on compromise's tags and lemmas.
 */
import { lemmaSentences } from './document/lemmas.ts';

/** The acts in an article's own life whose date is the article's (lemmas). */
const ARTICLE_ACTS: ReadonlySet<string> = new Set([
  'publish',
  'post',
  'file',
  'issue',
  'release',
  'write',
  'date',
  'update',
  'modify',
  'revise',
  'edit',
  'correct',
  'air',
  'broadcast',
]);

/**
 * The act on the copy named before a date (`created`, `saved`, `added`), or undefined when the
 * words name no act or one of the article's own.
 */
export function copyAct(before: string): string | undefined {
  if (!/\p{L}/u.test(before)) return undefined;
  for (const term of lemmaSentences(before.toLowerCase()).flat()) {
    const participle =
      term.tags.includes('PastTense') ||
      (term.tags.includes('Adjective') && term.normal.endsWith('ed'));
    if (!participle) continue;
    // A participle compromise reads as an adjective has no lemma: `modified` → `modify`.
    const stem = term.root ?? term.normal.replace(/ied$/, 'y').replace(/e?d$/, '');
    const own = [...ARTICLE_ACTS].some(
      (act) => act === stem || act === `${stem}e` || term.normal.startsWith(act),
    );
    if (!own) return term.normal;
  }
  return undefined;
}
