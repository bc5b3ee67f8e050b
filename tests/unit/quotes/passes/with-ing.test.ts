// The `with-ing` pass: `with X telling reporters …`: a name, then what they do while speaking;
// `footage of X saying, “…`: a name, then a participle of saying that opens the quote.
// Verbatim excerpts of PolNeAR training articles and BBC articles outside the bbc-quotes gold
// set, read by the pass directly.
import { describe, expect, it } from 'vitest';
import { nameIng, withIng } from '../../../../src/pipeline/quotes/passes/with-ing.ts';
import { sentenceOf } from './sentence-of.ts';
import { quotesOf as run } from '../quotes-of.ts';

const PASSES = { nameIng, withIng };

describe('with-ing', () => {
  it.each([
    [
      'withIng',
      'Another source familiar with Cruz’s thinking said, “I think he’ll certainly try to get to be more friendly with his colleagues.” At the same time, the person added, “you saw the endorsements Rubio had, (and) it didn’t do him much good, either.”',
      'Cruz’s',
      'with-ing',
    ],
    [
      'withIng',
      'Republicans who agree that the prison should be closed were irritated about the lack of detail, with Sen. John McCain calling it a “Chinese menu.”',
      'Sen. John McCain',
      'with-ing',
    ],
    [
      'withIng',
      'The attack sparked a fresh debate over how the United States responds to Islamist militant violence at home and abroad, with Republican Senator John McCain telling reporters on Thursday he viewed Obama as “directly responsible” for the Orlandoattack due to his failure to prevent the rise of Islamic State.',
      'Republican Senator John McCain',
      'with-ing',
    ],
    [
      'withIng',
      'Teachers unions were among the earliest and most enthusiastic supporters of Hillary Clinton, with the American Federation of Teachers calling her “the champion working families need” and powerful AFT President Randi Weingarten hugging her on stage.',
      'Teachers',
      'with-ing',
    ],
    [
      'nameIng',
      'The ad then cuts to footage of Trump saying, “ you have to give them a path you have to make it possible for them to succeed. You have to do that.”',
      'Trump',
      'with-ing',
    ],
  ] as const)('%s finds the speaker in %s', (pass, text, mention, rule) => {
    expect(PASSES[pass](sentenceOf(text))).toMatchObject({ mention, rule });
  });

  it.each([
    ['A reporter for Agence France-Presse called it "absolute chaos."'],
    [
      'Suggestions that "outsourcing" - relocating call centres to low-cost countries like India or South Africa - is to blame are wrong, Ms Diemont says.',
    ],
    // A medium, not a speaker, before the participle (the main clause's subject speaks).
    [
      'Clinton responded to Vargas’ question on Facebook writing, “Yes, I will. That was a poor choice of words.”',
    ],
    [
      '“Until you’ve sat at that desk, you don’t know what it’s like to manage a global crisis or send young people to war,” he will say. “But Hillary’s been in the room; she’s been part of those decisions.”',
    ],
  ])('finds nothing in another shape: %s', (text) => {
    const s = sentenceOf(text);
    for (const pass of Object.values(PASSES)) expect(pass(s)).toBeUndefined();
  });
});

// End to end: the whole pipeline on paragraphs of real articles where this pass attributes the
// quote (PolNeAR training split unless marked BBC); many check how the mention is resolved.
describe('`with X -ing …`', () => {
  it('reaches past a phrase quoted on the way (`with Donald Trump tweeting that it was a "disaster" … and asking, "…"`)', () => {
    const quotes = run(
      'Republicans were quick to chime in, with Donald Trump tweeting that it was a "disaster" for Clinton and asking, "How can someone with such bad judgement be our next president?"',
    );
    expect(quotes.at(-1)?.speaker).toBe('Donald Trump');
  });
});
