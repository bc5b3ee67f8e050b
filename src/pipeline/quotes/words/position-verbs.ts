/**
 * Verbs of saying, as lemmas, that the sentence passes accept in a position where any verb of
 * saying would let in too much (`passes/verb-forms.ts` makes their forms). Each list is a subset
 * of `saying-verbs.ts`, for one position.
 */

/** An attribution closing the sentence past clauses of its own: `…, said X, a pollster.`, `…, X has said.` */
export const CLOSING_VERBS: readonly string[] = ['say', 'add', 'write', 'argue', 'note', 'explain'];

/** An inverted aside set off by commas before the quote: `The paradox of Nancy, says Carl Anthony, …`. */
export const ASIDE_VERBS: readonly string[] = [
  ...CLOSING_VERBS,
  'recall',
  'continue',
  'insist',
  'observe',
  'contend',
  'warn',
];

/** A sentence opening with the cue: `Said Comey, “…”`, `Added Jones:`. */
export const OPENING_VERBS: readonly string[] = ['say', 'add', 'ask', 'write'];

/** `As X put it`, and the past of these: `As the senator noted, “…”`. */
export const AS_VERBS: readonly string[] = ['note', 'write', 'say', 'tell', 'explain'];

/** After a relative clause left unclosed: `Katie Packer, who is chairman of Our Principles Pac said`. */
export const AFTER_CLAUSE_VERBS: readonly string[] = ['say', 'tell', 'write', 'add'];
