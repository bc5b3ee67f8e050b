/** The seed corpus's search index, served to a `SearchEngine` from memory. */
import { buildSearchIndex, recordChunk, type SearchIndex } from '../../../src/search/build.ts';
import { SearchEngine, type Loader } from '../../../src/search/engine.ts';
import { seedCorpus } from '../seeds.ts';

let index: SearchIndex | undefined;

export function seedIndex(): SearchIndex {
  index ??= buildSearchIndex(seedCorpus().entries, { chunkSize: 40, wordsPerBucket: 32 });
  return index;
}

/** A loader answering the index's file paths, counting what was asked for. */
export function memoryLoader(ix: SearchIndex, requested: string[] = []): Loader {
  return async (path) => {
    requested.push(path);
    if (path === 'meta.json') return ix.meta;
    if (path === 'owners.json') return ix.owners;
    const vocab = /^vocab\/(.+)\.json$/.exec(path);
    if (vocab?.[1] !== undefined) return ix.vocab.get(vocab[1]);
    const postings = /^postings\/(\d+)\.json$/.exec(path);
    if (postings?.[1] !== undefined) return ix.postings[Number(postings[1])];
    const more = /^more\/(\d+)\.json$/.exec(path);
    if (more?.[1] !== undefined) return ix.more.get(Number(more[1]));
    const records = /^records\/(\d+)\.json$/.exec(path);
    if (records?.[1] !== undefined) return recordChunk(ix, Number(records[1]));
    throw new Error(`no such file: ${path}`);
  };
}

export function seedEngine(requested: string[] = []): SearchEngine {
  return new SearchEngine(memoryLoader(seedIndex(), requested));
}
