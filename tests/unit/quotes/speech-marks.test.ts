import { describe, expect, it } from 'vitest';
import {
  singleMarkStyle,
  singlePairs,
  speechMarkView,
} from '../../../src/pipeline/quotes/speech-marks.ts';
import { quotesOf } from './quotes-of.ts';

/** The words each single-mark pair of a paragraph holds (to the paragraph end when left open). */
const held = (text: string) =>
  singlePairs(text).map((p) => text.slice(p.open + 1, p.close < 0 ? text.length : p.close));

describe('singlePairs', () => {
  // Verbatim BBC headlines and sentences outside the bbc-quotes gold.
  it.each([
    ["Call centre users 'lose patience'", ['lose patience']],
    ["Steel firm 'to cut' 45,000 jobs", ['to cut']],
    ["SA unveils 'more for all' budget", ['more for all']],
    [
      "Four of the 1905 All Blacks went over to the newly formed 'All Golds' rugby league side soon after the tour, but New Zealand were strong enough to crush an Anglo-Welsh touring team in 1908.",
      ['All Golds'],
    ],
    [
      '"We never said, \'You can own this property,\'" said John Franklin, chief of its operations department.',
      ['You can own this property,'],
    ],
    [
      "\"When I said, 'Look you know my name isn't Betty', he said, 'ah but you're all the same, so I call you all Betty'.\"",
      ["Look you know my name isn't Betty", "ah but you're all the same, so I call you all Betty"],
    ],
  ])('pairs single quotation marks by their place in the words: %s', (text, want) => {
    expect(held(text)).toEqual(want);
  });

  it.each([
    ["Time Warner's fourth quarter profits were slightly better than analysts' expectations."],
    ["Driving games and shoot 'em ups using the technology are in development."],
    [
      "Regarding it as \"both a fiery assertion of rock 'n' roll ethics and proof that a siege mentality is alive and well in the badlands of Rutland Water\", the NME's praise was typical of the album's reception.",
    ],
    [
      "\"We didn't want to put pressure on ourselves but we are thankful we have achieved that and brought through some young talent at the same time that can hopefully play for the England '15s' in a few years.",
    ],
    // Two straight single marks typed for a double one (PolNeAR train, NYT).
    ["''That wasn't a good way to treat me,'' he complained to an American afterward."],
  ])('takes apostrophes, elisions and possessives for no quotation marks: %s', (text) => {
    expect(held(text)).toEqual([]);
  });

  it('keeps a possessive `s’` inside a quotation when its closing mark follows', () => {
    // Shaped on blind-quotes-2 (`a few days’ profit`), the possessive inside the marks.
    expect(held('‘It was a few days’ profit for them,’ he said.')).toEqual([
      'It was a few days’ profit for them,',
    ]);
    // …and closing on the `s’` when an opening mark comes next (blind-quotes-2, broadsheet-01).
    expect(
      held(
        'In a statement, Wessex Vale Water said it ‘deeply regrets’ the spills and had invested £220m in storm overflows since 2021. ‘We accept that we fell short, and we are sorry,’ the statement said.',
      ),
    ).toEqual(['deeply regrets', 'We accept that we fell short, and we are sorry,']);
  });
});

// blind-quotes-2 (original text written for the set, a development set since its first sight).
const BRITISH = [
  'Passing sentence, Mr Justice Harcourt said the company had ‘put its dividend before the river’. He added: ‘The Test and the Itchen are not drains. They are among the rarest habitats in Europe, and the defendant treated them as an overflow pipe.’',
  '‘I asked one of their managers at a public meeting why the spills kept happening,’ he said. ‘He told me, and I wrote it down, “the system is doing what it was designed to do”. That tells you everything.’',
];
const AMERICAN = [
  '“I told my directeur sportif this morning that I felt good, and he said, ‘Then prove it,’” Vanderlinde said at the finish. “So I proved it.”',
];

