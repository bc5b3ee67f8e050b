import { describe, expect, it } from 'vitest';
import { collectPeople } from '../../../src/pipeline/quotes/people.ts';
import { roleHolder } from '../../../src/pipeline/quotes/role-holder.ts';

// The mention attribution read may be only the first word of a phrase headed by a person.
// Verbatim from the BBC corpus (business-153, business-066) and PolNeAR train.
describe('roleHolder: the person heading the phrase a mention opens', () => {
  it.each([
    ['said Nationwide economist Alex Bannister.', 'Nationwide', 'Alex Bannister'],
    ['said DZ bank economist Bernd Weidensteiner.', 'DZ', 'Bernd Weidensteiner'],
  ])('%s: %s → %s', (sentence, mention, holder) => {
    const people = collectPeople(sentence);
    expect(roleHolder(sentence, 0, mention, people)?.name).toBe(holder);
  });

  it.each([
    // A verb ends the phrase: `Clinton acknowledged Sanders' success` (usa-today_2016-04-27_…).
    [`Clinton acknowledged Sanders' success, saying she applauded him.`, 'Clinton'],
    // A person's name ends its phrase at `and` (breitbart_2016-05-12_trump-ryan-…).
    [
      'Donald Trump and House Speaker Paul Ryan issued a statement describing their meeting.',
      'Donald Trump',
    ],
  ])('%s: %s heads its own phrase', (sentence, mention) => {
    const people = collectPeople(sentence);
    const resolved = people.find((p) => p.name === mention);
    expect(roleHolder(sentence, 0, mention, people, resolved)).toBeUndefined();
  });
});
