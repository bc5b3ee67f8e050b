// The `cue-subject` pass: a reporting verb next to its grammatical subject, before or after the quote.
// Verbatim excerpts of PolNeAR training articles and BBC articles outside the bbc-quotes gold
// set, read by the pass directly.
import { describe, expect, it } from 'vitest';
import {
  cueSubjectAfter,
  cueSubjectBefore,
  cueSubjectClosing,
} from '../../../../src/pipeline/quotes/passes/cue-subject.ts';
import { sentenceOf } from './sentence-of.ts';
import { quotesOf as run } from '../quotes-of.ts';

const PASSES = { cueSubjectAfter, cueSubjectBefore, cueSubjectClosing };

describe('cue-subject', () => {
  it.each([
    // BBC business-279, tech-316, tech-191: a role without an article set off after the name.
    [
      'cueSubjectClosing',
      '"It is our wish that the headquarters stay here to maintain Frankfurt\'s standing as the number one financial centre in continental Europe," Alois Rhiel, its minister for economic affairs added.',
      'Alois Rhiel',
      'cue-subject',
    ],
    [
      'cueSubjectClosing',
      '"You started off with young male stereotype computer users for last 10 years," Paul Goosens, head of Preventon told the BBC News website.',
      'Paul Goosens',
      'cue-subject',
    ],
    [
      'cueSubjectClosing',
      '"What we are proposing is a civic commons," Will Davies, senior research fellow at the IPPR told the BBC News website.',
      'Will Davies',
      'cue-subject',
    ],
    // A mention after a preposition does not hide the name set off after it.
    [
      'cueSubjectBefore',
      'In a statement, Brian Fallon, a spokesman for the Clinton campaign, said: "As we have said since last summer, Secretary Clinton has been cooperating with the Department of Justice\'s security inquiry, including offering in August to meet with them to assist their efforts if needed."',
      'Brian Fallon',
      'cue-subject',
    ],
    [
      'cueSubjectBefore',
      'A reporter for Agence France-Presse called it "absolute chaos."',
      'A reporter for Agence France-Presse',
      'cue-subject',
    ],
    [
      'cueSubjectClosing',
      'Suggestions that "outsourcing" - relocating call centres to low-cost countries like India or South Africa - is to blame are wrong, Ms Diemont says.',
      'Ms Diemont',
      'cue-subject',
    ],
    [
      'cueSubjectAfter',
      '"I accepted by necessity we have to have prevention under a new category which is to intervene before the act is committed, rather than do so by due process after the act is committed when it\'s too late," he said in reference to new anti-terrorism measures.',
      'he',
      'cue-subject',
    ],
    [
      'cueSubjectAfter',
      '“Until you’ve sat at that desk, you don’t know what it’s like to manage a global crisis or send young people to war,” he will say. “But Hillary’s been in the room; she’s been part of those decisions.”',
      'he',
      'cue-subject',
    ],
    [
      'cueSubjectAfter',
      '“They’re very open to trying new things,” Jenna Golden, Twitter’s director of political advertising, said of Trump’s campaign. “They’re not throwing things at the wall. Everything they’re doing is making money.”',
      'Jenna Golden',
      'cue-subject',
    ],
    [
      'cueSubjectAfter',
      '“I don’t hear any criticism of that sort of comment by a justice of the Supreme Court,” he said.',
      'he',
      'cue-subject',
    ],
    [
      'cueSubjectBefore',
      'Surveying rust-belt desolation in upstate New York, Williamson concludes: “Nobody did this to them. They failed themselves.”',
      'Williamson',
      'cue-subject',
    ],
    [
      'cueSubjectBefore',
      'Hillary Clinton is telling customers at a popular Manchester, New Hampshire, breakfast spot that “I need you tomorrow.”',
      'Hillary Clinton',
      'cue-subject',
    ],
    [
      'cueSubjectBefore',
      'In opposing the Clinton deposition request, her personal lawyer, David E. Kendall, wrote in a court file that such a request was "futile," because if there were additional records in the case, the FBI, not Clinton, now possesses them.',
      'David E. Kendall',
      'role-appositive',
    ],
  ] as const)('%s finds the speaker in %s', (pass, text, mention, rule) => {
    expect(PASSES[pass](sentenceOf(text))).toMatchObject({ mention, rule });
  });

  it.each([
    [
      'A "taxpayer subsidised propaganda exercise" on the EU is being used to lull the British public into a false sense of security, say the Tories.',
    ],
    [
      '“That is a problem for the party,” said Rep. Jim Clyburn (D-S.C.), a member of House Democratic leadership. “I would love to see Mr. Sanders endorse, go all in, and I think he will.”',
    ],
    [
      '“It’s a great opportunity for us,” said Gonzalez, 55, of Brigantine. “Look what [Icahn’s] been doing to us and Trump did it too.”',
    ],
  ])('finds nothing in another shape: %s', (text) => {
    const s = sentenceOf(text);
    for (const pass of Object.values(PASSES)) expect(pass(s)).toBeUndefined();
  });
});

