import { describe, expect, it } from 'vitest';
import { isRoleWord } from '../../../src/pipeline/quotes/person-noun.ts';
import { TITLES } from '../../../src/pipeline/quotes/people.ts';

// Words before names in the BBC corpus: `Saints boss Redknapp`, `That's Life host Esther
// Rantzen`, `Wales coach Mike Ruddock`, `Nationwide economist Alex Bannister`.
describe('isRoleWord: a lower-case noun naming what someone is', () => {
  it.each([['boss'], ['host'], ['coach'], ['economist'], ['spokesman'], ['chairman'], ['striker']])(
    '%s is a role',
    (word) => {
      expect(isRoleWord(word, TITLES)).toBe(true);
    },
  );
  // `magazine`, `match`: words of the lexicon with no tag of a person are not tagged at all.
  it.each([['said'], ['reporters'], ['acknowledged'], ['the'], ['magazine'], ['match'], ['Boss']])(
    '%s is not',
    (word) => {
      expect(isRoleWord(word, TITLES)).toBe(false);
    },
  );
});
