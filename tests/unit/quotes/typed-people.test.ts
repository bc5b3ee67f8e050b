// A "he" or "she" refers to a person mention: a name the entity typer calls a place, an
// organisation or a thing (`typed-people.ts`) is passed over. Verbatim from the BBC corpus
// (sport-273, outside the bbc-quotes gold) and PolNeAR train (usa-today_2016-07-18_convention-is-trump-s-chance-to-).
import { describe, expect, it } from 'vitest';
import { collectPeople } from '../../../src/pipeline/quotes/people.ts';
import { mayBePerson, typePeople } from '../../../src/pipeline/quotes/typed-people.ts';
import { quotesOf } from './quotes-of.ts';

const SAVAGE = [
  'Birmingham have confirmed Blackburn made a bid for Robbie Savage - but managing director Karen Brady has called it "derisory".',
  'Rovers have reportedly offered £500,000 up front for the Wales star, 30, with the fee rising to £2.2m. But Brady told The Sun the bid was "a waste of fax paper and my time". She added: "The way things are going all this could affect the relationship between the clubs. They\'ve got into Robbie\'s head. But he\'s not for sale." Savage\'s future at Birmingham has been the source of speculation for several weeks, with some fans criticising his performances for the club earlier in the season. However, good displays against West Brom and Aston Villa have impressed Blues fans. "The crowd gave me a massive standing ovation when I came off on Saturday which was nice," he said.',
];
const MELANIA =
  "On the convention's opening night Monday, Trump's wife, Melania, is scheduled to be among the featured speakers. She is often by her husband's side but has spoken on only a few occasions.";

describe('typePeople: what the typer makes of the people of an article', () => {
  it.each([
    // A lexicon organisation (`Aston Villa`) is no referent of a pronoun.
    [SAVAGE.join('\n\n'), 'Aston Villa', false],
    [SAVAGE.join('\n\n'), 'Robbie Savage', true],
    // A suggestion alone (`Melania` ends like a place name) does not unmake a person.
    [MELANIA, 'Melania', true],
  ])('%#: %s → %s', (text, name, person) => {
    const people = collectPeople(text);
    typePeople(people, text);
    expect(mayBePerson(people.find((p) => p.name === name)!)).toBe(person);
  });

  it('"he" after a club named last is the player the sentences are about', () => {
    expect(quotesOf(...SAVAGE).at(-1)?.speaker).toBe('Robbie Savage');
  });
});
