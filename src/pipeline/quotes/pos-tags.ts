/**
 * Words with their part-of-speech tags: the one way the quote passes read grammar (speaker
 * shapes, quote kinds, speaker repair). The tagging is the document model's
 * (`../document/tokens.ts`), shared with the structure plugins and the entity finder.
 */
export { hasTag, tagWords, type Token } from '../document/tokens.ts';
