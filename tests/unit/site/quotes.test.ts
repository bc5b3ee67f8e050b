import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../src/schemas/entry.ts';
import {
  attributionWords,
  describeAttribution,
  describeVia,
  relayName,
} from '../../../src/site/attribution.ts';
import {
  allQuotes,
  describeBlock,
  kindLabel,
  markQuote,
  outletSlug,
  outletSlugs,
  outletsIndex,
  quoteOpening,
  quotesByArticle,
  quotesById,
  quotesBySpeaker,
  quotesOfSpeaker,
  speakerAliases,
  speakerSlug,
  speakerSlugs,
  speakersIndex,
  speechOnly,
  utteranceParts,
  variantGroup,
  type QuoteSource,
} from '../../../src/site/quotes.ts';
import { uniqueSlugs } from '../../../src/site/slugs.ts';

/** A quote shaped by the schema; `text` is found in `paragraph` for the offsets. */
function quote(id: string, text: string, paragraph: string, fields: Partial<Quote> = {}): Quote {
  const start = paragraph.indexOf(text);
  return {
    id,
    block: 'p1',
    start,
    end: start + text.length,
    text,
    speaker: null,
    speakerId: null,
    speakerName: null,
    speakerMention: null,
    cue: null,
    via: null,
    relay: null,
    fragment: false,
    utterance: null,
    variantOf: null,
    ...fields,
  };
}

function entry(
  id: string,
  date: string | null,
  source: string | null,
  paragraphs: string[],
  quotes: readonly Quote[],
): QuoteSource {
  return {
    id,
    title: `Title of ${id}`,
    date,
    dateSource: date ? 'header' : 'none',
    source,
    blocks: paragraphs.map((text, i) => ({ id: `p${i + 1}`, text })),
    quotes,
  };
}

const CNN_P11 =
  '“What comes out of that meeting?” he added. “I can’t tell you, because it does take two to tango.”';
const CNN_P4 =
  'Putin said Russia would “liberate Donbas and Novorossiya in any case – by military or other means,” according to Russian state media TASS.';
const OTHER_P11 =
  '“What will come out of that meeting?” he added. “It takes two people to tango, so it’s hard to say.”';
const OTHER_P4 =
  'President Putin said that Russia “will liberate Donbass and Novorossia in any case, by military or other means.”';

const trump = {
  speaker: 'Donald Trump',
  speakerId: 'donald-trump',
  speakerName: 'Trump',
  via: 'pronoun' as const,
};
const putin = {
  speaker: 'Vladimir Putin',
  speakerId: 'vladimir-putin',
  speakerName: 'Vladimir Putin',
  speakerMention: 'Putin',
  cue: 'said',
  via: 'named' as const,
  relay: 'according to Russian state media TASS',
};

const cnn = entry(
  'cnn',
  '2025-12-04',
  'CNN',
  [CNN_P4, CNN_P11],
  [
    quote(
      'q-cnn-putin',
      'liberate Donbas and Novorossiya in any case – by military or other means,',
      CNN_P4,
      putin,
    ),
    quote('q-cnn-1', 'What comes out of that meeting?', CNN_P11, {
      ...trump,
      block: 'p2',
      speakerMention: 'he',
      cue: 'added',
    }),
    quote('q-cnn-2', 'I can’t tell you, because it does take two to tango.', CNN_P11, {
      ...trump,
      block: 'p2',
      speakerMention: 'he',
      cue: 'added',
      via: 'context',
      utterance: 'q-cnn-1',
    }),
  ],
);
const other = entry(
  'other',
  null,
  null,
  [OTHER_P4, OTHER_P11],
  [
    quote(
      'q-other-putin',
      'will liberate Donbass and Novorossia in any case, by military or other means.',
      OTHER_P4,
      {
        ...putin,
        speakerMention: 'President Putin',
        relay: null,
        variantOf: 'q-cnn-putin',
      },
    ),
    quote('q-other-1', 'What will come out of that meeting?', OTHER_P11, {
      ...trump,
      block: 'p2',
      speakerName: 'President Trump',
      speakerMention: 'he',
      cue: 'added',
      variantOf: 'q-cnn-1',
    }),
    quote('q-other-2', 'It takes two people to tango, so it’s hard to say.', OTHER_P11, {
      block: 'p2',
    }),
  ],
);
const older = entry('older', '2025-11-30', 'CNN', ['No quotes here.'], []);

