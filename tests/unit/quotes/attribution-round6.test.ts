// Attribution rules of the sixth round, each on a short excerpt of a real article (PolNeAR
// training split; the signatures from a PolNeAR dev article of readers' comments).
import { describe, expect, it } from 'vitest';
import { quotesOf as run } from './quotes-of.ts';

describe('a quotation with no attribution words', () => {
  it('is a guess from the first name of its sentence, and says so', () => {
    const quotes = run(
      'Manchester City defender Richard Dunne has been in trouble off the pitch in the past.',
      'But Dunne is keen to put that period of his life behind him and said: "I\'ve grown up a lot and the manager sees me as one of the most experienced players in the squad."',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Richard Dunne', cue: null, via: 'sentence' });
  });

  it('is not needed where a place runs into an honorific (`Speaking in Harrogate Mr Kennedy said:`)', () => {
    const quotes = run(
      'Liberal Democrat leader Charles Kennedy unveiled the slogan on Tuesday.',
      'Speaking in Harrogate Mr Kennedy said: "People want a credible, principled political party which offers a different vision of what Britain can be."',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Charles Kennedy', cue: 'said', via: 'named' });
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

  it('is not the person named inside an opening phrase', () => {
    const quotes = run(
      'Asked whether Donald Trump would be the nominee, the crowd roared “Yes, he will!”',
    );
    expect(quotes[0]?.speaker).toBeNull();
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

describe('more reporting verbs', () => {
  it('read a retort after an adjective (`“…,” an angry Hollande retaliated`)', () => {
    const quotes = run(
      'Soon after the gruesome murder of Father Jacques Hamel in Normandy, Trump asserted that France had lost its identity: “France is no longer France,” he claimed.',
      '“France will always be France,” an angry Hollande retaliated. “It never gives up, because it still bears ideals, values, principles that are recognized worldwide.”',
    );
    expect(quotes.slice(1).map((q) => [q.speaker, q.cue])).toEqual([
      ['Hollande', 'retaliated'],
      ['Hollande', 'retaliated'],
    ]);
  });
});

describe('a verb of beginning before the cue', () => {
  it('is passed over (`he began by saying, “…”`)', () => {
    const quotes = run(
      'Judge Berman called a recess. When he returned he began by saying, “I don’t think that it’s necessary for Mr. D’Souza to go to jail.”',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Berman', cue: 'saying', via: 'pronoun' });
  });
});

describe('the speaker after the quote', () => {
  it('may carry a long appositive before the cue', () => {
    const quotes = run(
      'Donald Trump praised a Breitbart reporter at a campaign event.',
      '“Very good reporter, very good reporter this guy,” Trump, the 2016 GOP presidential frontrunner nationally and current polling leader in South Carolina by a wide margin after winning the New Hampshire primaries, said when Boyle asked him a question.',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Donald Trump', cue: 'said', via: 'named' });
  });

  it('may be a publication named with what it is (`wrote Time magazine`)', () => {
    const quotes = run(
      '” … in the case of Wyoming, the Cruz train has already left the station,” wrote Time magazine. “Cruz’s domination in the county conventions followed his campaign’s aggressive organizing in the state’s March 1 precinct caucuses.”',
    );
    expect(quotes.map((q) => [q.speaker, q.cue])).toEqual([
      ['Time magazine', 'wrote'],
      ['Time magazine', 'wrote'],
    ]);
  });

  it('may be an employee or a user described by where they are from', () => {
    const quotes = run(
      '“In fact, a lot of the founding father of fascism’s words sound like Trump-isms, so it’s hard to blame him for being confused,” the Gawker employee wrote.',
      '"It\'s not politically correct to say anything against migrants. We don\'t have freedom of opinion anymore. #Cologne," tweeted a German user from Hanover going by the handle Pulvermann.',
    );
    expect(quotes.map((q) => [q.speaker, q.via])).toEqual([
      ['the Gawker employee', 'description'],
      ['a German user', 'description'],
    ]);
  });
});

describe('British news descriptions (BBC)', () => {
  it('read an MP, a champion and a spokeswoman with a number in her description', () => {
    const quotes = run(
      "Former welfare minister Frank Field MP criticised the reported rivalry between the pair on GMTV's Sunday Programme.",
      '"What sort of model does it give to the nation when the two most important political leaders do nothing but fight it out together?" the Labour MP for Birkenhead asked.',
      'Downing Street would not be drawn on the claim, saying election timing was a matter for the prime minister. A Number 10 spokeswoman would only say: "He will announce an election when he wants to announce an election."',
    );
    expect(quotes.map((q) => [q.cue, q.via])).toEqual([
      ['asked', 'description'],
      ['say', 'description'],
    ]);
    expect(quotes[1]?.speaker).toBe('A Number 10 spokeswoman');
  });

  it('read a role joined by “and” before a name, and a magazine', () => {
    const quotes = run(
      'GM said its profits were also hit by higher healthcare costs in the US. "GM reported solid overall results in 2004, despite challenging competitive conditions in many markets around the globe," GM chairman and chief executive Rick Wagoner said in a statement.',
      'Prince topped the list of the highest-earning acts of 2004, according to Rolling Stone magazine. "Prince returned to centre stage after a decade in the commercial wilderness," the magazine reported.',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Rick Wagoner', cue: 'said' });
    expect(quotes[1]).toMatchObject({ cue: 'reported', via: 'description' });
  });

  it('read a role set off by a comma after the cue (`said EEF chief economist, Steve Radley`) and a player by position', () => {
    const quotes = run(
      '"So far the evidence suggests that last year\'s rate increases have helped to rebalance the economy without damaging the recovery in manufacturing," said EEF chief economist, Steve Radley.',
      'And despite the recent results, skipper Jason Robinson believes there is nothing wrong with the mood in the camp. "There is no lack of confidence in the team," said the Sale full-back.',
    );
    expect(quotes.map((q) => [q.speaker, q.cue, q.via])).toEqual([
      ['Steve Radley', 'said', 'named'],
      ['the Sale full-back', 'said', 'description'],
    ]);
  });

  it('read an appositive in the possessive left open before the cue (`Mr Prettejohn, Lloyd’s chief executive said`)', () => {
    const quotes = run(
      "\"The FSA should not bide their time and 'wait and see'. They should seize the moment,\" Mr Prettejohn, Lloyd's chief executive said.",
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Prettejohn', cue: 'said', via: 'named' });
  });

  it('read a named person’s statement as theirs (`Mr Crosby’s statement said: “…”`)', () => {
    const quotes = run(
      'Lynton Crosby, the Conservative campaign director, has denied a report claiming he warned Michael Howard the party could not win the next general election. Mr Crosby\'s statement said: "The Conservative Party has been making an impact on the issues of lower tax and controlled immigration over the past week."',
    );
    expect(quotes[0]).toMatchObject({ cue: 'said' });
    expect(quotes[0]?.speaker).toContain('Lynton Crosby');
  });
});

describe('a paragraph opening with a quotation', () => {
  it('continues the speaker who closed the paragraph before, when its first sentence is the quotation (BBC)', () => {
    const quotes = run(
      'Dave Hodges tore a pectoral muscle against the Ospreys on Boxing Day, an injury that would have kept him out for the season. "Realising I would be unable to play this season, the club and I agreed to end my contract early," said Hodges.',
      '"It allows me to move back to the US and pursue opportunities there and allows the Scarlets to look to the next generation." The Scarlets have begun to rebuild their squad for next season after a disappointing Heineken Cup campaign.',
    );
    expect(quotes.map((q) => [q.speaker, q.via])).toEqual([
      ['Dave Hodges', 'named'],
      ['Dave Hodges', 'context'],
    ]);
  });

  it('does not when its own attribution follows (`“Out!” the crowd yelled.`)', () => {
    const quotes = run(
      '“The bad ones, the gang members?” Trump asked, turning the question into an audience participation project.',
      '“Out!” the crowd yelled.',
    );
    expect(quotes[1]?.speaker).not.toBe('Trump');
  });
});
