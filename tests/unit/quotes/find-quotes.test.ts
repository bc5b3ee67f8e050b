import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/pipeline/quotes/find-quotes.ts';
import { linkSpeakers } from '../../../src/corpus/speakers.ts';
import { processText } from '../../../src/pipeline/process-text.ts';

const texts = (blocks: string[]) => findQuotes(blocks).map((s) => s.text);

describe('findQuotes', () => {
  it('reads curly, straight and guillemet quotes', () => {
    expect(texts(['He said “one,” then "two" and «three».'])).toEqual(['one,', 'two', 'three']);
  });

  it('ignores inch marks', () => {
    expect(texts(['He is 6\' 2" tall and said "yes."'])).toEqual(['yes.']);
  });

  it('continues a quotation left open into the next paragraph that opens with a mark', () => {
    const spans = findQuotes([
      '“This is the first part of it.',
      '“And this is the rest,” she said.',
      'After.',
    ]);
    expect(spans.map((s) => [s.text, s.closed])).toEqual([
      ['This is the first part of it.', false],
      ['And this is the rest,', true],
    ]);
    expect(spans[1]!.continues).toBe(0);
  });

  // Verbatim BBC paragraphs (not of the bbc-quotes gold set) whose quotation's paragraphs were run
  // onto one line: an opening mark after a sentence end starts the next part of the quotation.
  it.each([
    [
      '"Today\'s no change decision is correct," said David Frost, Director General of the British Chambers of Commerce (BCC). "But, if there are clear signs that the economy slows, the MPC should be ready to take quick corrective action and cut rates. "Dismal reports from the retail trade about Christmas sales are worrying, if they indicate a more general weakening in consumer spending."',
      [
        ["Today's no change decision is correct,", true, undefined],
        [
          'But, if there are clear signs that the economy slows, the MPC should be ready to take quick corrective action and cut rates.',
          false,
          undefined,
        ],
        [
          'Dismal reports from the retail trade about Christmas sales are worrying, if they indicate a more general weakening in consumer spending.',
          true,
          1,
        ],
      ],
    ],
    [
      'It is the Tories\' attempt to open that famed "clear blue water" between them and the Labour party.',
      [['clear blue water', true, undefined]],
    ],
  ])(
    'starts the next part of a run-on quotation at an opening mark after a sentence end: %s',
    (text, want) => {
      expect(findQuotes([text]).map((s) => [s.text, s.closed, s.continues])).toEqual(want);
    },
  );
  // Verbatim excerpts (PolNeAR train, BBC outside the bbc-quotes gold): an opening mark met while a
  // quotation is open, neither after a sentence end nor its closing mark lost before it.
  it.each([
    [
      'George Zornick of The Nation wrote, “If you want people to know you care about police brutality, you have to demonstrate that you care even when “your team” needs to be held accountable. Otherwise, everything else you say on the subject is rendered insincere.” Zornick’s comment highlighted the silence.',
      [
        'If you want people to know you care about police brutality, you have to demonstrate that you care even when “your team” needs to be held accountable. Otherwise, everything else you say on the subject is rendered insincere.',
      ],
    ],
    [
      '"You lie; you don\'t go into work because you "had stuff to do at home"; you cancel or refuse invitations to dinner," he wrote.',
      [
        'You lie; you don\'t go into work because you "had stuff to do at home"; you cancel or refuse invitations to dinner,',
      ],
    ],
    [
      // Not nested: the curly quotation that is open never closes after the new one.
      'He said “one thing, “and another” then left.',
      ['one thing,', 'and another'],
    ],
  ])('keeps a quotation nested inside the open one: %s', (text, want) => {
    expect(texts([text])).toEqual(want);
  });

  it.each([
    [
      'Mr Mubanga, who insists he does not feel bitter, said: "I\'ve lost three years of my life, because I was a Muslim. He added: "The authorities wanted to break me but they strengthened me." The US government denied the claims.',
      [
        ["I've lost three years of my life, because I was a Muslim.", false],
        ['The authorities wanted to break me but they strengthened me.', true],
      ],
    ],
  ])(
    'ends a quotation that lost its closing mark before a sentence introducing the next: %s',
    (text, want) => {
      expect(findQuotes([text]).map((s) => [s.text, s.closed])).toEqual(want);
    },
  );
});

