/**
 * What a quote page says (`quoteView` in `src/site/quote-page.ts`) of a quotation that is no one's
 * words — a term or a name — and of speech beside it, on verbatim BBC paragraphs read by the
 * whole pipeline; and that terms and names are on no speaker's page.
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/corpus/build-corpus.ts';
import { quotePages, quoteView } from '../../../src/site/quote-page.ts';
import { speakerPages } from '../../../src/site/speaker-page.ts';

const ONE_EURO =
  'Among the new initiatives are the so-called "one-euro jobs" which top up unemployment benefit. The scheme\'s formal launch is January, but hirings for these positions are already taking place and affecting the unemployment statistics, economists said. "The deterioration of the labour market does not come as a surprise," said Isabelle Kronawitter at Hypovereinsbank.';
const PRECIOUS =
  'Lucy, 36, tracked down Mr Pound after her birth mother told her he was known as "Precious" at school. Despite being told he was a "nutter who died at sea" she found a reference to Mr Pound on Friends Reunited.';

const entries = () =>
  buildCorpus(
    [
      ['business-022.txt', 'German job creation plans', ONE_EURO],
      ['politics-113.txt', 'MP meets daughter he never knew', PRECIOUS],
    ].map(([rel, title, text]) => ({
      rel: rel!,
      bytes: new TextEncoder().encode(`${title}\n\n${text}\n`),
    })),
  ).entries;

const viewOf = (text: string) => {
  const page = quotePages(entries()).find((p) => p.props.record.quote.text === text);
  if (!page) throw new Error(`no quote page for “${text}”`);
  return quoteView(page.props);
};

describe('a quotation that is no one’s words', () => {
  it.each([
    [
      'one-euro jobs',
      'A term in quotation marks',
      'Term',
      /^A word or phrase the article holds up/,
    ],
    ['Precious', 'A name in quotation marks', 'Name', /^A name in quotation marks \(a nickname/],
  ])('“%s” → %s', (text, heading, label, kind) => {
    const view = viewOf(text);
    expect(view.speech).toBe(false);
    expect(view.heading).toBe(heading);
    expect(view.speakerLabel).toBe(label);
    expect(view.kind).toMatch(kind);
    expect(view.attribution).toBe('Not someone’s words, so no speaker is given');
    expect(view.attribution).not.toMatch(/no speaker found/);
  });

  it('is on no speaker’s page', () => {
    const onSpeakerPages = speakerPages(entries()).flatMap((s) =>
      s.records.map((r) => r.quote.text),
    );
    expect(onSpeakerPages).toContain(
      'The deterioration of the labour market does not come as a surprise,',
    );
    expect(onSpeakerPages).not.toContain('one-euro jobs');
    expect(onSpeakerPages).not.toContain('Precious');
  });
});

describe('speech beside it', () => {
  it('names its speaker and how it was found', () => {
    const view = viewOf('The deterioration of the labour market does not come as a surprise,');
    expect(view.speech).toBe(true);
    expect(view.heading).toBe('Quote from Isabelle Kronawitter');
    expect(view.attribution).toMatch(/^“Isabelle Kronawitter said” → Isabelle Kronawitter, named/);
    expect(view.kind).toBe('A full statement');
  });
});
