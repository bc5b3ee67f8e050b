/**
 * What a name is, from the evidence around each mention (`scoreName` in
 * `src/pipeline/entities/candidates.ts`): verbatim BBC sentences where a club, a party, a
 * company, a place or an award must not be read as a person, and people who still are.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/pipeline/entities/find-entities.ts';
import { entryOf } from './helpers.ts';

const kindOf = (paragraph: string, name: string): string | null | undefined =>
  findEntities(entryOf('bbc', [paragraph])).find((f) => f.name === name)?.kind;

describe('a name that is not a person', () => {
  it.each([
    // An article before the name: people's names take none.
    [
      'The Tories dismissed the maternity pay plan as "desperate", while the Liberal Democrats said it was misdirected.',
      'Liberal Democrats',
      'organization',
    ],
    // A name right before a role is whose role it is.
    [
      'Former Chelsea captain Desailly, who is now playing for Al-Gharafa in Qatar, says there is no comparison between that side and the current Blues team, who are top of the Premiership.',
      'Chelsea',
      'organization',
    ],
    // The whole phrase in the lexicon outweighs its parts (`Sri` is a first name).
    [
      "Sri Lanka's stock market has fallen about 5% since the weekend, but it is still 40% higher than at the start of 2004.",
      'Sri Lanka',
      'place',
    ],
    // A title before its holder's name: what comes before it is the title's portfolio.
    [
      'But that only came after MPs bombarded Constitutional Affairs Minister David Lammy with a barrage of requests for him to read the letter as they complained they had been left in the dark.',
      'Constitutional Affairs',
      'organization',
    ],
    // A run that ends on a club's head holds no title (`Man` is no title here).
    [
      'The board of Man Utd is expected to meet early this week to discuss the latest proposal from the US tycoon that values the club at £800m ($1.5bn).',
      'Man Utd',
      'organization',
    ],
  ])('%s → %s is %s', (paragraph, name, kind) => {
    expect(kindOf(paragraph, name)).toBe(kind);
  });

  it.each([
    // A role after a word no lexicon knows keeps the word from being the title's person.
    [
      "Former Wimbledon champion Conchita Martinez and India's Sania Mirza, the oldest and youngest players in the draw, also reached the second round.",
      'Wimbledon',
    ],
    // A lone first name in the lexicon is a person only where the context says so.
    [
      'In January, Umbro announced its sponsorship agreement with Chelsea, which gave Umbro the lucrative right to make replica shirts, would end in 2006, five years earlier than expected.',
      'Chelsea',
    ],
    [
      'Meanwhile, design engineer Takuo Miyagishima will be awarded an Oscar at the Scientific and Technical Awards Dinner on 12 February 2005.',
      'Oscar',
    ],
    // A plural role is a group's, no one person's title.
    [
      'US banking giant Citigroup has sold its Travelers Life & Annuity insurance arm to Metlife for $11.5bn (£6.1bn).',
      'Life',
    ],
    // A classifying noun before the name; a name listed among firms or films.
    [
      'Life insurer Axa Sun Life has lowered annual bonus payouts for up to 50,000 with-profits investors.',
      'Axa Sun Life',
    ],
    [
      'High-profile web portals such as Google, Yahoo, Ebay and Amazon are gathering links that lead people to aid and relief organisations.',
      'Yahoo',
    ],
    [
      'In comparison, blockbuster films like Harry Potter and The Prisoner Of Azkaban took £11.5m in its first three days at the UK box office.',
      'Harry Potter',
    ],
    // After a title-case `Of`, the see, realm or place of the title, not its holder.
    [
      'In comparison, blockbuster films like Harry Potter and The Prisoner Of Azkaban took £11.5m in its first three days at the UK box office.',
      'Azkaban',
    ],
  ])('%s → %s is no person', (paragraph, name) => {
    expect(kindOf(paragraph, name)).not.toBe('person');
  });
});

describe('a person', () => {
  it.each([
    [
      "Former Wimbledon champion Conchita Martinez and India's Sania Mirza, the oldest and youngest players in the draw, also reached the second round.",
      'Conchita Martinez',
    ],
    [
      'Meanwhile, design engineer Takuo Miyagishima will be awarded an Oscar at the Scientific and Technical Awards Dinner on 12 February 2005.',
      'Takuo Miyagishima',
    ],
    [
      'Liberal Democrat spokeswoman for women Sandra Gidley said: "While mothers would welcome any extra maternity pay the Liberal Democrats feel this money is being misdirected.',
      'Sandra Gidley',
    ],
    [
      'But that only came after MPs bombarded Constitutional Affairs Minister David Lammy with a barrage of requests for him to read the letter as they complained they had been left in the dark.',
      'David Lammy',
    ],
  ])('%s → %s is a person', (paragraph, name) => {
    expect(kindOf(paragraph, name)).toBe('person');
  });
});
