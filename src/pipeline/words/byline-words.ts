/**
 * The words of a byline in the other languages pages are saved in: `by` (`Von`, `Par`, `Por`,
 * `Door`, `di`, `Af`, `Av`, `Przez`) and `and` between names (`und`, `et`, `y`, `e`, `en`, `og`,
 * `och`). English `by` and `and` are read apart, with their own forms (`BY`, `AND`).
 */
export const BY_WORDS: ReadonlySet<string> = new Set([
  'von',
  'par',
  'por',
  'door',
  'di',
  'af',
  'av',
  'przez',
]);

/** `and` between names; written in lower case (`Mark Landler e Noah Weiland`). */
export const AND_WORDS: ReadonlySet<string> = new Set(['und', 'et', 'y', 'e', 'en', 'og', 'och']);
