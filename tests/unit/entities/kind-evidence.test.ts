/**
 * What a name is, from evidence (`kindEvidence` in `src/pipeline/entities/kind-evidence.ts`):
 * verbatim BBC sentences where a head noun, a classifying noun, a title, a pronoun or a
 * preposition decides, and the evidence that decided is recorded.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/pipeline/entities/find-entities.ts';
import { headOf, pluralHead } from '../../../src/pipeline/entities/kind-evidence.ts';
import { entryOf } from './helpers.ts';

const found = (paragraph: string, name: string) =>
  findEntities(entryOf('bbc', [paragraph])).find((f) => f.name === name);

describe('the kind a name is given, and why', () => {
  it.each([
    // A classifying noun before the name.
    [
      "Mike Leigh's award-winning abortion drama Vera Drake has scooped seven nominations at this year's British Independent Film Awards.",
      'Vera Drake',
      'other',
      'other: "drama" before',
    ],
    [
      'The move comes after telecom regulator Ofcom said in November that the firm must offer competitors "real equality of access to its phone lines".',
      'Ofcom',
      'organization',
      'organization: "regulator" before',
    ],
    // The head of the name: a club's, an event's.
    [
      'Irishmen JP McManus and John Magnier, who own a 29% stake in Manchester United, will reportedly reject any formal £800m offer for the club.',
      'Manchester United',
      'organization',
      'organization: head "United"',
    ],
    [
      'Playing his first match since winning the Australian Open, Safin showed some good touches but was beaten 7-6 (7-2) 6-4 by the in-form Kiefer.',
      'Australian Open',
      'other',
      'other: head "Open"',
    ],
    // The pronoun that follows a sentence's subject.
    [
      'Apple has expanded its iPod family with the release of its next generation of the digital music players.',
      'Apple',
      'organization',
      'organization: it/its after',
    ],
    // A time preposition: a season or an event.
    [
      'And retail sales disappointed over Christmas, with analysts putting the drop down to less consumer confidence.',
      'Christmas',
      'other',
      'other: time preposition before',
    ],
  ])('%s → %s is %s (%s)', (paragraph, name, kind, reason) => {
    const f = found(paragraph, name);
    expect(f?.kind).toBe(kind);
    expect(Object.keys(f?.evidence ?? {})).toContain(reason);
  });

  it.each([
    // After `of`, a title's see or realm, not its holder.
    [
      "His words came as Cardinal Cormac Murphy O'Connor, the Archbishop of Westminster, backed Mr Howard's stance and distanced himself from Labour.",
      'Westminster',
    ],
    ['Second favourite is a biography of Mary Queen of Scots, by John Guy.', 'Scots'],
  ])('%s → %s is no person', (paragraph, name) => {
    expect(found(paragraph, name)?.kind).not.toBe('person');
  });

  it('counts a name after an honorific as a person, with the honorific recorded', () => {
    const f = found(
      'Mr Raskin was one of the first employees at Apple and made many of the design decisions that made the Mac so easy to use.',
      'Raskin',
    );
    expect(f?.kind).toBe('person');
    expect(f?.honorifics).toBe(1);
  });
});

describe('heads', () => {
  it.each([
    [['Bank', 'of', 'England'], 'Bank'],
    [['Manchester', 'United'], 'United'],
    [['Institute', 'for', 'the', 'Study', 'of', 'War'], 'Institute'],
  ])('%j → %s', (tokens, head) => {
    expect(headOf(tokens)).toBe(head);
  });

  it.each([
    ['Nations', new Set(['nation']), true],
    ['MPs', new Set<string>(), true],
    ['Williams', new Set(['william']), false],
    ['Charles', new Set<string>(), false],
  ])('%s is a plural head: %s', (word, lower, plural) => {
    expect(pluralHead(word, lower)).toBe(plural);
  });
});
