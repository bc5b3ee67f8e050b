/**
 * The class a list of names is introduced as (`listClass` in
 * `src/pipeline/entities/list-class.ts`): verbatim BBC sentences where `such as`, `like` or
 * `including` after a plural noun says what every name of the list is, and names that are only
 * part of a member.
 */
import { describe, expect, it } from 'vitest';
import { listClass } from '../../../src/pipeline/entities/list-class.ts';
import { classOf } from '../../../src/pipeline/entities/kind-evidence.ts';

const classAt = (text: string, name: string): string | null => {
  const start = text.indexOf(name);
  return listClass(text, start, start + name.length);
};

describe('the class noun of the list a name stands in', () => {
  it.each([
    [
      'High-profile web portals such as Google, Yahoo, Ebay and Amazon are gathering links that lead people to aid and relief organisations.',
      'Yahoo',
      'portals',
    ],
    [
      'But in the last year Google has faced greater competition than ever for users as old rivals, such as Yahoo and Microsoft, and new entrants such as Amazon and Blinkx, try to grab some of the searching audience for themselves.',
      'Microsoft',
      'rivals',
    ],
    [
      'In comparison, blockbuster films like Harry Potter and The Prisoner Of Azkaban took £11.5m in its first three days at the UK box office.',
      'Harry Potter',
      'films',
    ],
    [
      'EA publishes blockbuster titles such as Fifa and John Madden, as well as video game versions of movies such as Harry Potter and the James Bond films.',
      'Harry Potter',
      'movies',
    ],
    [
      'Steelmakers have been enjoying record profits as demand for steel has risen, driven by the booming economies of countries such as China and India.',
      'India',
      'countries',
    ],
  ])('%s → %s is one of the %s', (text, name, noun) => {
    expect(classAt(text, name)).toBe(noun);
  });

  it.each([
    // The name modifies the noun after it: the member is the winger.
    [
      'It looks like a good opportunity to try out players like Middlesbrough winger Stewart Downing or Crystal Palace striker Andy Johnson.',
      'Middlesbrough',
    ],
    // The name owns the member.
    [
      "The 15 games available on the European launch date will include Nintendo's Super Mario 64 DS, as well as titles from third-party developers such as Ubisoft's Rayman DS.",
      'Ubisoft',
    ],
    // The name is part of a longer token.
    [
      'The increased popularity of personal digital video recorders, TiVo-type boxes which automatically record programmes like Sky+, have also contributed to the trend.',
      'Sky',
    ],
    // No list: `such as` after no plural noun, or no `such as` before the name's run of names.
    [
      'Steelmakers have been enjoying record profits as demand for steel has risen, driven by the booming economies of countries such as China and India.',
      'Steelmakers',
    ],
  ])('%s → %s is no member', (text, name) => {
    expect(classAt(text, name)).toBeNull();
  });
});

describe('what a class noun says its members are', () => {
  it.each([
    ['firms', 'organization'],
    ['companies', 'organization'],
    ['portals', 'organization'],
    ['films', 'other'],
    ['movies', 'other'],
    ['countries', 'place'],
    // Agent nouns name firms as often as people: no kind.
    ['producers', null],
    ['players', null],
  ])('%s → %s', (noun, kind) => {
    expect(classOf(noun)).toBe(kind);
  });
});
