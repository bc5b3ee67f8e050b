import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, type SearchState } from '../../../src/search/query.ts';
import { buildSearchIndex, recordText } from '../../../src/search/build.ts';
import { SearchEngine } from '../../../src/search/engine.ts';
import { tokens } from '../../../src/search/text.ts';
import { seedCorpus } from '../seeds.ts';
import { memoryLoader } from './helpers.ts';
import { seedEngine, seedIndex } from './helpers.ts';

const search = (q: string, state: Partial<SearchState> = {}) =>
  seedEngine().search({ ...EMPTY_STATE, ...state, q });

const marked = (h: { text: string; ranges: [number, number][] } | null): string[] =>
  h ? h.ranges.map(([s, e]) => h.text.slice(s, e)) : [];

describe('search engine on the seeds', () => {
  it('finds the Trump quote for “two to tango”, first', async () => {
    const { hits } = await search('two to tango');
    const first = hits[0];
    expect(first?.kind).toBe('quote');
    expect(first?.speaker).toBe('Donald Trump');
    expect(first?.path).toMatch(/^\/quotes\/q[0-9a-f]+\/$/);
    expect(first?.snippet?.text).toContain('two to tango');
  });

  it('matches an exact phrase only where the words run together', async () => {
    const { hits } = await search('"two to tango"');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      const h = hit.kind === 'article' ? hit.title : hit.snippet;
      expect(marked(h).map((m) => m.toLowerCase())).toContain('two to tango');
    }
    expect(hits.some((h) => h.snippet?.text.includes('two people to tango'))).toBe(false);
  });

  it.each([
    ['Witkov', 'Witkoff'],
    ['Zelensky', 'Zelenskyy'],
    ['Donbass', 'Donbas'],
  ])('is typo- and variant-tolerant: %s finds %s', async (query, variant) => {
    const { hits } = await search(query);
    const all = hits.flatMap((h) => [...marked(h.snippet), ...marked(h.title)]);
    expect(all).toContain(variant);
  });

  it('links paragraphs to their anchor and ranks titles and quotes above body text', async () => {
    const { hits } = await search('Witkov', { type: 'articles' });
    expect(hits.every((h) => h.kind !== 'quote')).toBe(true);
    expect(hits[0]?.path).toMatch(/^\/articles\/[^/]+\/#p\d+$/);
    const quotes = await search('tango');
    expect(quotes.hits[0]?.kind).toBe('quote');
  });

  it('fetches few postings for a word of the corpus, and still finds what a typo meant', async () => {
    const postings = async (q: string): Promise<number> => {
      const requested: string[] = [];
      await seedEngine(requested).search({ ...EMPTY_STATE, q });
      return requested.filter((p) => p.startsWith('postings/')).length;
    };
    // "Donbass" is a word of the seeds: itself and its commoner spelling "Donbas", no more.
    expect(await postings('Donbass')).toBeLessThanOrEqual(3);
    // "Ukrainain" is not: its neighbours within two edits are tried, the word meant among them.
    const { hits } = await search('Ukrainain');
    expect(hits.flatMap((h) => [...marked(h.snippet), ...marked(h.title)])).toContain('Ukrainian');
  });

  it('ranks the whole word above its fuzzy neighbours', async () => {
    const { hits } = await search('Donbass');
    expect(marked(hits[0]?.snippet ?? null)).toContain('Donbass');
  });

  it('filters by type, speaker, outlet and date', async () => {
    const quotes = await search('meeting', { type: 'quotes' });
    expect(quotes.hits.length).toBeGreaterThan(0);
    expect(quotes.hits.every((h) => h.kind === 'quote')).toBe(true);
    const rubio = await search('meeting', { speaker: 'Marco Rubio' });
    expect(rubio.hits.length).toBeGreaterThan(0);
    expect(rubio.hits.every((h) => h.speaker === 'Marco Rubio')).toBe(true);
    const cnn = await search('Putin', { outlet: 'CNN' });
    expect(cnn.hits.every((h) => h.outlet === 'CNN')).toBe(true);
    const none = await search('Putin', { to: '1999-12-31' });
    expect(none.total).toBe(0);
  });

  it('fetches only part of the index for a query', async () => {
    const requested: string[] = [];
    await seedEngine(requested).search({ ...EMPTY_STATE, q: 'tango' });
    expect(requested).toContain('meta.json');
    expect(requested.filter((p) => p.startsWith('vocab/'))).toEqual(['vocab/t.json']);
    expect(new Set(requested).size).toBe(requested.length);
  });

  it('fetches no meta file when the page holds it, and no file for the heads of results', async () => {
    const ix = seedIndex();
    const requested: string[] = [];
    const engine = new SearchEngine(memoryLoader(ix, requested), ix.meta);
    const { hits } = await engine.search({ ...EMPTY_STATE, q: 'tango', type: 'quotes' });
    expect(hits.length).toBeGreaterThan(0);
    expect(requested).not.toContain('meta.json');
    // Quotes only: every record file fetched holds quotes (ids from the quote range on).
    const first = Math.floor(ix.meta.ranges.q[0] / ix.meta.chunkSize);
    for (const p of requested.filter((f) => f.startsWith('records/'))) {
      expect(Number(/\d+/.exec(p)?.[0])).toBeGreaterThanOrEqual(first);
    }
  });

  it('fetches the postings of the words as typed along with the vocabulary', async () => {
    const ix = seedIndex();
    const requested: string[] = [];
    const memory = memoryLoader(ix, requested);
    let release = (): void => {};
    const vocabHeld = new Promise<void>((resolve) => (release = resolve));
    // The vocabulary answers only once released: what is asked for before that is in parallel.
    const engine = new SearchEngine(async (path) => {
      if (path.startsWith('vocab/')) await vocabHeld;
      return memory(path);
    }, ix.meta);
    const done = engine.search({ ...EMPTY_STATE, q: 'tango' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(requested.some((p) => p.startsWith('postings/'))).toBe(true);
    release();
    expect((await done).hits.length).toBeGreaterThan(0);
  });

  it('says whether every candidate was scored', async () => {
    expect((await search('two to tango')).complete).toBe(true);
  });

  it('returns nothing for an empty query or unknown words', async () => {
    expect((await search('   ')).total).toBe(0);
    expect((await search('xylophonequartet')).total).toBe(0);
  });

  it('ranks the paragraph holding a pasted phrase above a title sharing its words', async () => {
    // The first article's dek says "President Vladimir Putin said"; the paragraph of the other
    // says "President Putin said that Russia" word for word.
    const { hits } = await search('President Putin said that Russia');
    expect(hits[0]?.kind).toBe('paragraph');
    expect(hits[0]?.snippet?.text).toContain('President Putin said that Russia');
  });

  it('ranks a paragraph holding the words as typed above short titles and quotes holding some', async () => {
    for (const q of ['peace talks that have', 'his meeting with Trump', 'wants to end the']) {
      const { hits } = await search(q);
      expect(hits[0]?.kind).toBe('paragraph');
      expect(hits[0]?.snippet?.text).toContain(q);
    }
  });

  it('finds a phrase of stopwords around one word by its neighbours, before any text is fetched', async () => {
    // One record per file: only the candidates the prior puts first are fetched.
    const ix = buildSearchIndex(seedCorpus().entries, { chunkSize: 1 });
    const requested: string[] = [];
    const engine = new SearchEngine(memoryLoader(ix, requested));
    // "region", "said", "Ukraine" are in many records; which ones have them beside these
    // stopwords only the neighbours tell.
    for (const q of ['He has said the', 'region but has not', 'with Ukraine and its']) {
      const { hits } = await engine.search({ ...EMPTY_STATE, q });
      expect(hits[0]?.snippet?.text).toContain(q);
    }
    expect(requested.filter((p) => p.startsWith('records/')).length).toBeLessThan(ix.meta.chunks);
  });

  it('does not let a capped posting list outweigh the words whose lists are complete', async () => {
    // Lists of at most 4 records: "Putin", "Moscow" and "Tuesday" are capped, and which
    // records hold them beyond the cap is unknown; the phrase is still found by its neighbours.
    const ix = buildSearchIndex(seedCorpus().entries, { chunkSize: 1, maxPostings: 4 });
    const engine = new SearchEngine(memoryLoader(ix));
    for (const q of ['Moscow on Tuesday, Putin', '“difficult task.” He reiterated']) {
      const { hits } = await engine.search({ ...EMPTY_STATE, q });
      expect(hits[0]?.snippet?.text).toContain(q);
    }
  });
});

describe('paging through every result', () => {
  // Three candidates ranked at a time: the seeds' results of a common word take many batches.
  const paged = (): SearchEngine =>
    new SearchEngine(memoryLoader(seedIndex()), undefined, { batchSize: 3 });

  /** Every page of `q`, `size` results each, until a page comes back short. */
  async function allPages(engine: SearchEngine, q: string, size: number) {
    const hits = [];
    const totals = new Set<number>();
    for (let offset = 0; ; offset += size) {
      const page = await engine.search({ ...EMPTY_STATE, q }, size, offset);
      totals.add(page.total);
      expect(page.complete).toBe(true);
      hits.push(...page.hits);
      if (page.hits.length < size) break;
    }
    return { hits, totals };
  }

  it.each(['Putin', 'Kremlin', 'Ukraine'])(
    'reaches every article and quote holding %j, each once, as many as the count said',
    async (q) => {
      const ix = seedIndex();
      const word = tokens(q)[0] ?? '';
      const records = ix.chunks.flat();
      const articles = new Set<string>();
      const quotes = new Set<string>();
      for (const r of records) {
        if (!tokens(recordText(r)).includes(word)) continue;
        if (r.t === 'q') quotes.add(`/quotes/${r.id}/`);
        else articles.add(r.t === 'a' ? r.id : (records[r.a] as { id: string }).id);
      }
      const { hits, totals } = await allPages(paged(), q, 4);
      expect([...totals]).toEqual([articles.size + quotes.size]);
      const quoteHits = hits.filter((h) => h.kind === 'quote').map((h) => h.path);
      const articleHits = hits.filter((h) => h.kind !== 'quote').map((h) => h.articleId);
      expect(new Set(quoteHits)).toEqual(quotes);
      expect(quoteHits).toHaveLength(quotes.size);
      expect(new Set(articleHits)).toEqual(articles);
      expect(articleHits).toHaveLength(articles.size);
    },
  );

  it.each(['Putin', 'Ukraine'])(
    'reaches the records of %j beyond a capped posting list, the count a lower bound until then',
    async (q) => {
      // Lists of at most 4 records: the rest of each word's list is fetched only once the
      // reader pages past every record the capped lists reach.
      const ix = buildSearchIndex(seedCorpus().entries, { chunkSize: 40, maxPostings: 4 });
      const full = await allPages(paged(), q, 4);
      const requested: string[] = [];
      const engine = new SearchEngine(memoryLoader(ix, requested), undefined, { batchSize: 3 });
      const first = await engine.search({ ...EMPTY_STATE, q }, 4, 0);
      expect(first.complete).toBe(false);
      expect(requested.some((p) => p.startsWith('more/'))).toBe(false);
      const hits = [...first.hits];
      let last = first;
      for (let offset = 4; last.hits.length === 4; offset += 4) {
        last = await engine.search({ ...EMPTY_STATE, q }, 4, offset);
        hits.push(...last.hits);
      }
      expect(requested.some((p) => p.startsWith('more/'))).toBe(true);
      expect(last.complete).toBe(true);
      expect(last.total).toBe(hits.length);
      expect(new Set(hits.map((h) => h.path)).size).toBe(hits.length);
      expect(new Set(hits.map((h) => h.quoteId ?? h.articleId))).toEqual(
        new Set(full.hits.map((h) => h.quoteId ?? h.articleId)),
      );
    },
  );

  it('gives the same page for the same address, asked for first or after the others', async () => {
    const later = await paged().search({ ...EMPTY_STATE, q: 'Putin' }, 4, 8);
    const engine = paged();
    await engine.search({ ...EMPTY_STATE, q: 'Putin' }, 4, 0);
    await engine.search({ ...EMPTY_STATE, q: 'Putin' }, 4, 4);
    const third = await engine.search({ ...EMPTY_STATE, q: 'Putin' }, 4, 8);
    expect(third.hits.map((h) => h.path)).toEqual(later.hits.map((h) => h.path));
    expect(third.hits.length).toBeGreaterThan(0);
  });

  it('says the count is a lower bound when a filter leaves candidates unfetched', async () => {
    const first = await paged().search({ ...EMPTY_STATE, q: 'Putin', outlet: 'CNN' }, 1, 0);
    expect(first.hits).toHaveLength(1);
    expect(first.complete).toBe(false);
    expect(first.total).toBeGreaterThanOrEqual(1);
  });
});
