// Attribution rules, each on short excerpts of real articles (PolNeAR training split).
import { describe, expect, it } from 'vitest';
import { processText } from '../../../src/pipeline/process-text.ts';
import { quotesOf as run } from './quotes-of.ts';
import { collectPeople } from '../../../src/pipeline/quotes/people.ts';

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

  it('does not take a name that only follows an article for a person (`a Jupiter Democrat`)', () => {
    const quotes = run(
      'Rep. Patrick Murphy wants more funding for teacher pay and classroom supplies.',
      'Murphy, a Jupiter Democrat who has been endorsed by both the national teachers unions and the Florida Education Association, has made increasing federal funding to public schools his chief education priority.',
      '“It will be a priority in the Senate to fully fund public education,” he said.',
    );
    expect(quotes).toEqual([
      {
        text: 'It will be a priority in the Senate to fully fund public education,',
        speaker: 'Patrick Murphy',
        cue: 'said',
        via: 'pronoun',
      },
    ]);
  });

  it('finds the speaker of a middle-initial name', () => {
    const quotes = run(
      '“We have a problem with trust,” said Supt. Garry F. McCarthy, who was fired on Tuesday.',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Garry F. McCarthy', via: 'named' });
  });
});

describe('pronouns', () => {
  it('take the subject of the paragraph before, not the last name mentioned there', () => {
    const quotes = run(
      'People are flocking to Muhammad Ali’s boyhood home in Louisville, Kentucky, to pay tribute to the boxing great.',
      'Another memorial has grown outside the Muhammad Ali Center, a downtown museum that promotes his humanitarian ideals.',
      'Andrew Hale took his 3-year-old daughter, Chloe, there on Sunday to explain to her who Ali was.',
      'He said: “He was strong, courageous, and I hope I can be like that one day.”',
    );
    expect(quotes.at(-1)).toMatchObject({ speaker: 'Andrew Hale', cue: 'said', via: 'pronoun' });
  });

  it('pass over sentences about a “he” to the one that names him', () => {
    const quotes = run(
      'Rep. Tom Cole of Oklahoma spoke to reporters about Donald Trump on Thursday.',
      'Republican Rep. Lee Zeldin of New York, a Trump supporter, said it will help both the candidate and the speaker. He also met Trump last week.',
      '“I don’t think it’s do or die, any endorsement in particular,” he said outside the building.',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Lee Zeldin', via: 'pronoun' });
  });
});

describe('gender', () => {
  it('is read from a first name when no pronoun tells it', () => {
    const quotes = run(
      'Dottie Deans, the chairwoman of the Vermont Democratic Party, is supporting Sanders as a superdelegate.',
      'Jeff Weaver, the campaign manager for Bernie Sanders, said the campaign would go on to the convention.',
      '"He has a desire to ensure that those voters feel like part of the process heading into July," she said.',
    );
    expect(quotes.at(-1)).toMatchObject({ speaker: 'Dottie Deans', cue: 'said', via: 'pronoun' });
  });
});

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

  it('is not a name inside a long opening phrase', () => {
    const quotes = run(
      'Sanders spoke on Sunday.',
      'The decision by the Democratic National Committee and its chairwoman Debbie Wasserman Schultz to limit the number of debates is “rigged,” critics say.',
    );
    expect(quotes[0]!.speaker).not.toBe('Debbie Wasserman Schultz');
  });
});

