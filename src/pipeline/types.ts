/**
 * Types shared by the text pipeline: the article tree (an mdast extension) and the per-file facts
 * the plugins record on `file.data`.
 */
import type { Parent, Paragraph, PhrasingContent, Root } from 'mdast';

/** Why a piece of text is not in the article body. Shown on the site and printed by `inspect`. */
export type RemovedReason =
  | 'front-matter'
  | 'metadata-line'
  | 'dateline'
  | 'photo-credit'
  | 'author-bio'
  | 'teaser'
  | 'boilerplate-line'
  | 'duplicate-paragraph'
  | 'near-duplicate-paragraph'
  | 'pull-quote'
  | 'footnote'
  | 'title-line'
  | 'dek';

/** A piece of input text that was taken out of the body, with the reason in plain words. */
export interface RemovedPiece {
  text: string;
  reason: RemovedReason;
  /** A human explanation, e.g. "same text as paragraph 3". */
  detail?: string;
}

/** A change made to the text itself, kept so that it can be shown and undone. */
export interface Repair {
  /**
   * `drop-cap`: a lost first letter; `mojibake`: UTF-8 read in a single-byte encoding;
   * `line-break-hyphen`: a word a typesetter broke with a hyphen at a line's end, rejoined.
   */
  kind: 'drop-cap' | 'mojibake' | 'line-break-hyphen';
  before: string;
  after: string;
  detail: string;
  /** The line of the input file the repair is on, when recorded. */
  line?: number;
  /** The body block (`p3`, `s1`) holding the repaired text, when it is in the body. */
  block?: string;
}

/** Where a metadata value came from. `inferred` values are shown as such on the site. */
export type ValueSource =
  | 'front-matter'
  | 'header'
  | 'dateline'
  | 'author-bio'
  | 'text'
  | 'inferred'
  | 'story'
  | 'file-name'
  | 'folder'
  | 'none';

/** Facts gathered about one article (one story of a file). */
export interface ArticleFacts {
  title?: string;
  titleSource: ValueSource;
  dek?: string;
  date?: string;
  dateSource: ValueSource;
  authors: string[];
  authorsSource: ValueSource;
  source?: string;
  sourceFrom: ValueSource;
  dateline?: string;
  removed: RemovedPiece[];
  repairs: Repair[];
  warnings: string[];
}

/** A line-derived block of text. `blankBefore` tells whether a blank line preceded it. */
export interface Line extends Paragraph {
  data?: Paragraph['data'] & LineData;
}

/** What the plugins note on a line block. */
export interface LineData {
  /** A blank line preceded this line in the input. */
  blankBefore?: boolean;
  /** Set when the line is not body text; the line stays in the tree until entries are built. */
  removal?: { reason: RemovedReason; detail?: string };
  /** Set by the story-split plugin when a new story starts at this line, with the evidence. */
  storyStart?: string;
  /** Set with `storyStart` when the evidence shows this line is the new story's dek. */
  startsWithDek?: boolean;
  /** Set on a pull quote: the body block whose words it repeats (named in `removed` by its id). */
  repeats?: Paragraph | import('mdast').Heading;
  /** Authors and outlet read from an author bio line (no authors: a line crediting helpers). */
  bio?: { authors: string[]; outlet?: string };
}

/** One story inside a file: the unit that becomes an entry. */
export interface Article extends Parent {
  type: 'article';
  children: Array<Paragraph | import('mdast').Heading>;
  data: ArticleFacts;
}

/** The raw `yaml` front-matter block, as in mdast-util-frontmatter. */
export interface Yaml {
  type: 'yaml';
  value: string;
}

declare module 'mdast' {
  interface RootContentMap {
    article: Article;
  }
  interface FrontmatterContentMap {
    yaml: Yaml;
  }
}

/** File-level facts, carried on `file.data` by the plugins. */
export interface FileFacts {
  /** Values from YAML front matter, already validated. */
  frontMatter?: FrontMatter;
  /** Metadata found in header lines (` date 2025-12-04 By …`). */
  header?: {
    date?: string | undefined;
    authors: string[];
    /** The only date the header lines hold is an update's (`Updated Oct 24, 2017`). */
    updatedOnly?: boolean;
  };
  /** Pieces removed before the file was split into stories (front matter, header lines). */
  fileRemoved?: RemovedPiece[];
  /** Notes on how the whole file was read (`hard-wrapped at 72 columns …`), on its first entry. */
  notes?: string[];
  /** Corpus vocabulary used for drop-cap repairs (word → count), given by the corpus stage. */
  vocabulary?: Vocabulary;
}

/** Word counts over the whole corpus, lower-cased; the only way the parser reads the corpus. */
export interface Vocabulary {
  /** Whether the corpus uses a word more than once. */
  known(word: string): boolean;
  /** How often a word occurs. */
  count(word: string): number;
  /** How often a two-letter word is followed by `next`. */
  pairCount(first: string, next: string): number;
  /**
   * In how many files a line of this shape (`lineShape`) occurs when that is often enough to be
   * a page template (at least 3 files, and 1 in 200 of the corpus), else 0.
   */
  repeatedLine?(shape: string): number;
}

/** Validated front-matter fields; any may be absent. */
export interface FrontMatter {
  id?: string;
  title?: string;
  date?: string;
  authors?: string[];
  source?: string;
  url?: string;
}

declare module 'vfile' {
  interface DataMap {
    clippings: FileFacts;
  }
}

export type { Paragraph, PhrasingContent, Root };

/** Creates empty facts for a new article. */
export function emptyFacts(): ArticleFacts {
  return {
    titleSource: 'none',
    dateSource: 'none',
    authors: [],
    authorsSource: 'none',
    sourceFrom: 'none',
    removed: [],
    repairs: [],
    warnings: [],
  };
}