describe('allQuotes', () => {
  it('flattens the quotes with their article and paragraph, newest article first, undated last', () => {
    const records = allQuotes([other, older, cnn]);
    expect(records.map((r) => r.quote.id)).toEqual([
      'q-cnn-putin',
      'q-cnn-1',
      'q-cnn-2',
      'q-other-putin',
      'q-other-1',
      'q-other-2',
    ]);
    const first = records[1];
    expect(first?.article).toEqual({
      id: 'cnn',
      title: 'Title of cnn',
      date: '2025-12-04',
      dateSource: 'header',
      source: 'CNN',
    });
    expect(first?.paragraph).toBe(CNN_P11);
  });

  it('gives a null paragraph when the block is missing', () => {
    const lost = entry('lost', null, null, ['Text.'], [quote('q', 'x', 'x', { block: 'p9' })]);
    expect(allQuotes([lost])[0]?.paragraph).toBeNull();
  });

  it('indexes the records by quote id', () => {
    const byId = quotesById(allQuotes([cnn]));
    expect(byId.get('q-cnn-2')?.quote.utterance).toBe('q-cnn-1');
  });
});

describe('slugs', () => {
  it('slugs names with github-slugger', () => {
    const slugs = uniqueSlugs(['Donald Trump', 'Vladimir Putin', 'José Pérez']);
    expect(slugs.get('Donald Trump')).toBe('donald-trump');
    expect(slugs.get('Vladimir Putin')).toBe('vladimir-putin');
    expect(slugs.get('José Pérez')).toBe('josé-pérez');
  });

  it('never gives two names the same slug, whatever their order', () => {
    const names = ['A B', 'a-b', 'A. B', 'A B 2', 'a b'];
    const slugs = uniqueSlugs(names);
    expect(new Set(slugs.values()).size).toBe(names.length);
    expect(uniqueSlugs([...names].reverse())).toEqual(slugs);
    // The plain slug of "A B 2" is kept for it, not taken by a suffixed "a-b".
    expect(slugs.get('A B 2')).toBe('a-b-2');
    expect(slugs.get('A B')).toBe('a-b');
  });

  it('keeps off reserved slugs and gives punctuation-only names a slug', () => {
    const slugs = uniqueSlugs(['Unattributed', '—', '?'], ['unattributed']);
    expect(slugs.get('Unattributed')).toBe('unattributed-2');
    expect(slugs.get('—')).not.toBe('');
    expect(new Set(slugs.values()).size).toBe(3);
  });

  it('uses a preferred slug when there is one, still never two alike', () => {
    const preferred: Record<string, string> = { 'A B': 'ab', 'C D': 'ab', 'E F': 'reserved' };
    const slugs = uniqueSlugs(['A B', 'C D', 'E F', 'G H'], ['reserved'], (n) => preferred[n]);
    expect([...slugs]).toEqual([
      ['A B', 'ab'],
      ['C D', 'ab-2'],
      ['E F', 'reserved-2'],
      ['G H', 'g-h'],
    ]);
  });

  it('takes speaker slugs from the pipeline’s speakerId, else from the name', () => {
    const text = 'Putin said “yes.” Ann Lee said “no.”';
    const e = entry(
      'e',
      null,
      null,
      [text],
      [
        quote('q1', 'yes.', text, { speaker: 'Vladimir Putin', speakerId: 'putin' }),
        quote('q2', 'no.', text, { speaker: 'Ann Lee' }),
      ],
    );
    expect([...speakerSlugs(allQuotes([e]))]).toEqual([
      ['Ann Lee', 'ann-lee'],
      ['Vladimir Putin', 'putin'],
    ]);
  });

  it('gives speakers and outlets their slugs, and names the missing ones', () => {
    const records = allQuotes([cnn, other]);
    const speakers = speakerSlugs(records);
    expect([...speakers]).toEqual([
      ['Donald Trump', 'donald-trump'],
      ['Vladimir Putin', 'vladimir-putin'],
    ]);
    expect(speakerSlug(speakers, 'Donald Trump')).toBe('donald-trump');
    expect(speakerSlug(speakers, null)).toBe('unattributed');
    expect(() => speakerSlug(speakers, 'Nobody')).toThrow(/Nobody/);
    const outlets = outletSlugs(records);
    expect(outletSlug(outlets, 'CNN')).toBe('cnn');
    expect(outletSlug(outlets, null)).toBe('unknown');
  });
});

describe('speakersIndex and outletsIndex', () => {
  const records = allQuotes([cnn, other]);

  it('lists speakers most quoted first, with quote and article counts', () => {
    expect(speakersIndex(records, speakerSlugs(records))).toEqual([
      { name: 'Donald Trump', slug: 'donald-trump', quotes: 3, articles: 2 },
      { name: 'Vladimir Putin', slug: 'vladimir-putin', quotes: 2, articles: 2 },
    ]);
  });

  it('lists outlets by name, the unknown one last', () => {
    expect(outletsIndex(records, outletSlugs(records))).toEqual([
      { name: 'CNN', slug: 'cnn', quotes: 3 },
      { name: null, slug: 'unknown', quotes: 3 },
    ]);
  });
});

