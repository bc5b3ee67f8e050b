import { describe, expect, it } from 'vitest';
import { collectPeople } from '../../../src/pipeline/quotes/people.ts';

// Verbatim from the BBC corpus (sport-192, entertainment-190, sport-291, business-153).
describe('collectPeople: a role noun before a name', () => {
  it.each([
    [
      'Saints boss Redknapp was upbeat about the draw despite having to face the club he walked out on just six weeks ago.',
      'Redknapp',
      ['boss', 'saints'],
    ],
    [
      `That's Life host Esther Rantzen said he was "so lovely" and a "delight" to work with.`,
      'Esther Rantzen',
      ['host', 'life'],
    ],
    [
      '"With Gareth missing I would think Michael Owen will be our captain," said Wales coach Mike Ruddock.',
      'Mike Ruddock',
      ['coach', 'wales'],
    ],
  ])('%s → %s, described as %j', (text, name, descriptors) => {
    const person = collectPeople(text).find((p) => p.name === name);
    expect(person?.human).toBe(true);
    for (const d of descriptors) expect(person?.descriptors.has(d)).toBe(true);
  });

  // The word before the role is the role's, not a person: `Saints`, `Oscar` (a first name too).
  it('a name modifying a role is not a person of its own', () => {
    const people = collectPeople(
      'Saints boss Redknapp was upbeat about the draw despite having to face the club he walked out on just six weeks ago.',
    );
    expect(people.map((p) => p.name)).toEqual(['Redknapp']);
  });

  // `his wife Sharon`: a first name after a role is not a surname.
  it('a first name alone after a role is not a person', () => {
    expect(collectPeople('He was joined by his wife Sharon at the hearing.')).toEqual([]);
  });
});
