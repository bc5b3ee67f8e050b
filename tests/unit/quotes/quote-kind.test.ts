import { describe, expect, it } from 'vitest';
import { processText } from '../../../src/pipeline/process-text.ts';
import { quoteKind, titleCased } from '../../../src/pipeline/quotes/quote-kind.ts';

/** The kind and speaker of the quote `text` in a story of one paragraph. */
function kindIn(paragraph: string, text: string) {
  const quotes = processText({
    text: `A headline for the test story\n\n${paragraph}`,
    file: 'x.txt',
    id: 'x',
    encoding: 'utf-8',
  })[0]!.quotes;
  const quote = quotes.find((q) => q.text === text);
  if (!quote) throw new Error(`no quote “${text}” in ${JSON.stringify(quotes.map((q) => q.text))}`);
  return { kind: quote.kind, speaker: quote.speaker, cue: quote.cue };
}

describe('quote kinds, end to end (BBC articles outside bbc-quotes, PolNeAR train)', () => {
  it.each([
    // A naming frame before the marks: `so-called`, `known as`, a passive naming verb.
    [
      'Among the new initiatives are the so-called "one-euro jobs" which top up unemployment benefit.',
      'one-euro jobs',
      'term',
    ],
    [
      'But Gianni Agnelli, the godfather of the group, wanted to keep control, and preferred GM\'s offer to buy a 20% stake and give Fiat the right to sell in the future, known as a "put option".',
      'put option',
      'term',
    ],
    [
      'The portrait is of a young man who was dubbed "the noble savage" when he arrived in London from Polynesia.',
      'the noble savage',
      'term',
    ],
    // A noun phrase inside a noun phrase of the sentence, with no reporting verb.
    [
      'This means that the US-based Amazon.com holds a patent for its "one-click shopping" service, for example.',
      'one-click shopping',
      'term',
    ],
    [
      'The ISM manufacturing index\'s main sister survey - the employment index - eased to 52.7 in December from 57.6 in November, while its "prices paid" index, measuring the cost to businesses of their inputs, also eased to 72.0 from 74.0.',
      'prices paid',
      'term',
    ],
    // Someone's words: a reporting verb, a full statement, an evaluative word, the first person.
    [
      'But US Treasury Under-Secretary John Taylor said the US could not support the IFF because of its "legislative process".',
      'legislative process',
      'speech',
    ],
    [
      'Mr Marchionne, who only joined the company last year, said Fiat Auto was now the "principal focus" of his attention.',
      'principal focus',
      'speech',
    ],
    [
      'A spokesman for distributor Toho said the film "has received strong interest from domestic audiences".',
      'has received strong interest from domestic audiences',
      'speech',
    ],
    [
      'McDonald\'s announced it was to scrap its "supersized" meals last year, but denied the move was as a result of the negative publicity created by Spurlock\'s film.',
      'supersized',
      'speech',
    ],
    // A quoted participle of the article's own passive or perfect.
    [
      'Hundreds of ballot papers for the regional assembly referendum in the North East have "disappeared".',
      'disappeared',
      'term',
    ],
    // The noun of a label right after the marks: the quotation is the label's wording.
    [
      'At the end of April, Sanders earned "is it over?" headlines when early-state staff members were fired.',
      'is it over?',
      'term',
    ],
    // Before `of`, the noun is a kind of thing, not a label.
    [
      'In an interview published in the Radio Times in January, Victoria Wood slated comedian Sacha Baron Cohen for his character Ali G\'s "horrible" brand of "victim" humour.',
      'horrible',
      'speech',
    ],
    // A title in the frame of a work: after the work's noun (set off by a comma too), as what
    // someone speaks on or to, or before the role of someone in it; even read as a sentence.
    [
      'Congregants pass around copies of his memoir, "Gifted Hands," and watch the biopic starring Cuba Gooding Jr.',
      'Gifted Hands,',
      'title',
    ],
    [
      '“Being a dad, that’s my job,” Weiner said in May on the podcast “Here’s the Thing.”',
      'Here’s the Thing.',
      'title',
    ],
    [
      '"We have to really increase the bombings," the presumptive Republican presidential nominee told "Fox and Friends" after he was asked about the Islamic State\'s claim of credit for the attack by an American Muslim who pledged his allegiance to the group during the massacre that killed 49 people and wounded 53.',
      'Fox and Friends',
      'title',
    ],
    [
      '“Daily Show” host Trevor Noah on Thursday showed that the businessman was given an opportunity to clarify his remarks with conservative chat host Hugh Hewitt ― and yet Trump tripped again.',
      'Daily Show',
      'name',
    ],
    [
      'The anti-Trump spot, "Trumpcare," links his amorphous support for universal health coverage with Hillary Clinton\'s campaigns for the same goal.',
      'Trumpcare,',
      'title',
    ],
    // A title listed after a title is a title too.
    [
      'The sound system, cycling through the usual mix of revolution-centric songs by Pearl Jam and Tracy Chapman, added Latin hits including "La Gozadera" and "Madre Tierra (Oye)."',
      'Madre Tierra (Oye).',
      'title',
    ],
    // A gloss: what a word means in a language, not what someone said.
    [
      'He ended the auction description with “Si Vis Pacem Para Bellum,” Latin for “if you wish peace, prepare for war.”',
      'if you wish peace, prepare for war.',
      'term',
    ],
    // Capitalised words with no such frame are still someone's words.
    ['He said “The Hispanics” and swears Latinos love him.', 'The Hispanics', 'speech'],
  ])('%s → “%s” is %s', (paragraph, text, kind) => {
    expect(kindIn(paragraph, text).kind).toBe(kind);
  });

  // A capitalised quotation nobody says, in a sentence about a work: a title (BBC, PolNeAR train).
  it.each([
    [
      "Best song in 25 years? Since 1980? I'm confused. \"Angels\" isn't a bad song. It's a nice, catchy, formulaic anthem that ticks all the boxes.",
      'Angels',
      'title',
    ],

    [
      '“I think Trump will do quite fine. I think he will do great things,” she said, showing off the “Make America Great Again” hat his campaign had given her.',
      'I think Trump will do quite fine. I think he will do great things,',
      'speech',
    ],
  ])('%s → “%s” is %s', (paragraph, text, kind) => {
    expect(kindIn(paragraph, text).kind).toBe(kind);
  });

  it('gives a term no speaker, though its sentence has a reporting verb and a speaker', () => {
    const paragraph =
      'Dr Bjorn said groups dubbed "pioneers" and "materialists" were most interested in trying new things and were behind the start of many trends in phone use.';
    expect(kindIn(paragraph, 'pioneers')).toEqual({ kind: 'term', speaker: null, cue: null });
  });
});