describe('singleMarkStyle', () => {
  it.each([
    ['single marks around speech, double nested inside', BRITISH, true],
    ['double marks around speech, single nested inside', AMERICAN, false],
    [
      'a BBC story in double marks with one single-marked phrase',
      [
        '"We never said, \'You can own this property,\'" said John Franklin, chief of its operations department. "From our perspective, it was a temporary situation."',
        "Driving games and shoot 'em ups using the technology are in development.",
      ],
      false,
    ],
  ])('%s', (_, texts, want) => {
    expect(singleMarkStyle(texts)).toBe(want);
  });
});

describe('speechMarkView', () => {
  it('swaps the roles of single and double marks in British style, every offset kept', () => {
    const view = speechMarkView(BRITISH);
    expect(view.map((t) => t.length)).toEqual(BRITISH.map((t) => t.length));
    expect(view[1]).toBe(
      '“I asked one of their managers at a public meeting why the spills kept happening,” he said. “He told me, and I wrote it down, ‘the system is doing what it was designed to do’. That tells you everything.”',
    );
  });

  // blind-quotes-1 (original text, past its first sight): no shared corpus quotes in single marks.
  it('swaps a second British article the same way', () => {
    expect(
      speechMarkView([
        '‘Our grandparents used to say that the house was asleep because its ancestors were away,’ he said. ‘Now it can wake up.’',
        '‘Castleford wrote in his diary that the islanders “did not consent but could not prevent” the removal,’ she said. ‘You rarely get a perpetrator describing it so plainly.’',
      ]),
    ).toEqual([
      '“Our grandparents used to say that the house was asleep because its ancestors were away,” he said. “Now it can wake up.”',
      '“Castleford wrote in his diary that the islanders ‘did not consent but could not prevent’ the removal,” she said. “You rarely get a perpetrator describing it so plainly.”',
    ]);
  });

  it.each([
    [AMERICAN],
    // PolNeAR train: single marks nested in double ones stay as they are.
    [
      [
        '“She’s actually said on the campaign trail, ‘I refuse to use the phrase radical Islam,’” he noted.',
      ],
    ],
    [["“I had my hands thrown up, sort of, ‘Don’t hit me, please,'” Nicklaus said Sunday."]],
    // Apostrophes are not marks.
    [['The museum’s director said the ship’s log was clear.']],
  ])('leaves an article quoting in double marks as it is: %j', (texts) => {
    expect(speechMarkView(texts)).toEqual(texts);
  });
});

describe('quotations in single marks, end to end', () => {
  it('finds them, nested double marks kept, with their speakers', () => {
    // blind-quotes-2, tabloid-01: straight single marks, a quotation running over two paragraphs.
    expect(
      quotesOf(
        "Kelsey told the Daily Comet: 'I didn't even tell my mum until the day before. She went absolutely mental, then she cried, then she booked a flight.",
        "'We just wanted it to be about us. No magazines, no fuss, no drama. I get enough drama at work!'",
        "Craig, 33, added: 'People think she's like Shaz, all shouting and slamming doors. She's not.'",
      ).map((q) => [q.text, q.speaker]),
    ).toEqual([
      [
        "I didn't even tell my mum until the day before. She went absolutely mental, then she cried, then she booked a flight.",
        'Kelsey',
      ],
      [
        'We just wanted it to be about us. No magazines, no fuss, no drama. I get enough drama at work!',
        'Kelsey',
      ],
      ["People think she's like Shaz, all shouting and slamming doors. She's not.", 'Craig'],
    ]);
    expect(quotesOf(...BRITISH).map((q) => q.text)).toEqual([
      'put its dividend before the river',
      'The Test and the Itchen are not drains. They are among the rarest habitats in Europe, and the defendant treated them as an overflow pipe.',
      'I asked one of their managers at a public meeting why the spills kept happening,',
      'He told me, and I wrote it down, “the system is doing what it was designed to do”. That tells you everything.',
    ]);
  });
});
