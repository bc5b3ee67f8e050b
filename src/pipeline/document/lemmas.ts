/**
 * The sentences of a text as compromise's terms with their lemmas (`root`), for the modules that
 * read a clause's verb by its lemma (notes about the article, bio sentences). The terms are read
 * straight off the tagged document, as `tokens.ts` reads its tags: compromise's `sentences()
 * .json()` gives the same fields but also parses every sentence into subject, verb and predicate,
 * which these readers never look at and which costs nearly as much as the tagging.
 */
import nlp, { tag } from './compromise.ts';

/** A word as compromise tagged it: the fields of its `json()` term that readers use. */
export interface LemmaTerm {
  /** The word as written, without the punctuation and spaces around it. */
  text: string;
  /** Punctuation and spaces before and after the word. */
  pre: string;
  post: string;
  /** The word in lower case, without punctuation. */
  normal: string;
  tags: string[];
  /** The lemma (`updated` → `update`), where compromise gives one. */
  root?: string;
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: Set<string>;
  root?: string;
}

/** The sentences of texts read lately: a line is often asked about by more than one reader. */
const cache = new Map<string, Sentences>();
/** Enough for the lines of a corpus's edge zones; cleared when full. */
const CACHE_MAX = 10_000;

type Sentences = readonly (readonly Readonly<LemmaTerm>[])[];

/**
 * Each sentence of the text, in order, as its terms with their tags and lemmas. Shared between
 * the callers that ask about one text: read only.
 */
export function lemmaSentences(text: string): Sentences {
  const cached = cache.get(text);
  if (cached) return cached;
  const doc = tag(text);
  doc.compute('root');
  const sentences = (doc.document as CompromiseTerm[][]).map((sentence) =>
    sentence.map((t) => ({
      text: t.text,
      pre: t.pre,
      post: t.post,
      normal: t.normal,
      tags: [...t.tags],
      ...(t.root !== undefined && { root: t.root }),
    })),
  );
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(text, sentences);
  return sentences;
}

/**
 * The first sentence of the text, tagged on its own: compromise tags sentence by sentence, so a
 * reader of the first clause only (a note about the article) need not tag a whole paragraph.
 * The text is cut into sentences without tagging (`nlp.tokenize`), as the tagger would cut it.
 */
export function firstLemmaSentence(text: string): readonly Readonly<LemmaTerm>[] | undefined {
  const sentence = nlp.tokenize(text).eq(0).text();
  return lemmaSentences(sentence)[0];
}