describe('a speaker’s quotes', () => {
  const records = allQuotes([cnn, other]);

  it('picks a speaker’s quotes, or the unattributed ones', () => {
    expect(quotesOfSpeaker(records, 'Vladimir Putin').map((r) => r.quote.id)).toEqual([
      'q-cnn-putin',
      'q-other-putin',
    ]);
    expect(quotesOfSpeaker(records, null).map((r) => r.quote.id)).toEqual(['q-other-2']);
  });

  it('groups all records by speaker in one pass', () => {
    const bySpeaker = quotesBySpeaker(records);
    expect([...bySpeaker.keys()]).toEqual(['Vladimir Putin', 'Donald Trump', null]);
    expect(bySpeaker.get('Donald Trump')).toEqual(quotesOfSpeaker(records, 'Donald Trump'));
  });

  it('groups them by article, newest first, in reading order', () => {
    const groups = quotesByArticle(quotesOfSpeaker(records, 'Donald Trump'));
    expect(groups.map((g) => [g.article.id, g.records.map((r) => r.quote.id)])).toEqual([
      ['cnn', ['q-cnn-1', 'q-cnn-2']],
      ['other', ['q-other-1']],
    ]);
  });

  it('lists the other names and mentions, most used first, without the canonical name', () => {
    expect(speakerAliases(records, 'Donald Trump')).toEqual(['he', 'Trump', 'President Trump']);
    expect(speakerAliases(records, 'Vladimir Putin')).toEqual(['President Putin', 'Putin']);
  });

  it('writes a pronoun seen at a sentence start and mid-sentence as mid-sentence', () => {
    const text = 'He said “yes.” Later he said “no.”';
    const said = {
      speaker: 'Ann Lee',
      speakerName: 'Ann Lee',
      cue: 'said',
      via: 'pronoun' as const,
    };
    const lee = entry(
      'lee',
      null,
      null,
      [text],
      [
        quote('q1', 'yes.', text, { ...said, speakerMention: 'He' }),
        quote('q2', 'no.', text, { ...said, speakerMention: 'he' }),
      ],
    );
    expect(speakerAliases(allQuotes([lee]), 'Ann Lee')).toEqual(['he']);
  });
});

describe('variantGroup', () => {
  const records = allQuotes([cnn, other]);
  const byId = quotesById(records);
  const ids = (id: string) =>
    variantGroup(records, byId.get(id)?.quote ?? quote(id, '', '')).map((r) => r.quote.id);

  it('is the first-seen quote and every quote that rewords it, from any member', () => {
    expect(ids('q-cnn-putin')).toEqual(['q-cnn-putin', 'q-other-putin']);
    expect(ids('q-other-putin')).toEqual(['q-cnn-putin', 'q-other-putin']);
    expect(ids('q-other-1')).toEqual(['q-cnn-1', 'q-other-1']);
  });

  it('is the rewordings alone when the first-seen quote is gone', () => {
    const orphans = allQuotes([other]);
    const reworded = orphans[0]?.quote;
    expect(reworded?.variantOf).toBe('q-cnn-putin');
    expect(variantGroup(orphans, reworded ?? quote('x', '', ''))).toEqual([]);
  });

  it('is empty for a quote without variants', () => {
    expect(ids('q-cnn-2')).toEqual([]);
    expect(ids('q-other-2')).toEqual([]);
  });
});

describe('utteranceParts', () => {
  const records = allQuotes([cnn, other]);
  const byId = quotesById(records);
  const parts = (id: string) => {
    const record = byId.get(id);
    return record ? utteranceParts(records, record).map((r) => r.quote.id) : null;
  };

  it('gives all parts of a split quote in reading order, from any part', () => {
    expect(parts('q-cnn-1')).toEqual(['q-cnn-1', 'q-cnn-2']);
    expect(parts('q-cnn-2')).toEqual(['q-cnn-1', 'q-cnn-2']);
  });

  it('never joins parts of different articles', () => {
    const copy = entry('copy', null, null, [CNN_P4, CNN_P11], cnn.quotes);
    const both = allQuotes([cnn, copy]);
    const second = both.find((r) => r.article.id === 'copy' && r.quote.id === 'q-cnn-2');
    expect(second && utteranceParts(both, second).map((r) => r.article.id)).toEqual([
      'copy',
      'copy',
    ]);
  });

  it('is empty for a quote that is not split', () => {
    expect(parts('q-cnn-putin')).toEqual([]);
    expect(parts('q-other-1')).toEqual([]);
  });
});

