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

const PASSES = { cueSubjectAfter, cueSubjectBefore, cueSubjectClosing };

describe('cue-subject', () => {
  it.each([
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
