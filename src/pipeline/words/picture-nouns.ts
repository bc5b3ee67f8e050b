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
