// Attribution rules of the fifth round, each on a short excerpt of a real article (PolNeAR training split).
import { describe, expect, it } from 'vitest';
import { quotesOf as run } from './quotes-of.ts';

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

describe('an “it” that attributes', () => {
  it('is the publication the sentences before are about (`The Washington Post noted … It added, “…”`)', () => {
    const quotes = run(
      'The Washington Post noted that author Edward Klein was seen with Trump, both riding with him and eating with him in Indianapolis. The Post reported that Klein said he was gathering material for a new venture. It added, “the visit with Klein comes as Trump promises to debut new attacks on the stump about the Clintons.”',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Washington Post', cue: 'added' });
  });

  it('is a body named once, opening the sentence before (`The Islamic State has … It said`)', () => {
    const quotes = run(
      'The Islamic State has previously called for attacks using vehicles, according to the SITE Intelligence Group, which monitors extremist statements. It said supporters of the radical Islamist organization, also known as ISIS or ISIL, were sharing the news of the Nice attack and "celebrating the massacre."',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Islamic State', cue: 'said' });
  });
});

describe('an attribution closing the sentence past clauses of its own', () => {
  it('names the speaker after the cue (`…, forcing her to fend off both Trump and Sanders, said Brad Bannon, a Democratic pollster`)', () => {
    const quotes = run(
      'But a California victory would keep Sanders\' campaign going and help him make his case to superdelegates that he\'s the best candidate to defeat presumptive GOP nominee Donald Trump. That would create a "summer of agony" for Clinton leading up to the convention, forcing her to fend off both Trump and Sanders, said Brad Bannon, a Democratic pollster and consultant.',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Brad Bannon', cue: 'said' });
  });
});

describe('an opening mark typed for a closing one', () => {
  it("closes the quote when a space follows it (`“It's unusual,“ said Larry Noble`)", () => {
    const quotes = run(
      "“It's unusual,“ said Larry Noble, an attorney with the Campaign Legal Center. “It's a hard thing to do and pull off without stepping over one line or another.”",
    );
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["It's unusual,", 'Larry Noble'],
      [
        "It's a hard thing to do and pull off without stepping over one line or another.",
        'Larry Noble',
      ],
    ]);
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
