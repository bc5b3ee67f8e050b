import { describe, expect, it } from 'vitest';
import { renderBody } from '../../../src/pipeline/render-html.ts';

describe('renderBody', () => {
  it('escapes content and gives each paragraph a stable anchor', () => {
    const html = renderBody([
      { id: 'p1', type: 'paragraph', text: '</p><script>alert("x")</script> & more' },
      { id: 's1', type: 'subhead', text: 'Did the talks hold?' },
    ]);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#x3C;script>');
    expect(html).toMatch(/^<p id="p1"><a class="anchor" href="#p1"[^>]*>¶<\/a>/);
    expect(html).toContain('<h2 id="s1">Did the talks hold?</h2>');
  });
});

describe('renderBody entity links', () => {
  const text = 'Vladimir Putin said Russia would “liberate Donbas and Novorossiya,” said Putin.';
  const quoteStart = text.indexOf('liberate');
  const quoteText = 'liberate Donbas and Novorossiya,';
  const quote = {
    id: 'q1',
    block: 'p1',
    start: quoteStart,
    end: quoteStart + quoteText.length,
    text: quoteText,
    speaker: 'Vladimir Putin',
    speakerId: 'vladimir-putin',
    speakerName: 'Vladimir Putin',
    speakerMention: 'Vladimir Putin',
    cue: 'said',
    via: 'named' as const,
    relay: null,
    fragment: false,
    utterance: null,
    variantOf: null,
  };
  const mention = (name: string, kind: 'person' | 'place', written = name) => {
    const start = text.indexOf(written);
    return {
      id: name.toLowerCase().replace(/ /g, '-'),
      name,
      kind,
      mention: written,
      block: 'p1',
      start,
      end: start + written.length,
      count: 1,
    };
  };
  const links = {
    quote: () => '/quotes/q1/',
    speaker: () => '/speakers/vladimir-putin/',
    entity: (e: { id: string }) => `/entities/${e.id}/`,
  };
  const html = renderBody([{ id: 'p1', type: 'paragraph', text }], [quote], links, [
    mention('Vladimir Putin', 'person'),
    mention('Russia', 'place'),
    mention('Donbas', 'place'),
    mention('Novorossiya', 'place'),
  ]);

  it('links a first mention inside its quotation, nested in the <q>', () => {
    expect(html).toContain(
      '<q id="q1" cite="/quotes/q1/" data-speaker="Vladimir Putin">liberate <a class="entity" href="/entities/donbas/">Donbas</a> and <a class="entity" href="/entities/novorossiya/">Novorossiya</a>,</q>',
    );
    expect(html).toContain('<a class="entity" href="/entities/russia/">Russia</a>');
  });

  it('never puts a link inside another: a mention taken by the speaker link moves on', () => {
    expect(html).toContain(
      '<a class="speaker" href="/speakers/vladimir-putin/">Vladimir Putin</a>',
    );
    expect(html).toContain('said <a class="entity" href="/entities/vladimir-putin/">Putin</a>.');
    expect(html).not.toMatch(/<a [^>]*>[^<]*<a /);
  });
});
