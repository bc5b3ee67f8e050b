// The word lists of the sentence passes (`src/pipeline/quotes/words/`): each word written once,
// and the lists that must not share a word do not.
import { describe, expect, it } from 'vitest';
import { DOCUMENT_NOUNS } from '../../../../src/pipeline/quotes/words/documents.ts';
import {
  CLAUSE_OPENERS,
  MONTHS,
  NOT_NAMES,
  OPENING_PREPOSITIONS,
  TIME_CONNECTIVES,
  WEEKDAYS,
} from '../../../../src/pipeline/quotes/words/openers.ts';
import {
  AFTER_CLAUSE_VERBS,
  AS_VERBS,
  ASIDE_VERBS,
  CLOSING_VERBS,
  OPENING_VERBS,
} from '../../../../src/pipeline/quotes/words/position-verbs.ts';
import { ROLE_NOUNS } from '../../../../src/pipeline/quotes/words/role-nouns.ts';
import {
  SAYING_VERBS,
  SAYING_VERBS_BARE,
} from '../../../../src/pipeline/quotes/words/saying-verbs.ts';
import { SPEECH_NOUNS } from '../../../../src/pipeline/quotes/words/speech-nouns.ts';

const LISTS: Record<string, readonly string[]> = {
  OPENING_PREPOSITIONS,
  TIME_CONNECTIVES,
  CLAUSE_OPENERS,
  WEEKDAYS,
  MONTHS,
  NOT_NAMES,
  ROLE_NOUNS,
  SPEECH_NOUNS,
  DOCUMENT_NOUNS,
  CLOSING_VERBS,
  ASIDE_VERBS,
  OPENING_VERBS,
  AS_VERBS,
  AFTER_CLAUSE_VERBS,
};

/** Lists combined into one pattern (`passes/patterns.ts`): a word in two of them is written twice. */
const DISJOINT: Array<[string, string]> = [
  ['OPENING_PREPOSITIONS', 'TIME_CONNECTIVES'],
  ['OPENING_PREPOSITIONS', 'CLAUSE_OPENERS'],
  ['TIME_CONNECTIVES', 'CLAUSE_OPENERS'],
  ['TIME_CONNECTIVES', 'NOT_NAMES'],
  ['CLAUSE_OPENERS', 'WEEKDAYS'],
  ['CLAUSE_OPENERS', 'MONTHS'],
  ['NOT_NAMES', 'MONTHS'],
  ['NOT_NAMES', 'WEEKDAYS'],
];

describe('the word lists', () => {
  it.each(Object.entries(LISTS))('%s names each word once', (_, words) => {
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
  });

  it.each(DISJOINT)('%s and %s share no word', (a, b) => {
    const other = new Set(LISTS[b]);
    expect(LISTS[a]!.filter((w) => other.has(w))).toEqual([]);
  });

  it.each(
    Object.entries({ CLOSING_VERBS, ASIDE_VERBS, OPENING_VERBS, AS_VERBS, AFTER_CLAUSE_VERBS }),
  )('%s are verbs of saying (saying-verbs.ts)', (_, lemmas) => {
    const saying = new Set([...SAYING_VERBS, ...SAYING_VERBS_BARE]);
    expect(lemmas.filter((l) => !saying.has(l))).toEqual([]);
  });
});
