// Attribution rules of the sixth round, each on a short excerpt of a real article (PolNeAR
// training split; the signatures from a PolNeAR dev article of readers' comments).
import { describe, expect, it } from 'vitest';
import { quotesOf as run } from './quotes-of.ts';

describe('a quotation with no attribution words', () => {
  it('is a guess from the first name of its sentence, and says so', () => {
    const quotes = run(
      'To wit, Trump told Newsmax that Mitt Romney “had a crazy policy of self-deportation which was maniacal,” adding, “He lost all of the Latino vote … he lost everybody who is inspired to come into this country.”',
      'It is strange that Trump would denounce “self-deportation,” which is like a chocolate sundae compared to his own plans for illegals.',
    );
    expect(quotes.at(-1)).toMatchObject({
      text: 'self-deportation,',
      speaker: 'Trump',
      cue: null,
      via: 'sentence',
    });
  });

  it('takes an organisation the sentence names first (`In a September Washington Post-ABC News poll`)', () => {
    const quotes = run(
      'In this election, Trump and the other outsiders may be helped by the electorate\'s lack of faith in politicians. In a September Washington Post-ABC News poll, 75 percent of Republicans said "most people in politics" can\'t be trusted.',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Washington Post-ABC News', via: 'sentence' });
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

describe('an organisation’s initials as the subject', () => {
  it('speak for a quotation with no attribution words (`the NRA was … whipping lawmakers against “…”`)', () => {
    const quotes = run(
      'This week will be a major test of that thesis. As Blumenthal spoke, the NRA was going into overdrive, whipping lawmakers against “any and all gun control” — a reaction to the more modest bipartisan measure being pushed by Collins.',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'NRA', via: 'sentence' });
  });

  it('are not a modifier of the name after them (`FBI Director James Comey slammed as “…”`)', () => {
    const quotes = run(
      'Instead of refusing to offer a mea culpa for setting up a private server and passing around sensitive government emails in a way FBI Director James Comey slammed as “extremely careless,” Clinton has gotten the contrition game down.',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'James Comey', via: 'sentence' });
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