describe('attributions after the closing mark', () => {
  it('go on past a question or an exclamation', () => {
    const quotes = run(
      'Donald Trump held a news conference in New York last month.',
      '"You think I\'m going to change?" Trump asked reporters rhetorically during a news conference late last month at Trump Tower in Manhattan.',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Donald Trump', cue: 'asked', via: 'named' });
  });

  it('may follow a phrase (`“…” about the decision, said RoseAnn DeMoro`)', () => {
    const quotes = run(
      '“We’re extremely happy” about the decision, said RoseAnn DeMoro, executive director of National Nurses United.',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'RoseAnn DeMoro', cue: 'said', via: 'named' });
  });

  it('come first with a relative clause (`Said Dorothy Poynter, who …, “…”`)', () => {
    const quotes = run(
      'The small pink home on Grand Avenue was recently renovated and turned into a museum. Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Dorothy Poynter', cue: 'said', via: 'named' });
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

  it('a date or an opener before the subject (`In a statement released Thursday, …`)', () => {
    const quotes = run(
      'In a statement released Thursday, Rep. Hakeem Jeffries (D-N.Y.) reacted to the news, saying: “Trayvon Martin’s cold-blooded killer should be in prison.”',
      'Another delegate on the Cruz slate, Jim Poolman, said he was only “leaning Cruz.”',
    );
    expect(quotes.map((q) => [q.speaker, q.cue])).toEqual([
      ['Hakeem Jeffries', 'saying'],
      ['Jim Poolman', 'said'],
    ]);
  });
});

describe('stand-ins for the speaker', () => {
  it('a statement speaks for whoever issued it', () => {
    const quotes = run(
      'Black Lives Matter issued a statement saying it took the action "because of the unsafe conditions created for our communities by law enforcement."',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Black Lives Matter', cue: 'saying' });
  });

  it('a description after the cue gives way to the name in its appositive', () => {
    const quotes = run(
      'The FBI looked for a connection between Mateen and Abusalha in 2014 and did not find "ties of any consequence," said the bureau\'s director, James B. Comey, on Monday.',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'James B. Comey', cue: 'said', via: 'named' });
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

describe('the subject before a pronoun', () => {
  it('is not a possessive (`Clinton’s position was supported … by Sen. Dianne Feinstein`)', () => {
    const quotes = run(
      'Hillary Clinton has said the emails were not marked classified.',
      "Clinton's position was supported Friday by Sen. Dianne Feinstein of California, the ranking Democrat on the Senate Intelligence Committee, who said none of the emails in question originated with Clinton.",
      '"It has never made sense to me that Secretary Clinton can be held responsible for email exchanges that originated with someone else," she said in a statement.',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Dianne Feinstein', via: 'pronoun' });
  });
});

describe('titles of programmes', () => {
  it('are left out even when the sentence has a speaker', () => {
    const quotes = run(
      '“We’re not winning, but it’s too soon to say that we are doing everything we need to do,” Clinton said on ABC’s “This Week” on Sunday.',
      '“I have always said that I expect to be vetted,” he said on “Meet the Press.”',
    );
    expect(quotes.map((q) => q.text)).toEqual([
      'We’re not winning, but it’s too soon to say that we are doing everything we need to do,',
      'I have always said that I expect to be vetted,',
    ]);
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

describe('a subject introduced with its party', () => {
  it('is the name after the role, not the party word', () => {
    const quotes = run(
      'Earlier, New Hampshire Republican Jim Rubens said the primary was open.',
      'Republican presidential candidate Donald Trump quickly took to Twitter, writing: "Another horrific attack, this time in Nice, France. Many dead and injured."',
      'Ryan endorsed Trump in early June, but only after publicly deliberating over the decision, telling reporters in May that he was “not quite there yet.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Donald Trump', 'Ryan']);
  });
});

describe('more reporting verbs and roles', () => {
  it('reads `points out`, `remembered`, `questioned` and roles with numbers', () => {
    const quotes = run(
      '“There were some of us who thought until recently you might be able to work [with them],” Bozell points out.',
      "\"An awful lot of analysts said, 'No, don't do this,' and she took it upon herself to prove them wrong,\" remembered Roy Verley, HP's former chief corporate spokesman.",
      '“What was the massive pivot point to make him change so fundamentally?” Beck questioned.',
      '“I really don’t understand how a better candidate didn’t jump into the race,” said Air Force 1st Lt. Tyler Livingston.',
    );
    expect(quotes.map((q) => [q.speaker, q.cue])).toEqual([
      ['Bozell', 'points out'],
      ['Roy Verley', 'remembered'],
      ['Beck', 'questioned'],
      ['Tyler Livingston', 'said'],
    ]);
  });
});

describe('people called by their surname only', () => {
  it('are people when they are the subject of a verb, so that a `he said` after them is theirs', () => {
    const quotes = run(
      'Donald Trump went with the odds, pointing out that North Carolina would win – even though he picked Peyton Manning to win in an interview on last Sunday’s interview on CBS Face the Nation.',
      'Cruz openly admitted that his pick was politically motivated, looking to the February 20 primary in South Carolina. “With an eye to February 20th, Carolina,” he said.',
      'Carson defied the question, and didn’t make a choice. “With 100 percent certainly, I will predict the winner – it will either be Denver or Carolina,” he said.',
    );
    expect(quotes.map((q) => [q.speaker, q.via])).toEqual([
      ['Cruz', 'pronoun'],
      ['Carson', 'pronoun'],
    ]);
  });

  it('are not common words that open a sentence (`Just`)', () => {
    const quotes = run(
      'Donald Trump spoke to the crowd at length on Tuesday evening.',
      'Just said that he would come back. “We will win,” he said.',
    );
    expect(quotes[0]?.speaker).toBe('Donald Trump');
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

describe('the subject of a participle after an opener', () => {
  it('is not a word of the opener nor a place in it', () => {
    const quotes = run(
      'Republican presidential candidate Donald Trump is spending the final day of the New Hampshire primary attacking a rival: former Florida Gov. Jeb Bush.',
      'Hours later, Trump returned the compliment to Adelson, telling Reuters, “Sheldon and I have been friends for a long time. He is an amazing man.”',
      'Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”',
    );
    expect(quotes.map((q) => [q.speaker, q.cue])).toEqual([
      ['Donald Trump', 'telling'],
      ['Donald Trump', 'calling'],
    ]);
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

describe('descriptions', () => {
  it('that name no one the article named before speak as themselves (`one Clinton aide`)', () => {
    const quotes = run(
      '“That can go a long way toward establishing good relationships,” said a senior Cruz adviser.',
      'Clinton insiders recently told POLITICO they planned to respond to Trump’s attacks on her scandals but in a low-key, don’t-dignify-the-question way. “That doesn’t mean no response,” one Clinton aide said late last month, “but a muted one rather than a five-alarm fire.”',
      'One operative inside Trump Tower tried to downplay Ryan’s comments, saying they were “not a big deal around here.”',
    );
    expect(quotes.map((q) => [q.speaker, q.via])).toEqual([
      ['a senior Cruz adviser', 'description'],
      ['one Clinton aide', 'description'],
      ['one Clinton aide', 'description'],
      ['One operative inside Trump Tower', 'description'],
    ]);
  });

  it('of an organisation take the organisation named before (`the board said`)', () => {
    const quotes = run(
      'On the same day he won the Republican Iowa caucus, Sen. Ted Cruz of Texas got a favorable decision from the Illinois Board of Elections, which ruled that he met the citizenship criteria to appear on the state’s primary ballot.',
      '“The Candidate is a natural born citizen by virtue of being born in Canada to his mother who was a U.S. citizen at the time of his birth,” the board said, reasoning that Cruz met the criteria because he “did not have to take any steps or go through a naturalization process at some point after birth.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Illinois Board', 'Illinois Board']);
  });
});

describe('a speaker’s name', () => {
  it('may be followed by where they are from (`X of the Y Center wrote`) or a party tag and a comma', () => {
    const quotes = run(
      '"Building a staged thermonuclear weapon—one in which the radiation from a fission primary compresses a secondary stage of thermonuclear fuel—would seem to be a bit of a stretch for the North Koreans," Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote in December.',
      'Tuesday at Baldwin Wallace University in Berea, OH, after winning Ohio in the Republican presidential primary, Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered wagon. We’re going to have the wind blow us over the Rocky Mountains to California.”',
      '“Obama said in his speech that Muslims are our sports heroes. What sport is he talking about, and who? Is Obama profiling?” reacted Trump.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Jeffrey Lewis', 'John Kasich', 'Trump']);
  });
});

describe('a role of someone’s, then a name', () => {
  it('speaks as the name (`Carson’s business manager, Armstrong Williams, stated`)', () => {
    const quotes = run(
      'Carson’s business manager, Armstrong Williams, stated: “When I spoke with Dr. Carson about this yesterday how we should respond, you know he was so sad about it.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Armstrong Williams']);
  });

  it('is what a later pronoun refers to, not the owner (`Obama consultant Cornell Belcher`)', () => {
    const quotes = run(
      'Barack Obama won Iowa in 2008.',
      'Obama consultant Cornell Belcher, the highest-ranking African-American pollster, picked up a similar thread at the time. “African-Americans are beginning to see and sense that, quite frankly, that they have a lot more in common with white voters than not,” he said.',
      'Bloomberg\'s pollster, Douglas Schoen, says his man has the money, message, independence and time to fill that need. "I don\'t think the conventional wisdom" -- that Bloomberg is perceived as a New York nanny-state liberal -- "is going to last," he says.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([
      'Cornell Belcher',
      'Douglas Schoen',
      'Douglas Schoen',
    ]);
  });
});

describe('no reporting verb', () => {
  it('what someone says as a noun speaks for them (`Sanders’s clarion call for a “revolution”`)', () => {
    const quotes = run(
      'Bernie Sanders and Hillary Clinton campaigned in Iowa.',
      'While Sanders\'s clarion call for a "revolution" draws thousands of liberals to his rallies, Clinton\'s campaigning generates far more selective enthusiasm.',
      'Unions have been plotting to junk the Cadillac tax ever since it was proposed. It\'s the persistent pull of Obama\'s "if you like your plan, you can keep it" promise: Many of them negotiated generous employer-sponsored plans in place of increased wages.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Bernie Sanders', 'Obama']);
  });

  it('the subject of a colon introduction speaks', () => {
    const quotes = run(
      'Coal miners are still smarting from remarks Hillary Clinton made earlier this year. When she was talking about the move to cleaner energy, she offered up this sound bite for which she later apologized: "We\'re going to put a lot of coal miners and coal companies out of business."',
    );
    expect(quotes.map((q) => [q.speaker, q.cue])).toEqual([['Hillary Clinton', ':']]);
  });

  it('a colon introduction whose subject is no one the article names attributes nothing', () => {
    const quotes = run(
      'Wait, it gets better:',
      '"By law, the president every fiscal year sets the maximum number of refugees the United States can accept in a year."',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('the attribution closing a sentence', () => {
  it('attributes its earlier quotations too', () => {
    const quotes = run(
      'The FBI looked for a potential connection between Mateen and Abusalha in 2014 and did not find "ties of any consequence," aside from the two men knowing each other "casually" from attending the same mosque, said the bureau\'s director, James B. Comey, on Monday.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['James B. Comey', 'James B. Comey']);
  });
});

describe('after the quotation', () => {
  it('the cue may come before a role of someone’s and the name, or after a long phrase', () => {
    const quotes = run(
      '“With about half the vote in by Election Day, we’re treating Feb. 15 to March 15 as one long Election Day in Florida,” said Rubio’s deputy campaign manager, Rich Beeson, who oversaw Mitt Romney’s 2012 ground game as political director.',
      '"These super PACs have been setting the table for New Hampshire voters," in sharp contrast to previous elections when campaigns took on that function, says Dante Scala, a political scientist at the University of New Hampshire.',
      '“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly as confetti fluttered down around him.',
    );
    expect(quotes.slice(0, 3).map((q) => q.speaker)).toEqual([
      'Rich Beeson',
      'Dante Scala',
      'Bill Eastland',
    ]);
  });
});

describe('the subject of a sentence without a reporting verb', () => {
  it('may follow a long opening clause', () => {
    const quotes = run(
      'Donald Trump and Ted Cruz debated in Miami.',
      'On Thursday night as the four remaining candidates took the debate stage here at the University of Miami, Trump opened with a call for the Republican Party to “embrace” his candidacy and the new voters he’s bringing into the fold.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Donald Trump']);
  });
});

describe('a second quotation in a paragraph', () => {
  it('with its own cue does not carry the first one’s speaker over (`Maddow repeated`)', () => {
    const quotes = run(
      '"Well, yes. I’m going to — I’m going to look at a lot of different people…" Clinton said. "Grizzly Adams?" Maddow repeated.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Clinton', 'Maddow']);
  });
});

describe('a pronoun after a sentence about someone', () => {
  it('takes that sentence’s subject even when someone else spoke since', () => {
    const quotes = run(
      'Already a television icon for his portrayal of Tim Taylor in the hit series Home Improvement, veteran comedian Tim Allen recently hit another milestone with the 100th episode of his current ABC series, Last Man Standing.',
      'Noting he majored in philosophy during college, Allen said he tends to give issues more deliberation.',
      '“I’m always searching upriver for how things started,” he said.',
      'When the interview steered Allen toward his outlook on the 2016 presidential field, he offered his thoughts on Republican front-runner Donald Trump’s continued appeal among a loyal group of supporters.',
      '“I think it’s funny,” he said, “because Donald Trump is kind of in the spirit of old Greek tyrants, where they used to vote in a guy that had no encumbrances.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Tim Allen', 'Tim Allen', 'Tim Allen']);
  });
});

describe('between a speaker and the cue', () => {
  it('a time may come (`Beck on Wednesday called`), and an opening adverb is no one', () => {
    const quotes = run(
      'Donald Trump and Mitt Romney feuded.',
      'Early in his campaign, Trump attacked Romney, calling him, among other things, “a failed candidate.”',
      'Glenn Beck and Steve Bannon have feuded.',
      'Much of Beck’s ire was also directed at Bannon, who Beck on Wednesday called “a horrible, despicable human being.”',
      'Gun control is a very popular topic with Democratic voters. In 2014, Pew found that “about twice as many Democrats and Democratic leaners said it was more important to control gun ownership (65%) than to protect gun rights (31%).”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Donald Trump', 'Glenn Beck', 'Pew']);
  });
});

describe('a passive cue or a late `according to`', () => {
  it('names the speaker after the quotation', () => {
    const quotes = run(
      'This feature of the movement has been called "strategic ambiguity" by Joshua Hendrick, a professor at Loyola University.',
      'A "living wage" for a single adult with no children in California is about $12 an hour, according to calculations by Amy Glasmeier of the Massachusetts Institute of Technology.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Joshua Hendrick', 'Amy Glasmeier']);
  });
});

describe('a definite description of a thing', () => {
  it('speaks as the indefinite description that introduced it (`the commission`)', () => {
    const quotes = run(
      'But a New Hampshire ballot commission in January was a little more tentative.',
      'That, the commission said, “would be helpful in avoiding uncertainty.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['a New Hampshire ballot commission in January']);
  });
});

describe('a topic announced with `As for`', () => {
  it('is what the pronoun after it refers to', () => {
    const quotes = run(
      'Donald Trump and Ted Cruz campaigned in Wisconsin.',
      'Cruz warned against the “fevered dreams” of a brokered convention, but had a more ominous take. “I think that would be an absolute disaster, and we need to respect the will of the voters,” the Texas senator said.',
      "As for Trump, he said he’s not worried. “First of all, I think I'm going to have the delegates, OK? I think. Let's see what happens,” he said.",
    );
    expect(quotes.at(-1)!.speaker).toBe('Donald Trump');
  });
});

describe('a speaker in a `with X -ing` phrase or before a colon', () => {
  it('is the one doing the -ing, not the subject; a name after a preposition is not it', () => {
    const quotes = run(
      'The attack sparked a fresh debate over how the United States responds to Islamist militant violence at home and abroad, with Republican Senator John McCain telling reporters on Thursday he viewed Obama as “directly responsible” for the Orlandoattack due to his failure to prevent the rise of Islamic State.',
      'Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: "It\'s time to quit attacking various people that you competed with or various minority groups in the country and get on message."',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['John McCain', 'Mitch McConnell']);
  });
});

describe('two speakers in one sentence', () => {
  it('each speak their own quotation (`– Ryan saying he was “…” and Trump calling it a “…”`)', () => {
    const quotes = run(
      'For an hour, the Republican Party’s presumptive nominee sat face to face with House Speaker Paul Ryan, who just a week ago surprised Trump by declaring he couldn’t yet support his candidacy. And soon after it was over, both men issued a statement expressing optimism about working together – Ryan saying he was “very encouraged” and Trump calling it a “great meeting.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Paul Ryan', 'Trump']);
  });
});

describe('what someone says, as a noun, further on', () => {
  it('speaks for them (`Podliska’s most explosive claim is that …`, `a report by Politico that …`)', () => {
    const quotes = run(
      'The November 23 lawsuit filed by a former staffer named Bradley Podliska, an Air Force reserve major who Gowdy, R -S.C., fired in June for mishandling classified information, alleges a long list of violations supposedly perpetrated against him, including that he was improperly fired. But Podliska’s most explosive claim is that the House Select Committee on Benghazi is a “witch hunt” launched to “get” Hillary Clinton.',
      'And on Friday, it was a report by Politico that he "fabricated" the story of an offer to attend West Point.',
      '“This is fantastic!” beamed Donald Hartley of Madison, Alabama, who snuck onto the floor from the guest seats to be closer to the action.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([
      'Bradley Podliska',
      'Bradley Podliska',
      'Politico',
      'Donald Hartley',
    ]);
  });
});

describe('an appositive without its closing comma, and `is quoted as saying`', () => {
  it('still lead to the speaker', () => {
    const quotes = run(
      '“Clinton needs a strategy for targeting [Libertarian candidate Gary] Johnson & [Green Party hopeful Jill] Stein voters,” Nate Silver, the polling guru who founded fivethirtyeight.com tweeted on Wednesday.',
      '“Our method succeeds where others fail because we seek out individual respondents who are pre-determined to be likely voters,” Braynard is quoted as saying.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Nate Silver', 'Braynard']);
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
