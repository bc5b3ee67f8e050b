// Attribution end to end: the whole pipeline on excerpts of real articles (PolNeAR training
// split unless marked BBC) whose quotes the context passes attribute (`extract-quotes.ts`:
// continuation, list lines, the last-resort guess …) or leave without a speaker, and the
// people an article names. The cases of each sentence pass are in `passes/<pass>.test.ts`.
import { describe, expect, it } from 'vitest';
import { quotesOf as run } from './quotes-of.ts';
import { collectPeople } from '../../../src/pipeline/quotes/people.ts';
import { processText } from '../../../src/pipeline/process-text.ts';

describe('the people of an article', () => {
  it('keeps a middle initial inside the name', () => {
    const people = collectPeople(
      'Democratic presidential candidate Hillary Clinton said Wednesday she, too, wants a Justice Department inquiry, as have other prominent Democrats including Senate Minority Whip Richard J. Durbin of Illinois.',
    );
    expect(people.map((p) => p.name)).toContain('Richard J. Durbin');
  });

  it('does not take a title for a name (`RNC Chief of Staff Katie Walsh`)', () => {
    const people = collectPeople(
      'That, RNC Chief of Staff Katie Walsh said, is the point. Presumptive Democratic presidential nominee Hillary Clinton called on Congress to pass a deal.',
    );
    expect(people.map((p) => p.name)).toEqual(['Katie Walsh', 'Hillary Clinton']);
  });

  it('reads an outlet before a name as a description (`CNN’s Jake Tapper`)', () => {
    const people = collectPeople('Ryan told CNN Jake Tapper about extending his support to Trump.');
    expect(people.map((p) => p.name)).toContain('Jake Tapper');
  });
});

describe('the subject of a sentence without a reporting verb', () => {
  it('is not a name inside a long opening phrase', () => {
    const quotes = run(
      'Sanders spoke on Sunday.',
      'The decision by the Democratic National Committee and its chairwoman Debbie Wasserman Schultz to limit the number of debates is “rigged,” critics say.',
    );
    expect(quotes[0]!.speaker).not.toBe('Debbie Wasserman Schultz');
  });
});

