// The `subject` pass: no cue: the sentence’s subject, when the article names that person.
// Verbatim excerpts of PolNeAR training articles and BBC articles outside the bbc-quotes gold
// set, read by the pass directly.
import { describe, expect, it } from 'vitest';
import { subject } from '../../../../src/pipeline/quotes/passes/subject.ts';
import { sentenceOf } from './sentence-of.ts';
import { quotesOf as run } from '../quotes-of.ts';

const PASSES = { subject };

describe('subject', () => {
  it.each([
    [
      'subject',
      'Tony Blair has hailed a deal bringing Turkey a step closer to EU membership as important for the world\'s future "peace and prosperity".',
      'Tony Blair',
      'subject',
    ],
    [
      'subject',
      'Corey Lewandowski, Donald Trump’s fired campaign manager, ripped FBI Director James Comey for acting as “the judge and the jury” in his handling of the bureau’s probe of Hillary Clinton’s email habits.',
      'Corey Lewandowski',
      'subject',
    ],
    [
      'subject',
      'Sanders is capitalizing in part on the fact that he represents a neighboring state, Vermont, though his campaign has been fueled more by widespread discontent with the political system among many liberals and the enthusiasm of young voters for the promise of a "political revolution."',
      'Sanders',
      'subject',
    ],
    [
      'subject',
      'Celebrating Clinton "turning [Obama] around," apparently on Libya.',
      'Celebrating Clinton',
      'subject',
    ],
  ] as const)('%s finds the speaker in %s', (pass, text, mention, rule) => {
    expect(PASSES[pass](sentenceOf(text))).toMatchObject({ mention, rule });
  });

  it.each([
    ['A reporter for Agence France-Presse called it "absolute chaos."'],
    [
      'Suggestions that "outsourcing" - relocating call centres to low-cost countries like India or South Africa - is to blame are wrong, Ms Diemont says.',
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
describe('the subject of a sentence without a reporting verb', () => {
  it('is the source, after an opening clause that names no one', () => {
    const quotes = run(
      'Carly Fiorina dropped out of the race in February.',
      'When the subject comes up on the campaign trail, Fiorina routinely characterizes herself as a "change warrior" who "saved the company."',
      'Donald Trump was in Florida on Sunday.',
      'Immediately after the attacks, Trump issued a statement, “Last night, our nation was attacked by a radical Islamic terrorist.”',
    );
    expect(quotes.map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ['change warrior', 'Carly Fiorina', null],
      ['saved the company.', 'Carly Fiorina', null],
      ['Last night, our nation was attacked by a radical Islamic terrorist.', 'Donald Trump', null],
    ]);
  });

  it('is a pronoun’s referent (`He anticipated that … would be “…”`)', () => {
    const quotes = run(
      'John Bolton said the pundits who prefer Clinton to Trump do not understand her philosophy.',
      'He anticipated that one of the biggest challenges for a President Trump would be “dealing with the wide variety of problems that Obama’s going to leave.”',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'John Bolton', cue: null, via: 'pronoun' });
  });

  it('may follow the role it holds (`FBI director James Comey decided …`)', () => {
    const quotes = run(
      'FBI director James Comey decided not to recommend indicting Clinton at a press conference Tuesday even though he found “evidence” that Clinton potentially violated classified information laws.',
      'Democratic presidential candidate Bernie Sanders is releasing a new 30-second ad that urges voters in New York to “send a message” to Wall Street banks and billionaires.',
      'Asked whether Donald Trump would be the nominee, the crowd roared “Yes, he will!”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['James Comey', 'Bernie Sanders', null]);
  });

  it('may follow a long opening clause', () => {
    const quotes = run(
      'Donald Trump and Ted Cruz debated in Miami.',
      'On Thursday night as the four remaining candidates took the debate stage here at the University of Miami, Trump opened with a call for the Republican Party to “embrace” his candidacy and the new voters he’s bringing into the fold.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Donald Trump']);
  });
});

describe('what is not a speaker', () => {
  it('a place after the addressee (`telling reporters during a visit to Scotland`)', () => {
    const quotes = run(
      'Donald Trump flew to Scotland on Friday.',
      'Trump has hailed Britain’s vote to leave the European Union as “fantastic,” telling reporters during a visit to Scotland on Friday that he thinks the Brexit is “a great thing.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Donald Trump', 'Donald Trump']);
  });
});

describe('a name inside an opening phrase', () => {
  it('is not the speaker (`On Sunday, …`, `Like Corker, …`)', () => {
    const quotes = run(
      'Bernie Sanders and Sen. Bob Corker and Sen. Robert Menendez spoke this week.',
      'On Sunday, Sanders issued a new line of attack, stating on NBC\'s "Meet the Press" that Clinton\'s "judgment" was "clearly lacking."',
      'Like Corker, Menendez also rejected the notion that Democrats could legitimately pull away from the bill over the issue of waivers, arguing that there is “enough flexibility” in the sanctions regime.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([
      'Bernie Sanders',
      'Bernie Sanders',
      'Robert Menendez',
    ]);
  });
});

describe('one name after a person’s title', () => {
  it('is a person (`In Washington, President Obama released a statement … condemning “…”`)', () => {
    const quotes = run(
      'In Washington, President Obama released a statement Thursday night condemning "what appears to be a horrific terrorist attack in Nice, France." He said he had directed his team to get in touch with French officials.',
    );
    expect(quotes[0]?.speaker).toBe('Obama');
  });
});

describe('a subordinate or participial clause opening the sentence', () => {
  it('names no subject (`Filling in for Sanders at the same event where Clinton … appeared Sunday, West landed …`)', () => {
    const quotes = run(
      '"Then-Sen. Clinton did a great job representing her state at a time of terrible tragedy in New York on 9/11, and we\'re not joining in the characterization of her comments," Devine said.',
      'That\'s where author and liberal firebrand Cornel West took the conversation. Filling in for Sanders at the same event where Clinton and O\'Malley appeared Sunday, West landed a sharp dig at "my dear sister Hillary Clinton."',
    );
    expect(quotes.find((q) => q.text.startsWith('my dear'))?.speaker).toBe('Cornel West');
  });
});

describe('a speaker named in its own sentence', () => {
  it('is not replaced by the speaker of the quote before it (`Mitt Romney’s “47 percent” comment`)', () => {
    const quotes = run(
      'They could go further. Republican elites have relied on such ideas for years. In the depths of the Great Recession, Paul Ryan worried that the social safety net was becoming “a hammock that lulls able-bodied people to lives of dependency.” Unemployment had spiked not because of a financial crisis, but because the poor had suddenly decided in unison to be very lazy. Mitt Romney’s “47 percent” comment was nearly as dismissive as Williamson’s vitriol.',
    );
    expect(quotes.find((q) => q.text === '47 percent')?.speaker).toBe('Mitt Romney');
  });
});

describe('more cues and speakers', () => {
  it('keeps initials before a title out of the name (`Democratic U.S. Rep. Gwen Graham`)', () => {
    const quotes = run(
      'Democratic U.S. Rep. Gwen Graham on Friday pummeled Donald Trump as divisive while praising Hillary Clinton as a "work horse, not a show horse."',
    );
    expect(quotes[0]?.speaker).toBe('Gwen Graham');
  });
});
