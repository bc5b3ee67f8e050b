/**
 * What frames a quotation as a name, a term or a title rather than someone's words: the nouns
 * of works (`the film “…”`), the nouns of labels (`the slogan “…”`), and the verbs of naming
 * in the passive or as a participle (`what are called “…”`, `so-called “…”`, `dubbed “…”`).
 * One word list per frame, used by `quote-kind.ts`.
 */

/** Works whose title goes in quotation marks: `the film “…”`, `her album “…”`. */
export const WORK_NOUNS: readonly string[] = [
  'film',
  'movie',
  'book',
  'novel',
  'memoir',
  'song',
  'single',
  'album',
  'track',
  'show',
  'programme',
  'program',
  'series',
  'sitcom',
  'documentary',
  'play',
  'musical',
  'opera',
  'poem',
  'game',
  'website',
  'site',
  'blog',
  'column',
  'magazine',
  'newspaper',
  'podcast',
  'episode',
  'hit',
  'drama',
  'thriller',
  'comedy',
  'ad',
  'spot',
];

/** Languages and registers a quotation glosses a word in: `Veritas - Latin for "truth"`. */
export const GLOSS_NOUNS: readonly string[] = [
  'latin',
  'greek',
  'french',
  'spanish',
  'german',
  'italian',
  'arabic',
  'hebrew',
  'yiddish',
  'slang',
  'shorthand',
  'jargon',
];

/**
 * Words after which a title names the programme or paper someone speaks on, with or to, not
 * their words: `said in an interview with “Fox News Sunday.”`, `told "Fox and Friends"`,
 * `appeared on “Fox & Friends”`.
 */
export const MEDIUM_WORDS: readonly string[] = ['on', 'with', 'told'];

/** Labels: what the marks hold is a phrase being named, not said: `the slogan “…”`. */
export const LABEL_NOUNS: readonly string[] = [
  'slogan',
  'catchphrase',
  'motto',
  'nickname',
  'label',
  'brand',
  'category',
  'headline',
  'title',
  'banner',
  'type',
];

/** Verbs (lemmas) that name: as a participle or in the passive, what follows is a name. */
export const NAMING_VERBS: readonly string[] = [
  'call',
  'dub',
  'nickname',
  'name',
  'term',
  'know',
  'title',
];