describe('quoteKind on a quote and the words around it (PolNeAR train, BBC)', () => {
  it.each([
    ['rebels', 'giving weapons to the so-called ', ' that would eventually', 'term'],
    ['Shark Tank', 'who is also a host on the TV show ', '', 'title'],
    ['Last Week Tonight', 'who hosts the popular weekly show ', ',', 'title'],
    ['closed', 'to win so-called ', ' primaries', 'term'],
  ])('“%s” after “%s” is %s', (text, before, after, kind) => {
    expect(quoteKind({ text, fragment: true, cue: null }, { before, after })).toBe(kind);
  });

  // A title as what someone appears on, even with `&`; a quoted lead-in ending with a colon.
  it.each([
    [
      'Fox & Friends',
      'although longtime friend Lanny Davis appeared on ',
      ' to defend her.',
      'title',
    ],
    ['Related:', '', '', 'term'],
  ])('“%s” after “%s” is %s, even as a sentence with a cue', (text, before, after, kind) => {
    expect(quoteKind({ text, fragment: false, cue: 'said' }, { before, after })).toBe(kind);
  });

  // Before the noun of a label, a quotation shaped as a sentence is still the label's wording.
  it('a sentence-shaped quotation before a label noun is a term', () => {
    expect(
      quoteKind(
        { text: 'is it over?', fragment: false, cue: null },
        {
          before: 'At the end of April, Sanders earned ',
          after: ' headlines when early-state staff members were fired.',
        },
      ),
    ).toBe('term');
  });

  // A participle of the article's own passive or perfect, no cue: the writer's scare quote. After
  // a reporting verb in the sentence, or after `to` or a modal, it is the reported person's word.
  it.each([
    ['disappeared', 'for the regional assembly referendum in the North East have ', '.', 'term'],
    ['born', "Honda's Asimo was ", ' five years ago.', 'term'],
    ['encouraged', 'hours after Sanders said he was ', ' by the plan', 'speech'],
    ['waste', '(“sit on it” in consultant-speak) so as not to ', ' their vote.', 'speech'],
    ['unravel', 'casts Trump as a former liberal who would ', ' the policies he', 'speech'],
  ])('“%s” after “%s”, with no cue, is %s', (text, before, after, kind) => {
    expect(quoteKind({ text, fragment: true, cue: null }, { before, after })).toBe(kind);
  });

  // A lone pronoun is the word mentioned, unless a cue makes it a reply.
  it.each([
    ['She', false, null, '', ' is my 29-year-old daughter.', 'term'],
    ['us', true, null, 'and the community -- the ', ' -- that he', 'term'],
    ['That,', false, 'added', '', ' he added, ', 'speech'],
  ])(
    'a lone “%s” (fragment %s, cue %s, after “%s”, before “%s”) is %s',
    (text, fragment, cue, before, after, kind) => {
      expect(quoteKind({ text, fragment, cue }, { before, after })).toBe(kind);
    },
  );

  it('a full statement is speech whatever precedes it', () => {
    expect(
      quoteKind(
        { text: 'We have no plans to change anything at all today.', fragment: false, cue: null },
        { before: 'the so-called ', after: '' },
      ),
    ).toBe('speech');
  });

  it.each([
    ['Jerry’s Guide to the World Wide Web', true],
    ['Axis of Evil', true],
    ['bot nets', false],
    ['The Apprentice', true],
    ['Fox & Friends', true],
  ])('titleCased(%s) is %s', (text, want) => {
    expect(titleCased(text)).toBe(want);
  });
});