describe('markQuote', () => {
  it('cuts the paragraph at the quote’s offsets', () => {
    const q = quote('q', 'two to tango', CNN_P11);
    expect(markQuote(CNN_P11, q)).toEqual({
      before:
        '“What comes out of that meeting?” he added. “I can’t tell you, because it does take ',
      quoted: 'two to tango',
      after: '.”',
    });
  });

  it('falls back to finding the text when the offsets are off, and gives up when it is absent', () => {
    const q = { ...quote('q', 'two to tango', CNN_P11), start: 0, end: 3 };
    expect(markQuote(CNN_P11, q)?.quoted).toBe('two to tango');
    expect(markQuote(CNN_P11, { start: 0, end: 5, text: 'not there' })).toBeNull();
    expect(markQuote(CNN_P11, { start: 0, end: 0, text: '' })).toBeNull();
  });
});

describe('small labels', () => {
  it('describes blocks and opens quotes', () => {
    expect(describeBlock('p11')).toBe('paragraph 11');
    expect(describeBlock('s1')).toBe('block s1');
    expect(quoteOpening('I can’t tell you, because it does take two to tango.')).toBe(
      'I can’t tell you, because it…',
    );
    expect(quoteOpening('  difficult task. ')).toBe('difficult task.');
  });
});

describe('attribution words', () => {
  it('says how the speaker was found', () => {
    expect(describeVia('named')).toBe('named');
    expect(describeVia('pronoun')).toBe('from a pronoun');
    expect(describeVia('description')).toBe('from a description');
    expect(describeVia('context')).toBe('continuing the previous speaker');
    expect(describeVia('sentence')).toBe('a guess from the sentence');
    expect(describeVia(null)).toBe('no speaker found');
  });

  it('names the relay without “according to”', () => {
    expect(relayName('according to TASS')).toBe('TASS');
    expect(relayName('TASS')).toBe('TASS');
    expect(relayName(null)).toBeNull();
    expect(relayName('according to ')).toBeNull();
  });

  it('puts mention and cue in reading order', () => {
    expect(attributionWords({ speakerMention: 'he', cue: 'added' })).toBe('he added');
    expect(attributionWords({ speakerMention: 'Putin', cue: 'according to' })).toBe(
      'according to Putin',
    );
    expect(attributionWords({ speakerMention: null, cue: 'said' })).toBe('said');
    expect(attributionWords({ speakerMention: null, cue: null })).toBeNull();
  });

  it('composes the evidence line from the fields', () => {
    expect(
      describeAttribution({
        speaker: 'Donald Trump',
        speakerMention: 'he',
        cue: 'added',
        via: 'pronoun',
      }),
    ).toBe('“he added” → Donald Trump, the most recent speaker');
    expect(
      describeAttribution({
        speaker: 'Vladimir Putin',
        speakerMention: 'Putin',
        cue: 'said',
        via: 'named',
      }),
    ).toBe('“Putin said” → Vladimir Putin, named in the attribution');
    expect(describeAttribution({ speaker: null, speakerMention: null, cue: null, via: null })).toBe(
      'no attribution words → no speaker found',
    );
  });

  it('names the pass of the sieve that attributed the quote', () => {
    expect(
      describeAttribution({
        speaker: 'Vladimir Putin',
        speakerMention: 'Putin',
        cue: 'said',
        via: 'named',
        rule: 'said-x',
      }),
    ).toBe('“Putin said” → Vladimir Putin, named in the attribution (rule: said-x)');
  });
});

describe('quote kinds on the site', () => {
  // BBC tech-030: a term in quotation marks beside a quote of someone's words.
  const paragraph =
    'This means that the US-based Amazon.com holds a patent for its "one-click shopping" service, for example.';
  const term = quote('qt', 'one-click shopping', paragraph, { fragment: true, kind: 'term' });
  const said = quote('qs', 'This means', paragraph, { speaker: 'Jo Bell', kind: 'speech' });
  const old = quote('qo', 'for example', paragraph, { speaker: 'Jo Bell' });
  const records = allQuotes([entry('a', '2005-01-01', 'BBC', [paragraph], [term, said, old])]);

  it('lists only speech (a quote without a kind is speech)', () => {
    expect(speechOnly(records).map((r) => r.quote.id)).toEqual(['qs', 'qo']);
  });

  it('labels a term, title or name, and not speech', () => {
    expect([term, said, old].map(kindLabel)).toEqual(['term', null, null]);
    expect(kindLabel({ kind: 'title' })).toBe('title of a work');
  });
});
