/**
 * Nouns (and the verb) that name a readers' discussion under a page: what a comment thread's label
 * says it is (`Comments (214)`, `Join the conversation`, `Reader comments`, `Log in to comment`).
 */
export const DISCUSSION_WORDS = new Set(
  `comment comments commenting conversation conversations discussion discussions reply replies
  responses forum`.split(/\s+/),
);