describe('attribution on short articles', () => {
  const run = (text: string) =>
    processText({ text, file: 'x.txt', id: 'x', encoding: 'utf-8' })[0]!.quotes;

  it('handles said-first, speaker-first, colon and according-to attributions', () => {
    const quotes = run(
      [
        'A headline for the test story',
        '',
        '“We will win,” said Sen. Ted Cruz of Texas.',
        '',
        'Senate minority leader Harry Reid told reporters: “We should lay off Bernie a little bit.”',
        '',
        'The economy is “in trouble,” according to Janet Yellen.',
        '',
        '“Nobody saw it coming,” Cruz added.',
      ].join('\n'),
    );
    expect(quotes.map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ['We will win,', 'Ted Cruz', 'said'],
      ['We should lay off Bernie a little bit.', 'Harry Reid', 'told'],
      ['in trouble,', 'Janet Yellen', 'according to'],
      ['Nobody saw it coming,', 'Ted Cruz', 'added'],
    ]);
  });

  it('leaves out titles of works and keeps scare quotes as unattributed fragments', () => {
    const quotes = run(
      'Headline of the piece here\n\nThe so-called “experts” watched “Fox News Sunday” at home.\n\nNothing else.',
    );
    expect(quotes.map((q) => [q.text, q.fragment, q.speaker])).toEqual([['experts', true, null]]);
  });

  it('does not take a place after a preposition for the speaker', () => {
    const quotes = run(
      'Headline of the piece here\n\nThe café in Zürich said it was “a wonderful day for everyone” on Monday.\n\nMore.',
    );
    expect(quotes[0]!.speaker).not.toBe('Zürich');
  });

  it('resolves a description through the title a person was introduced with', () => {
    const quotes = run(
      'Title line of the story\n\nRussian President Vladimir Putin met envoys on Tuesday in Moscow.\n\n“We had to go through every point,” the Russian leader said.',
    );
    expect(quotes[0]).toMatchObject({
      speaker: 'Vladimir Putin',
      speakerMention: 'the Russian leader',
      via: 'description',
    });
  });
});

describe('linkSpeakers', () => {
  it('merges spelling variants and short forms into one speaker', () => {
    const quote = (speakerName: string) =>
      ({ speakerName, speaker: speakerName, speakerId: null }) as never;
    const entries = [
      { quotes: [quote('Volodymyr Zelenskyy'), quote('Steve Witkoff')] },
      { quotes: [quote('Volodymyr Zelensky'), quote('Zelensky'), quote('Witkov')] },
    ] as never;
    const groups = [...linkSpeakers(entries).values()];
    expect(groups).toContainEqual(['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Zelensky']);
    expect(groups).toContainEqual(['Steve Witkoff', 'Witkov']);
    expect(groups).toHaveLength(2);
    // Acronyms are spelt letter by letter: the BBC is not the BCC.
    const bodies = [{ quotes: [quote('BBC'), quote('BCC'), quote('BCC')] }] as never;
    expect([...linkSpeakers(bodies).values()]).toEqual([['BBC'], ['BCC']]);
  });

  it('names a person with the accents the corpus writes them with, however often (`Felipe Calderón`)', () => {
    const quote = (speakerName: string) =>
      ({ speakerName, speaker: speakerName, speakerId: null }) as never;
    const entries = [
      { quotes: [quote('Felipe Calderon'), quote('Calderon')] },
      { quotes: [quote('Felipe Calderón')] },
    ] as never;
    const speakers = linkSpeakers(entries);
    expect([...speakers.keys()]).toEqual(['Felipe Calderón']);
    expect(speakers.get('Felipe Calderón')).toContain('Felipe Calderon');
  });

  it('keeps descriptions apart (`a State Department official`, `a Mexican official`; `Scotland’s justice minister`, `Scotland’s first minister`)', () => {
    const quote = (speakerName: string) =>
      ({ speakerName, speaker: speakerName, speakerId: null }) as never;
    const entries = [
      { quotes: [quote('a State Department official'), quote('a Mexican official')] },
    ] as never;
    const groups = [...linkSpeakers(entries).values()];
    expect(groups).toEqual([['a Mexican official'], ['a State Department official']]);
    const owned = [
      { quotes: [quote('Scotland’s justice minister'), quote('Scotland’s first minister')] },
    ] as never;
    expect([...linkSpeakers(owned).values()]).toHaveLength(2);
  });
});
