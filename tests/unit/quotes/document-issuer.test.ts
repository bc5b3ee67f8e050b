// A definite description of a document as the speaker (`the statement said`) points back to the
// document the sentences before introduced, and speaks for whoever issued it (`document-issuer.ts`).
// Verbatim from PolNeAR train (wash-post_2016-07-15_truck-attack-in-france-kills-at-,
// huff-post_2016-07-18_so-long-grand-old-party-hello-wh).
import { describe, expect, it } from 'vitest';
import { quotesOf } from './quotes-of.ts';

describe('documentIssuer: the statement speaks for whoever issued it', () => {
  it.each([
    [
      'Obama',
      [
        'In Washington, President Obama released a statement Thursday night condemning "what appears to be a horrific terrorist attack in Nice, France." He said he had directed his team to get in touch with French officials to assist with the investigation into the attack.',
        '"We stand in solidarity and partnership with France, our oldest ally, as they respond to and recover from this attack," the statement said.',
      ],
    ],
  ])('→ %s', (name, paragraphs) => {
    expect(quotesOf(...paragraphs).at(-1)?.speaker).toBe(name);
  });

  it.each([
    [
      // The report was introduced four sentences before: too far to point back to.
      [
        'As it happens, this was exactly the sort of demographic change the party warned about in its 2013 report. Between 2000 and 2012, the Republican presidential candidate got between 87 and 88 percent of his total votes from white people. But as the electorate has gradually become less white, white votes are no longer enough to win. Only once in the past six elections has the GOP candidate won the popular vote: 2004, when George W. Bush took 43 percent of the Hispanic vote. In the 2012 election, Romney won only 27 percent of that vote.',
        '“The nation’s demographic changes add to the urgency of recognizing how precarious our position has become,” the report stated.',
      ],
    ],
  ])('no issuer (%#)', (paragraphs) => {
    expect(quotesOf(...paragraphs).at(-1)?.speaker).toBeNull();
  });
});
