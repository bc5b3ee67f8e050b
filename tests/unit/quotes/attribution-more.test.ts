// More attribution rules, each on a short excerpt of a real article (PolNeAR training split).
import { describe, expect, it } from 'vitest';
import { quotesOf as run } from './quotes-of.ts';

describe('a `with X -ing` phrase', () => {
  it('does not take a preposition in -ing for the verb (`with Johnson during`)', () => {
    const [quote] = run(
      'Former Security of State Hillary Clinton famously clashed with Johnson during the Senate Benghazi hearing, chiding him, “What difference at this point does it make?” when questioned about the cause of the attacks.',
    );
    expect(quote?.speaker).not.toBe('Johnson');
    expect(quote?.cue).toBe('chiding');
  });
});

describe('an inverted aside before the quotation', () => {
  it('names the speaker set off by commas (`…, says Carl Anthony, historian at …, is that`)', () => {
    const quotes = run(
      'The paradox of Nancy, says Carl Anthony, historian at the National First Ladies Library, is that she was "one of the most powerful first ladies in the post-World War II era," not for her policy influence.',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Carl Anthony', cue: 'says' });
  });

  it('names the speaker of a cue-first aside right before the quote (`…, explained Rosenberg, “…”`)', () => {
    const quotes = run(
      'Because of how Democrats crafted the primary schedule, explained Rosenberg, “with this thing being over by mid-March — with a compressed calendar and the incumbent president making news all the time — there’s a scenario where it’s hard to see.”',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Rosenberg', cue: 'explained' });
  });
});

describe('the agent of a passive question', () => {
  it('speaks (`Rubio was asked by Fox Business moderator Gerard Baker whether …`)', () => {
    const quotes = run(
      'Rubio was asked by Fox Business moderator Gerard Baker whether his proposed expansion of child tax credits, which the Tax Foundation estimates would cost as much as $ 170 billion a year, would risk “adding another expensive entitlement program to an already overburdened federal budget.”',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Gerard Baker', cue: 'asked' });
  });

  it('speaks at the start of a sentence too (`Asked by Thrush if Clinton “gets” race`)', () => {
    const quotes = run(
      '“People close to Sharpton say he likes Clinton, and is probably inclined to endorse her,” wrote Glenn Thrush.',
      'Asked by Thrush if Clinton “gets” race, Sharpton avoided a declarative answer.',
    );
    expect(quotes[1]).toMatchObject({ speaker: 'Glenn Thrush', cue: 'asked' });
  });
});

describe('`As X put it`', () => {
  it('reads past an appositive (`As John Cornyn, the No. 2 in the GOP leadership, put it:`)', () => {
    const quotes = run(
      'Only half a dozen Senate Republicans, of 54 total, even expressed a willingness to take a courtesy meeting with Garland. As John Cornyn, the No. 2 in the GOP leadership, put it: "This person will not be confirmed."',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'John Cornyn', cue: 'put it' });
  });
});

describe('a name after an earlier "he" of the sentence', () => {
  it('is not what a later "he" refers to (`He lambasted the deal negotiated by President Obama, who he noted was “…”`)', () => {
    const quotes = run(
      '"I didn\'t come here tonight to pander to you about Israel," Donald Trump said carefully, as the words rolled across the screen.',
      'But while Trump\'s past statements, including his promise to be "neutral" in negotiations between Israel and the Palestinians, have caused concern among pro-Israel activists, he offered promises Monday very much in line with what the audience had hoped to hear. At times, he brought the crowd to its feet.',
      'He lambasted the Iran nuclear deal negotiated by President Obama, who he noted was "in his final year, yay." He pledged to relocate the U.S. Embassy in Israel to the "eternal capital of the Jewish people, Jerusalem."',
    );
    expect(quotes.find((q) => q.text.startsWith('in his final'))?.speaker).toBe('Donald Trump');
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

  it('names no subject of a participle (`When told Perez was …, Bush thought for a moment and said …`)', () => {
    const quotes = run(
      'On the flight to Cleveland, Taylor Bush said he did not recognize the balding, bespectacled passenger sitting directly behind him. When told Perez was in President Obama\'s Cabinet and in the running for an even bigger job in a potential Clinton White House, Bush thought for a moment and said that in the current political climate, "I think it\'s kind of an advantage not to be a celebrity."',
    );
    expect(quotes[0]?.speaker).toBe('Taylor Bush');
  });
});

describe('a quotation inside an opening participial phrase', () => {
  it('is the main clause subject’s (`Acknowledging that Trump “says a lot of stupid stuff,” though, Allen did suggest`)', () => {
    const quotes = run(
      'Acknowledging that Trump “says a lot of stupid stuff,” though, Allen did suggest that the real estate mogul’s wealth does give him a unique advantage.',
    );
    expect(quotes[0]?.speaker).toBe('Allen');
  });
});

describe('a phrase between the speaker and the verb', () => {
  it('is passed over (`Sanders during a Sunday thanked its members “…”`)', () => {
    const quotes = run(
      'The Democrats’ leading anti-establishment candidate, Vermont Sen. Bernie Sanders, also decries super PACs and other big-money groups.',
      'National Nurses United for Patient Protection, the super PAC connected to the nation’s largest union of registered nurses, has reported spending more than $1 million on ads, rallies and other voter outreach in support of Sanders. The group is paying for a bus tour that’s been crisscrossing Iowa stumping for Sanders. It’s become such a presence on the trail that Sanders during a Sunday thanked its members “for their support in my campaign” and called National Nurses United “one of the sponsors of my campaign and I appreciate that.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Bernie Sanders', 'Bernie Sanders']);
  });
});

describe('a name after the cue', () => {
  it('may be followed by an `as` clause (`said Sanders as he closed out`)', () => {
    const quotes = run(
      '"We really can win on Tuesday - seven or eight thousand votes is very achievable," said Sanders as he closed out. "Where is Eric\'s campaign manager? Where are you?"',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Sanders', cue: 'said' });
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