// End to end: the whole pipeline on paragraphs of real articles where this pass attributes the
// quote (PolNeAR training split unless marked BBC); many check how the mention is resolved.
describe('the people of an article', () => {
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

describe('attributions after the closing mark', () => {
  it('go on past a question or an exclamation', () => {
    const quotes = run(
      'Donald Trump held a news conference in New York last month.',
      '"You think I\'m going to change?" Trump asked reporters rhetorically during a news conference late last month at Trump Tower in Manhattan.',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Donald Trump', cue: 'asked', via: 'named' });
  });
});

describe('stand-ins for the speaker', () => {
  it('a statement speaks for whoever issued it', () => {
    const quotes = run(
      'Black Lives Matter issued a statement saying it took the action "because of the unsafe conditions created for our communities by law enforcement."',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Black Lives Matter', cue: 'saying' });
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

describe('two speakers in one sentence', () => {
  it('each speak their own quotation (`– Ryan saying he was “…” and Trump calling it a “…”`)', () => {
    const quotes = run(
      'For an hour, the Republican Party’s presumptive nominee sat face to face with House Speaker Paul Ryan, who just a week ago surprised Trump by declaring he couldn’t yet support his candidacy. And soon after it was over, both men issued a statement expressing optimism about working together – Ryan saying he was “very encouraged” and Trump calling it a “great meeting.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Paul Ryan', 'Trump']);
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

describe('a phrase between the speaker and the verb', () => {
  it('is passed over (`Sanders during a Sunday thanked its members “…”`)', () => {
    const quotes = run(
      'The Democrats’ leading anti-establishment candidate, Vermont Sen. Bernie Sanders, also decries super PACs and other big-money groups.',
      'National Nurses United for Patient Protection, the super PAC connected to the nation’s largest union of registered nurses, has reported spending more than $1 million on ads, rallies and other voter outreach in support of Sanders. The group is paying for a bus tour that’s been crisscrossing Iowa stumping for Sanders. It’s become such a presence on the trail that Sanders during a Sunday thanked its members “for their support in my campaign” and called National Nurses United “one of the sponsors of my campaign and I appreciate that.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Bernie Sanders', 'Bernie Sanders']);
  });
});

describe('a definite description', () => {
  it('is the possessive phrase it was introduced with (`Cruz’s lawyers` … `the lawyers said`)', () => {
    const quotes = run(
      'In response to the filings, Cruz’s lawyers relied on Supreme Court precedent, legal history and articles from noted constitutional scholars to defend the view that he is in fact “natural born” within the meaning of the Constitution.',
      'These and other sources of authority, the lawyers said, “all command the same conclusion” that Cruz complies with the “natural born” requirement.',
    );
    expect(quotes.find((q) => q.text.startsWith('all command'))).toMatchObject({
      speaker: 'Cruz’s lawyers',
      cue: 'said',
    });
  });

  it('is the named noun phrase with the same head (`the Wall Street Journal editorial board` … `the editorial board writes`)', () => {
    const quotes = run(
      'Nikki Haley should be deported, a provocative headline from the Wall Street Journal editorial board reads in an article published Wednesday evening.',
      '“Are we talking about the same Nikki Haley?” the editorial board writes.',
    );
    expect(quotes[0]?.speaker).toBe('the Wall Street Journal editorial board');
  });
});

describe('curly marks inside a straight quotation', () => {
  it('nest, so the quotation runs on into the next paragraph with its speaker (`Dr. Ward stated:`)', () => {
    const quotes = run(
      'Dr. Ward stated:',
      '"The U.S. Department of Justice isn’t about “Equal Justice Under Law” anymore. It’s about President Obama’s extreme vision of fundamentally transforming our nation, imposing political correctness, and pulverizing the rights of the states.',
      '"The latest example of this extreme overreach is Loretta Lynch suing North Carolina for its “Bathroom Bill,” which allows individual business owners, rather than government bureaucrats, to decide who can use which bathrooms.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Ward', 'Ward']);
    expect(quotes[1]?.text).toMatch(/which bathrooms\.$/);
  });
});

describe('a relative clause left unclosed before the cue', () => {
  it('does not hide the speaker (`Katie Packer, who is chairman of Our Principles Pac said`)', () => {
    const quotes = run(
      "\"Trump's entire campaign claims that he 'says it like it is,' yet we are finding that over and over, on core Republican issues, Trump says different things to different audiences,\"Katie Packer, who is chairman of Our Principles Pac said in a statement provided to POLITICO.",
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Katie Packer', cue: 'said' });
  });
});

describe('a quotation with no attribution words', () => {
  it('is not needed where a place runs into an honorific (`Speaking in Harrogate Mr Kennedy said:`)', () => {
    const quotes = run(
      'Liberal Democrat leader Charles Kennedy unveiled the slogan on Tuesday.',
      'Speaking in Harrogate Mr Kennedy said: "People want a credible, principled political party which offers a different vision of what Britain can be."',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Charles Kennedy', cue: 'said', via: 'named' });
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
  it('does not when its own attribution follows (`“Out!” the crowd yelled.`)', () => {
    const quotes = run(
      '“The bad ones, the gang members?” Trump asked, turning the question into an audience participation project.',
      '“Out!” the crowd yelled.',
    );
    expect(quotes[1]?.speaker).not.toBe('Trump');
  });
});

describe('names', () => {
  it('are matched by the surname before a generational suffix (`Luther Stan Pate IV` … `Pate`)', () => {
    const quotes = run(
      'But it turns out, actually, that Rubio donor Luther Stan Pate IV—a Tuscaloosa real estate tycoon worth millions—was the one behind the effort.',
      'Thus far, Rubio is keeping the maximum-allowable-by-law political contribution to his campaign that Pate made—all $2,700 worth.',
      'Pate and his allies—and Rubio’s allies—have been desperately trying to separate Rubio from the underhanded effort. Pate claimed in an interview with Breitbart News that he’s not backing any particular candidate, and in addition to a private meeting he had with Rubio a year ago, he also hosted Bush aboard his private jet.',
      '“I have not had any conversations with any campaign in almost a year,” he said in the interview with Breitbart News.',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Luther Stan Pate IV', via: 'pronoun' });
  });
});

describe('a person introduced by kin and a first name (`his wife, Jane,`)', () => {
  it('is a speaker of their own, of the kin’s gender', () => {
    const quotes = run(
      'The day before, at a Johnson-Weld rally in Concord, N.H., 14-year-old Aubrey Pelletier hoisted a sign that read "15%!" Her father, Brad, 39, worried that too many voters limit the news they read and couldn’t see the point of choosing Johnson.',
      '"People are afraid of wasting their votes," he surmised. "On Facebook, I see Gary Johnson stuff all the time."',
    );
    const spoken = quotes.filter((q) => /votes|Facebook/.test(q.text));
    expect(spoken.map((q) => q.speaker)).toEqual(['Brad', 'Brad']);
  });
});

describe('names with a month in them', () => {
  it('are people when the month is a surname after given names (`Yin Myint May`)', () => {
    const quotes = run(
      'Monday night, as the music blared and pro-democracy forces danced and cheered in Rangoon’s streets, one NLD volunteer was more circumspect. Yin Myint May, 60, a doctor, said she was elated but still feared the military. She fears that the generals will not honor the election results, as in 1990.',
      '"We have to be cautious about it. It’s almost hard to believe," she said.',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Yin Myint May', via: 'pronoun' });
  });
});

describe('a role before a name', () => {
  it('is not a person’s name (`Presumptive Democrat nominee Hillary Clinton`)', () => {
    const quotes = run(
      'Presumptive Democrat nominee Hillary Clinton said The Clinton Foundation had “overwhelming disclosure,” referencing its donations on Wednesday, but multiple reports reveal that’s untrue.',
      'She was defending the organization against recent attacks from presumptive Republican nominee Donald Trump, but admitted “one or two instances” where the nonprofit’s donations may have “slipped through the cracks.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([
      'Hillary Clinton',
      'Hillary Clinton',
      'Hillary Clinton',
    ]);
  });
});

describe('a "he" or "she"', () => {
  it('skips a sentence in which the same pronoun comes before the first name', () => {
    const quotes = run(
      'Hillary Clinton won the state.',
      'Naureen Jahangir, a Sanders supporter from Hemet, California, is among those who say they have no intention of backing Clinton. The Sanders campaign was the first time she had been politically involved, and she doesn’t think Clinton can address the issues that Sanders raised during the primary.',
      'Choosing between Clinton and Sanders is a “false choice, because it’s a choice between Clinton, Trump, Gary Johnson, and Dr. Jill Stein, at the very least,” she said.',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Naureen Jahangir', via: 'pronoun' });
  });
});

describe('the subject of a clause that ends in a cue', () => {
  it('is not what a participle after the quote is about (`,” promising the Friends of Abe will …`)', () => {
    const quotes = run(
      'Boreing said the members will still meet for drinks and speakers, but said, “It’s time we change how we do it,” promising the Friends of Abe will return to its roots.',
    );
    expect(quotes[0]?.speaker).toBe('Boreing');
  });
});

describe('a pronoun after a sentence about a "he"', () => {
  it('refers to whom that sentence’s "he" refers to, a paragraph further back', () => {
    const quotes = run(
      'Donald Trump was magnanimous in declaring victory Tuesday night.',
      'Trump never mentioned Clinton, who trailed Sanders by more than 20 points with more than three-quarters of the results in.',
      'He nodded only obliquely to his second-place finish in Iowa behind Ted Cruz.',
      '"You know, we learned a lot about ground games in one week, I have to tell you,” he said.',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Donald Trump', via: 'pronoun' });
  });
});

describe('a cue before the quotation, in the same clause', () => {
  it('wins over the attribution after it (`a clip that Judge Mosman called “distasteful,” Santilli expressed`)', () => {
    const quotes = run(
      'And, in a clip that U.S. District Judge Michael W. Mosman called "distasteful," Santilli expressed a desire to "try, convict and shoot Hillary Clinton."',
    );
    expect(quotes[0]).toMatchObject({ text: 'distasteful,', speaker: 'Michael W. Mosman' });
  });

  it('leaves the next sentence unread (`Ducey called the long lines "unacceptable." Phoenix Mayor Greg Stanton wrote …`)', () => {
    const quotes = run(
      'The day after the primary, Republican Gov. Doug Ducey called the long lines "unacceptable." Phoenix Mayor Greg Stanton wrote a letter to Attorney General Loretta E. Lynch asking the Justice Department to investigate.',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Doug Ducey', cue: 'called' });
  });

  it('is not read past a conjunction as a role (`… “kind of riding the fence” until Haley said …`)', () => {
    const quotes = run(
      'Jason Sims, a voter from Greenville, backed Rubio.',
      'Sims say he was “kind of riding the fence” until Haley said she was backing the Florida senator.',
    );
    expect(quotes[0]?.speaker).toBe('Jason Sims');
  });
});

describe('a sentence’s subject', () => {
  it('is not a name after a verb (`Her liberal friends have mocked Trump’s rhetoric-heavy campaign`)', () => {
    const quotes = run(
      'Mary Susan, a delegate from Texas, wore a cape.',
      'Her liberal friends have mocked Trump’s rhetoric-heavy campaign, calling Trump “an orange buffoon,” Susan said as she turned around and spread her cape.',
      '“But he’s our orange buffoon, and we love him!”',
    );
    expect(quotes[1]).toMatchObject({ speaker: 'Mary Susan', via: 'context' });
  });
});

describe('an owner’s possessive before a name (BBC)', () => {
  it('names the owner’s office when an office follows (`the US Trade Representative’s Office said`)', () => {
    const quotes = run(
      'Explaining why it has asked the WTO to set up a dispute settlement panel on customs barriers, the US Trade Representative\'s Office said that it wants to tackle the issue "early in the EU\'s process of dealing with the problems of enlargement". Ten countries, mostly in Eastern Europe, joined the EU in May.',
    );
    expect(quotes[0]?.speaker).toBe("US Trade Representative's Office");
  });
});

describe('BBC attributions this round must not break', () => {
  it('a pronoun inside an opening clause looks ahead to the subject (`Since she presented …, Arnold has kept …`)', () => {
    const quotes = run(
      'For Andrea Arnold, who won the category, Ashvin Kumar and Gary McKendry the past month has thrust them from relative obscurity into the limelight.',
      "Since she presented children's TV shows Number 73 and Motormouth in the 1980s, Arnold has kept a low profile and is having trouble adapting to this sudden onslaught of attention. \"I'm not interested in the publicity. It's not my personality. I'm overwhelmed by all the fuss,\" she said.",
    );
    expect(quotes.at(-1)).toMatchObject({ speaker: 'Andrea Arnold', via: 'pronoun' });
  });
});

describe('more cues and speakers', () => {
  it('reads singing as a cue for lyrics (`Billy Joel sings, "…"`)', () => {
    const quotes = run(
      'In Just the Way You Are, Billy Joel sings, "Don\'t go changing to try and please me." With septuagenarian Donald Trump, there\'s not much chance of that happening.',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Billy Joel', cue: 'sings' });
  });
});

describe('a document as the speaker (BBC)', () => {
  it('speaks for whoever issued it (`an IAAF statement said`)', () => {
    const quotes = run(
      'An IAAF statement said: "The Doping Review Board concluded that the decision is erroneous."',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'IAAF', via: 'description' });
  });

  it('an acronym spelled out before is the organisation (`the ADB report said`)', () => {
    const quotes = run(
      'Nearly two million people across Asia could be thrown into poverty because of the Indian Ocean tsunami, the Asian Development Bank (ADB) has said.',
      '"This is a profoundly tragic event for the region and for the millions who are suffering. But the economies of the affected countries except Sri Lanka and the Maldives should emerge with minimal damage," the ADB report said.',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Asian Development Bank', via: 'description' });
  });
});

describe('`told` after a quotation (BBC)', () => {
  it('is followed by whom it was told to, not the speaker (`,” Kirsten Pfeifer from the Consumer Electronics Association, told the BBC News website`)', () => {
    const quotes = run(
      '"Everything is going digital," Kirsten Pfeifer from the Consumer Electronics Association, told the BBC News website.',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Kirsten Pfeifer', cue: 'told' });
  });
});

// BBC politics-399 (outside the bbc-quotes gold): a determiner opens a noun phrase, so the word
// after it (`comments`) is a noun, not a cue with `The` for its subject.
describe('a determiner before a word that can be a cue', () => {
  it('is no subject (`The comments were not a "one-off", he said`)', () => {
    const quotes = run(
      'Labour election campaign coordinator Alan Milburn said the Tories were in "turmoil" because Mr Flight had exposed their hidden plans. The comments were not a "one-off", he said, claiming Mr Howard and other senior Tories were obsessively committed to cutting public spending.',
    );
    expect(quotes.find((q) => q.text === 'one-off')?.speaker).toBe('Alan Milburn');
  });
});
