/**
 * Nouns that name a picture, a film or a graphic. `Photos by X`, `Video by X`, `Graphics by X`
 * credit who made the picture, not who wrote the story: such a line is no byline.
 */
export const PICTURE_NOUNS: ReadonlySet<string> = new Set([
  'photo',
  'photograph',
  'photography',
  'picture',
  'image',
  'video',
  'footage',
  'film',
  'graphic',
  'illustration',
  'cartoon',
  'chart',
  'map',
  'animation',
  'design',
]);

/** The nouns as a pattern source, singular or plural (`photo`, `Images`). */
export const PICTURE_NOUN = `(?:${[...PICTURE_NOUNS].join('|')})s?`;

/** A credit's label as a pattern source: a picture noun, `credit` after it or not (`Photo credit`). */
export const CREDIT_LABEL = `${PICTURE_NOUN}(?:\\s+credits?)?`;