describe('a paragraph that is only a quotation', () => {
  it('belongs to the subject of the paragraph before when no one spoke there', () => {
    const quotes = run(
      'Conservative leader Richard Viguerie backs Ted Cruz for the nomination.',
      'Viguerie is upbeat about Cruz’s chances of winning in November, in part because he sees Cruz as a uniter.',
      '“Not only can Ted Cruz win in November, he’s the one with the best chance of winning.”',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Richard Viguerie', cue: null, via: 'context' });
  });
});

describe('a quotation opening its sentence', () => {
  it('belongs to whoever spoke in the sentence before', () => {
    const quotes = run(
      'Thomas Coan, Santilli\'s attorney, argues that his client was never encouraging people toward violence. "His intent was to put this in a spot where it had the best possibility for peaceful resolution."',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Thomas Coan', cue: null, via: 'context' });
  });
});

describe('a quotation signed by the paragraph after it', () => {
  it('takes the name of a short paragraph that only names someone', () => {
    const quotes = run(
      'Here are some of the claims the candidates made in the debate.',
      '"Well, thank you so much."',
      'Pause.',
      '"Boeing and GE and other multinationals . . . pay zero taxes."',
      '- Bernie Sanders.',
      '"The whole idea of a \'Crooked Hillary\' is something that we hear about all the time, and it needs to stop."',
      '-Michelle Marks, Philadelphia.',
    );
    expect(quotes.map((q) => [q.speaker, q.via])).toEqual([
      [null, null],
      ['Bernie Sanders', 'named'],
      ['Michelle Marks', 'named'],
    ]);
  });
});

describe('a heading after a quotation', () => {
  it('signs nothing (`TRUMP COUNTER.`)', () => {
    const quotes = run(
      'The defense chief spoke at length in Singapore on Saturday.',
      '“China’s actions in the South China Sea are isolating it, at a time when the entire region is coming together and networking.”',
      'TRUMP COUNTER.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('a headline in capitals before a quotation', () => {
  it('is not its speaker', () => {
    const quotes = run(
      '‘EUROPEANS ASK IF VIOLENCE IS BECOMING FACT OF LIFE’ “In less than two weeks, Western Europe has witnessed the calm of everyday life repeatedly shattered by high-profile, indiscriminate acts of savagery.” This follows Friday’s Munich mall shooting.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('a sentence that is only a quotation', () => {
  it('takes the subject of the sentence before it in its paragraph', () => {
    const quotes = run(
      'Former U.N. Ambassador John Bolton and Breitbart News National Security editor Dr. Sebastian Gorka both denounced the nascent movement in their Breitbart News Daily on SiriusXM appearances Thursday morning.',
      'Bolton distanced himself from the NeverTrump movement by saying he would be willing to bring his expertise to the Trump Administration if asked.  “I’m going to support him, and support him enthusiastically – not because I agree with him on everything, that’s for sure, but because I think he can do the job.”',
    );
    expect(quotes.map((q) => [q.speaker, q.via])).toEqual([['John Bolton', 'context']]);
  });
});

describe('no reporting verb', () => {
  it('a colon introduction whose subject is no one the article names attributes nothing', () => {
    const quotes = run(
      'Wait, it gets better:',
      '"By law, the president every fiscal year sets the maximum number of refugees the United States can accept in a year."',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('a relay after the attribution', () => {
  it('is kept apart from the speaker (`Sanders said, according to CNN`)', () => {
    const quotes = processText({
      text: [
        'A headline for the test story',
        '“I ask you as a personal courtesy to me not to engage in any kind of protest on the floor,” Sanders said, according to CNN.',
        'When asked about Sanders’ absence on the trail, Canova “bristled” and said, “No comment,” The Miami Herald reported.',
      ].join('\n\n'),
      file: 'x.txt',
      id: 'x',
      encoding: 'utf-8',
    })[0]!.quotes.map((q) => [q.speaker, q.relay]);
    expect(quotes.at(0)).toEqual(['Sanders', 'CNN']);
    expect(quotes.at(-1)).toEqual(['Canova', 'Miami Herald']);
  });
});

describe('a quotation with no attribution words', () => {
  it('is a guess from the first name of its sentence, and says so', () => {
    const quotes = run(
      'Manchester City defender Richard Dunne has been in trouble off the pitch in the past.',
      'But Dunne is keen to put that period of his life behind him and said: "I\'ve grown up a lot and the manager sees me as one of the most experienced players in the squad."',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Richard Dunne', cue: null, via: 'sentence' });
  });

  it('takes an organisation the sentence opens with, by its initials', () => {
    const quotes = run(
      'On a controversial evening, AS offers one seemingly undeniable viewpoint: "Spanish football players played better football than the English."',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'AS', via: 'sentence' });
  });

  it('is never made for a phrase quoted inside a sentence: scare quotes are not speech', () => {
    const speakerOf = (paragraph: string) => run(paragraph)[0]?.speaker;
    expect(
      speakerOf(
        'It will also touch upon his turbulent personal life, including his arrest in a Beverly Hills park toilet in 1998 for "lewd behaviour", and the death of his boyfriend.',
      ),
    ).toBeNull();
    expect(
      speakerOf(
        'US rock band REM have been forced to cancel concerts after bass player Mike Mills was taken to hospital suffering from "severe flu-like symptoms".',
      ),
    ).toBeNull();
  });

  it('is not a name after a reporting verb (`is reporting that … a California Department … sign … which read, “…”`)', () => {
    const quotes = run(
      'Local news affiliate ABC 7 is reporting that a husband and wife were surprised to see a California Department of Transportation (Caltrans) sign on Friday night at an exit in Corona (about 45 miles east of L.A.), which read, “Inland Empire supports Donald Trump. Merry Xmas. Vote Donald Trump.” The Inland Empire refers to those communities east of Los Angeles and west of the Sierra Madre mountain range.',
    );
    expect(quotes[0]?.speaker).not.toBe('California Department');
  });

  it('is not guessed past a reporting verb whose subject went unread (`…,” critics say`)', () => {
    const quotes = run(
      'The decision by the Democratic National Committee and its chairwoman Debbie Wasserman Schultz to limit the number of debates is “rigged,” critics say.',
    );
    expect(quotes[0]?.speaker).toBeNull();
  });

  it.each([
    // A participle cue right after a common noun has that noun phrase for its subject.
    'The movie shows Bob wanting to stay behind to collect intelligence and depicts one of the security contractors asking, "For what, so more guys like [the two contractors killed] have to save your ass again?"',
    // A name modifying the noun after it is not the head of its phrase.
    'Before Trump’s appearance in the nearly 52-minute video, the al Qaeda-linked Islamic extremist cleric Anwar al-Awlaki, who was killed in a 2011 U.S. drone strike, is shown lecturing: “Muslims of the West, take heed and learn from the lessons of history.”',
  ])('is not a name outside the phrase that speaks: %s', (paragraph) => {
    expect(run(paragraph)[0]?.speaker).toBeNull();
  });

  it('is not the person named inside an opening phrase', () => {
    const quotes = run(
      'Asked whether Donald Trump would be the nominee, the crowd roared “Yes, he will!”',
    );
    expect(quotes[0]?.speaker).toBeNull();
  });
});

describe('a transcript line quoted whole', () => {
  it('is spoken by the name that labels it, not by whoever spoke before', () => {
    const quotes = run(
      'A panel of reporters led by MSNBC’s Chris Matthews agreed Saturday that Sen. Bernie Sanders’ plan to use a tax on financial transactions to pay for tuition at public colleges is cheap, pie-in-the-sky pandering with little merit as public policy.',
      'Instead, Matthews, MSNBC’s Alex Seitz-Wald and Reuters’ Luciana Lopez argued that Sanders’ plan and its appeal to voters grow out of a kind of childish naivete that fails to acknowledge tough realities.',
      '"Chris Matthews: Seriously, seriously about this. Bernie says he’s going to pay for the free tuitions at all the great state universities with something called a tax on Wall Street speculation. That sounds great. We’ll screw the bad guys."',
    );
    expect(quotes.at(-1)).toMatchObject({ speaker: 'Chris Matthews', via: 'named' });
  });
});

describe('a signature after the closing mark', () => {
  it('names the speaker on the quotation’s own line (`” ― Esther Tapia`)', () => {
    const quotes = run(
      '“He can’t even answer a question without scaring people about something else first. And wow, he is obsessed with Mexico and all these perks they have.” ― Esther Tapia ',
      '“Maybe, we can build a wall around Donald Trump.” ― Steve Quinlan.',
    );
    expect(quotes.map((q) => [q.speaker, q.via])).toEqual([
      ['Esther Tapia', 'named'],
      ['Steve Quinlan', 'named'],
    ]);
  });
});

describe('a closing mark typed for an opening one', () => {
  it('opens a quotation at the start of a paragraph (`”Fear. I am truly afraid …”`)', () => {
    const quotes = run(
      '”Fear. I am truly afraid that Donald Trump will win. The support he has and the effect he has on his supporters is scary.” ― Nell Carden',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({
      text: 'Fear. I am truly afraid that Donald Trump will win. The support he has and the effect he has on his supporters is scary.',
      speaker: 'Nell Carden',
    });
  });
});

describe('names', () => {
  it('keep initials written together (`George H.W. Bush`), and later mentions join them', () => {
    const text =
      'In contrast, when Vice President George H.W. Bush ran in 1988, he "wrapped himself in the mantle of then-president Ronald Reagan as closely as possible," Lichtman said. Reagan\'s Gallup average that year was 53%, and Bush won the election handily.';
    const bush = collectPeople(text).find((p) => p.name === 'George H.W. Bush');
    expect(bush?.mentions).toHaveLength(2);
  });
});

describe('a colon introduction', () => {
  it('is not the name after a preposition and a role (`… to the Dutch newspaper NRC Handelsblad:`)', () => {
    const quotes = run(
      'Former Republican presidential candidate Jeb Bush broke down exactly what was wrong with the image and message to the Dutch newspaper NRC Handelsblad: “What Trump did was so insensitive. First, not all Hispanics are Mexican.”',
    );
    expect(quotes[0]?.speaker).toBe('Jeb Bush');
  });
});

describe('a surname written with a slip inside it', () => {
  it('is the person introduced in full (`Donna Brazile` … `Brazille’s`)', () => {
    const text =
      'DNC Chair Debbie Wasserman Schultz announced Sunday she will resign her post after the convention, to be replaced by veteran Democratic strategist Donna Brazile through the November election. At Brazille’s direction, the DNC issued a statement apologizing to Sanders for the emails.';
    const brazile = collectPeople(text).find((p) => p.name === 'Donna Brazile');
    expect(brazile?.mentions).toHaveLength(2);
  });

  it('is not a word that differs at its ends, nor a common word or a place', () => {
    const text =
      'Lleyton Hewitt criticised the courts, but Tennis Australia’s Geoff Pollard said Australian players had asked for it. Maurice Greene ran in Greece.';
    const people = collectPeople(text);
    expect(people.find((p) => p.name === 'Tennis Australia')?.mentions).toHaveLength(1);
    expect(people.find((p) => p.name === 'Maurice Greene')?.mentions).toHaveLength(1);
  });
});

describe('more cues and speakers', () => {
  it('takes a narrator as a description (`says a narrator`)', () => {
    const quotes = run(
      '“In Hillary Clinton’s America, the middle class get crushed. Spending goes up, taxes go up,” says a narrator.',
    );
    expect(quotes[0]).toMatchObject({ cue: 'says', via: 'description' });
  });
});

describe('a role written in capitals before an appositive name (BBC)', () => {
  it('does not make a name of the initial ending a word (`… 3G. HSDPA (High Speed …)`)', () => {
    const text =
      'Operators are now looking at the next step beyond 3G. HSDPA (High Speed Downlink Packet Access) has been described as "3G on steroids".';
    expect(collectPeople(text).map((p) => p.name)).not.toContain('G. HSDPA');
  });
});
