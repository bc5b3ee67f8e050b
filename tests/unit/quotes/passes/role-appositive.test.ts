// The `role-appositive` pass: a name set off by commas beside a role stands for it (`Her aide,
// Jake Sullivan, said`). It refines what the cue passes match, so they are called here.
// Verbatim excerpts of PolNeAR training articles and BBC articles outside the bbc-quotes gold
// set, read by the passes directly.
import { describe, expect, it } from 'vitest';
import {
  cueSubjectAfter,
  cueSubjectBefore,
} from '../../../../src/pipeline/quotes/passes/cue-subject.ts';
import { speechEvents } from '../../../../src/pipeline/quotes/attribute.ts';
import { collectPeople } from '../../../../src/pipeline/quotes/people.ts';
import { sentenceOf } from './sentence-of.ts';
import { quotesOf as run } from '../quotes-of.ts';

const PASSES = { cueSubjectAfter, cueSubjectBefore };

describe('role-appositive', () => {
  it.each([
    [
      'cueSubjectAfter',
      '"By December, when we were looking down the road, California stuck out as a place to compete," Sanders\'s campaign manager, Jeff Weaver, said in an interview.',
      'Jeff Weaver',
    ],
    [
      'cueSubjectBefore',
      'In opposing the Clinton deposition request, her personal lawyer, David E. Kendall, wrote in a court file that such a request was "futile," because if there were additional records in the case, the FBI, not Clinton, now possesses them.',
      'David E. Kendall',
    ],
    [
      'cueSubjectBefore',
      'A top strategist, John Weaver, tells reporters that however the Republican candidate does in Saturday’s primary, Kasich’s showing will be enough to “drive somebody else out of the race.”',
      'John Weaver',
    ],
    [
      'cueSubjectAfter',
      '"Is President Obama going to finally mention the words radical Islamic terrorism? If he doesn\'t he should immediately resign in disgrace!" the presumptive GOP presidential nominee, Donald Trump, tweeted Sunday after a lone-wolf attack on an Orlando nightclub.',
      'Donald Trump',
    ],
    [
      'cueSubjectBefore',
      "Carson’s business manager, Armstrong Williams, stated: “When I spoke with Dr. Carson about this yesterday how we should respond, you know he was so sad about it. He said: ‘Pray for him.'”",
      'Armstrong Williams',
    ],
    // A role in capitals, headed by a title (BBC).
    [
      'cueSubjectBefore',
      'The Higher Education Minister, Kim Howells, said: "We are working in schools to raise the attainment and aspiration of young people in disadvantaged areas."',
      'Kim Howells',
    ],
  ] as const)('%s takes the name beside the role in %s', (pass, text, mention) => {
    expect(PASSES[pass](sentenceOf(text))).toMatchObject({ mention, rule: 'role-appositive' });
  });

  it.each([
    [
      '“I don’t hear any criticism of that sort of comment by a justice of the Supreme Court,” he said.',
    ],
    [
      '"All of France is under the threat of Islamic terrorism," said Hollande, who returned to Paris to deal with the crisis after a private visit to Avignon, France.',
    ],
  ])('keeps a mention with no appositive as its own: %s', (text) => {
    const s = sentenceOf(text);
    for (const pass of Object.values(PASSES)) expect(pass(s)?.rule).not.toBe('role-appositive');
  });
});

// End to end: the whole pipeline on paragraphs of real articles where this pass attributes the
// quote (PolNeAR training split unless marked BBC); many check how the mention is resolved.
describe('a role of someone’s, then a name', () => {
  it('speaks as the name (`Carson’s business manager, Armstrong Williams, stated`)', () => {
    const quotes = run(
      'Carson’s business manager, Armstrong Williams, stated: “When I spoke with Dr. Carson about this yesterday how we should respond, you know he was so sad about it.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Armstrong Williams']);
  });
});

describe('the attribution closing a sentence', () => {
  it('attributes its earlier quotations too', () => {
    const quotes = run(
      'The FBI looked for a potential connection between Mateen and Abusalha in 2014 and did not find "ties of any consequence," aside from the two men knowing each other "casually" from attending the same mosque, said the bureau\'s director, James B. Comey, on Monday.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['James B. Comey', 'James B. Comey']);
  });
});

describe('an owner’s possessive before a name (BBC)', () => {
  it('gives way to the name set off after a capitalised role (`Argentina’s President, Nestor Kirchner,`)', () => {
    const quotes = run(
      'Yesterday Argentina\'s economy minister, Roberto Lavagna, said that he estimated that the results of the restructuring would be ready around next Thursday (3 March). Argentina\'s President, Nestor Kirchner, said on Friday: "A year ago when we started the swap (negotiations), they told us it was impossible."',
    );
    expect(quotes[0]?.speaker).toBe('Nestor Kirchner');
  });
});

describe('a role written in capitals before an appositive name (BBC)', () => {
  it('gives way to the name (`Scottish Finance Minister, Tom McCabe MSP, said:`)', () => {
    const quotes = run(
      'Scottish Finance Minister, Tom McCabe MSP, said: "Last week in parliament I announced an additional £419m for core expenditure to local government in Scotland."',
    );
    expect(quotes[0]?.speaker).toMatch(/^Tom McCabe/);
  });
});

// A role with whom it is of in lower case, then the name set off (PolNeAR train
// wash-post_2016-01-16_ex-cia-chief-in-benghazi-breaks-, BBC entertainment-085): the name speaks.
describe('a role of something, then the name set off', () => {
  it.each([
    [
      'The author of the book, Mitchell Zuckoff, said in a telephone interview that he stands by the depiction and that it is based on first-hand accounts.',
      'Mitchell Zuckoff',
    ],
    [
      'The director of the film, Vinod Pande, says the movie is not offensive and has refused to withdraw it.',
      'Vinod Pande',
    ],
  ])('%s → %s', (text, name) => {
    expect(speechEvents(text, collectPeople(text)).map((e) => e.person.name)).toEqual([name]);
  });
});
