import { describe, expect, it } from 'vitest';
import { processText } from '../../../src/pipeline/process-text.ts';
import { readSentenceLines } from '../../../src/pipeline/sentence-lines.ts';

const run = (text: string) => processText({ text, file: 'x.txt', id: 'x', encoding: 'utf-8' });
const paragraphs = (text: string) =>
  run(text)[0]
    ?.blocks.filter((b) => b.type === 'paragraph')
    .map((b) => b.text);

/** Sets a paragraph one sentence a line, as reader views do: a break after each sentence. */
const oneSentenceALine = (paragraph: string) =>
  paragraph.replace(/([.?!”"]) (?=[A-Z“"])/gu, '$1\n');

// Verbatim PolNeAR train paragraphs (politico_2015-11-09_sanders-endorsements-prove-clint).
const SANDERS = [
  'Hillary Clinton has 31 endorsements in the United States Senate, a body in which her chief rival Bernie Sanders serves. Sanders, meanwhile, who sits at zero such endorsements, said that fact speaks volumes about which of the two Democratic presidential candidates is "prepared to take on the establishment."',
  '"Let\'s go back six months and look at Bernie Sanders announcing his candidacy and being 3, 4 percent in the polls," Sanders said in an interview with CNN\'s Gloria Borger aired Monday on "New Day." "No money in the campaign, no volunteers, no political organization, running against a woman who is enormously well-known, whose husband was president of the United States."',
  '"That would be Hillary Clinton," Borger said.',
  '"Right? Not a serious candidate. Be honest , that was the case," Sanders said. "Now you\'re saying, you haven\'t quite won this thing yet. That tells me that we have made real progress in six months."',
  'When Borger brought up the fact that he has not earned any backing from his Senate colleagues, Sanders used it as an opportunity to draw a distinction between himself and the former secretary of state, first lady and New York senator.',
];
const HEADLINE = "Sanders: Endorsements prove Clinton 'candidate of the establishment.'";

// Verbatim PolNeAR train lines (huff-post_2016-05-19_ferguson-is-not-a): paragraphs one a line,
// a blank line here and there.
const FERGUSON = [
  'ST. LOUIS — Presumptive Republican presidential nominee Donald Trump claimed that Ferguson, Missouri, has a higher crime rate than some of the world’s most dangerous places.',
  'In an interview with The New York Times Magazine published online Wednesday, Trump was asked, “What’s the most dangerous place in the world you’ve been to?”',
  'Trump joked that Brooklyn was his answer, but went on to say, “There are places in America that are among the most dangerous in the world.”',
  '“Like Oakland. Or Ferguson,” Trump said. “The crime numbers are worse.”',
];

describe('one sentence a line', () => {
  it('joins the sentences of each paragraph, paragraphs apart by blank lines', () => {
    const text = [HEADLINE, ...SANDERS.map(oneSentenceALine)].join('\n\n');
    expect(paragraphs(text)).toEqual(SANDERS);
    // Sentences after the first: 1, 2, 1 and 5 in the first four paragraphs.
    expect(run(text)[0]?.notes).toContain(
      'one sentence a line: 9 lines joined to the sentence before',
    );
  });

  it.each([
    ['paragraphs of one line each, apart by blank lines', [HEADLINE, ...SANDERS].join('\n\n')],
    ['paragraphs of one line each, no blank lines', [HEADLINE, ...SANDERS].join('\n')],
    [
      'paragraphs one a line, in runs between blank lines',
      [FERGUSON.join('\n'), FERGUSON.slice(1).join('\n'), FERGUSON.slice(2).join('\n')].join(
        '\n\n',
      ),
    ],
  ])('joins nothing in %s', (_, text) => {
    expect(readSentenceLines(text.split('\n').map((l) => l.trim()))).toBeNull();
  });

  it('keeps a list one item a line in a file set one sentence a line', () => {
    const list = '- Hillary Clinton has 31 endorsements.\n- Sanders sits at zero.';
    const text = [HEADLINE, ...SANDERS.map(oneSentenceALine), list].join('\n\n');
    expect(run(text)[0]?.blocks.at(-1)).toMatchObject({ type: 'list' });
  });
});
