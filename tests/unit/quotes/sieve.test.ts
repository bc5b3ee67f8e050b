// The attribution sieve: which pass attributed a quote, on verbatim excerpts of BBC articles
// (not those of the bbc-quotes gold set).
import { describe, expect, it } from 'vitest';
import { processText } from '../../../src/pipeline/process-text.ts';
import { SIEVE } from '../../../src/pipeline/quotes/sieve.ts';

/** The quotes of a story of `paragraphs`, with the speaker and the pass that found it. */
const rulesOf = (...paragraphs: string[]) =>
  processText({
    text: ['A headline for the test story', ...paragraphs].join('\n\n'),
    file: 'x.txt',
    id: 'x',
    encoding: 'utf-8',
  })[0]!.quotes.map((q) => ({ start: q.text.slice(0, 20), speaker: q.speaker, rule: q.rule }));

describe('the sieve', () => {
  it('names each pass once', () => {
    expect(new Set(SIEVE).size).toBe(SIEVE.length);
  });

  it.each([
    [
      'said-x',
      '"Today\'s no change decision is correct," said David Frost, Director General of the British Chambers of Commerce (BCC).',
      'David Frost',
    ],
    [
      'cue-subject',
      'The surge in customers trying to get through to call centres is also a reflection of the centres\' growing range of tasks. "Once a call centre may have looked after mortgages, now its agents may also be responsible for credit cards, insurance and current accounts," Ms Diemont says.',
      'Diemont',
    ],
    [
      'participle-subject',
      'Mr Blair also paid tribute to Democrat John Kerry\'s campaign, saying he had helped make the presidential election "a true celebration of American democracy".',
      'Blair',
    ],
    [
      'organisation-it',
      'The Ugandan Media Council said the performance would not be put on as it promoted and glorified acts such as lesbianism and homosexuality. It said the production could go ahead if the organisers "expunge all the offending parts".',
      'Ugandan Media Council',
    ],
  ])('records the pass %s', (rule, paragraph, speaker) => {
    expect(rulesOf(paragraph)[0]).toMatchObject({ speaker, rule });
  });

  it('records a quote carried over from the previous one in its paragraph as a continuation', () => {
    const quotes = rulesOf(
      '"All of us in positions of leadership, not just President Bush, have a responsibility to rise to this challenge," Mr Blair said. "It is urgent that we do so."',
    );
    expect(quotes.map((q) => q.rule)).toEqual(['cue-subject', 'continuation']);
  });

  it('gives a sentence that is only a quotation, opening a paragraph, to who spoke just before', () => {
    const quotes = rulesOf(
      'Andy Richards, of Swansea UAF, said the leaflet was exactly what he had come to expect from the BNP.',
      '"The people of Swansea will not put up with this." Swansea\'s Muslim community bought the former church, just across the road from the existing mosque on St Helen\'s Road, in the late 1990s.',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Andy Richards', rule: 'quote-paragraph' });
  });

  it('records no pass for a quote without a speaker', () => {
    const quotes = rulesOf(
      'In what Dimension Data calls an "alarming development", the average induction time for a call centre worker fell last year from 36 to just 21 days.',
    );
    expect(quotes.filter((q) => q.speaker === null).every((q) => q.rule === null)).toBe(true);
  });
});
