/**
 * The names other tools give the front-matter fields Clippings reads. Files exported from a CMS or
 * a static-site generator (Jekyll, Hugo, Astro, WordPress exporters) carry their own names:
 * `author` for `authors`, `pubDate` or `published` for `date`, `headline` for `title`. A key is
 * compared without case, `_`, `-` or spaces, so `pub_date`, `PubDate` and `pub-date` are one name.
 * Each name belongs to one field.
 */
import type { frontMatterSchema } from './front-matter.ts';

type FrontMatter = typeof frontMatterSchema.shape;

export const FIELD_NAMES: { readonly [Field in keyof FrontMatter]-?: readonly string[] } = {
  id: ['id'],
  title: ['title', 'headline'],
  date: [
    'date',
    'published',
    'publishdate',
    'pubdate',
    'publishedat',
    'publishedon',
    'datepublished',
    'publicationdate',
  ],
  authors: ['authors', 'author', 'byline', 'creator', 'creators', 'writer', 'writers'],
  source: ['source', 'publisher', 'publication', 'outlet', 'sitename'],
  url: ['url', 'link', 'canonical', 'canonicalurl', 'sourceurl', 'originalurl'],
};

/** A key as compared: lower case, without `_`, `-` or spaces. */
export const keyName = (key: string): string => key.toLowerCase().replace(/[\s_-]+/g, '');

const FIELD_OF = new Map<string, keyof FrontMatter>(
  (Object.entries(FIELD_NAMES) as Array<[keyof FrontMatter, readonly string[]]>).flatMap(
    ([field, names]) => names.map((name) => [name, field] as const),
  ),
);

/** The Clippings field a front-matter key gives, or undefined for a key Clippings does not read. */
export const fieldOf = (key: string): keyof FrontMatter | undefined => FIELD_OF.get(keyName(key));
