/**
 * Zod schema of an article entry: what the pipeline produces for each story of each input file,
 * what the site renders and what `inspect` prints.
 */
import { z } from 'zod';

const valueSource = z.enum([
  'front-matter',
  'header',
  'dateline',
  'author-bio',
  'text',
  'inferred',
  'story',
  'file-name',
  'folder',
  'none',
]);

export const blockSchema = z.object({
  /** Stable anchor within the entry: `p3` for the third paragraph, `s1` for the first subhead. */
  id: z.string(),
  /** Body paragraph, subheading, or list (`l1`: consecutive lines opening with `-`, `•`, `1.` …). */
  type: z.enum(['paragraph', 'subhead', 'list']),
  /** The text, exactly as in the input apart from recorded repairs (a list: its lines, `\n`-joined). */
  text: z.string(),
  /** A list: numbered (`1.`, `a)`) rather than bulleted. */
  ordered: z.boolean().optional(),
  /** A list: the number its items start at, when numbered in digits. */
  start: z.number().int().optional(),
  /** A list: each item's text without its marker, in order. */
  items: z.array(z.string()).optional(),
});

export const removedSchema = z.object({
  /** The text taken out of the body. */
  text: z.string(),
  /** Why, as a short code (`author-bio`, `teaser`, `dek` …). */
  reason: z.string(),
  /** A plain-words explanation, when there is more to say. */
  detail: z.string().optional(),
});

export const repairSchema = z.object({
  /** What kind of repair (`drop-cap`, `mojibake`). */
  kind: z.string(),
  /** The text before the repair. */
  before: z.string(),
  /** The text after it. */
  after: z.string(),
  /** How the repair was decided, and where it is. */
  detail: z.string(),
  /** The line of the input file it is on (mojibake repairs). */
  line: z.number().int().min(1).optional(),
  /** The body block holding the repaired text (`p3`), when it is in the body. */
  block: z.string().optional(),
});

/** What a quotation can be: someone's words, a term, the title of a work, a name. */
export const QUOTE_KINDS = ['speech', 'term', 'title', 'name'] as const;

export const quoteSchema = z.object({
  /** Stable id, from the entry id and the quote's text: the quote page is `/quotes/<id>/`. */
  id: z.string(),
  /** The block (paragraph) it sits in: `p3`. */
  block: z.string(),
  /** Offsets of `text` in the block's text. */
  start: z.number().int(),
  end: z.number().int(),
  /** The quoted words, without the surrounding quotation marks. */
  text: z.string(),
  /** The speaker's canonical name across the corpus (fullest form, no titles), or null. */
  speaker: z.string().nullable(),
  /** URL slug of the speaker's page (`/speakers/<speakerId>/`), unique across the corpus; null without a speaker. */
  speakerId: z.string().nullable(),
  /** The fullest form of the speaker's name in this article. */
  speakerName: z.string().nullable(),
  /** The speaker as the attribution words name them: `he`, `the Russian leader`, `Putin`. */
  speakerMention: z.string().nullable(),
  /** The reporting verb: said, told, added, warned, according to … */
  cue: z.string().nullable(),
  /**
   * How the speaker was found: named in the attribution, a pronoun, a description, the previous
   * speaker carried over, or (no attribution words at all) the first name in the quote's sentence.
   */
  via: z.enum(['named', 'pronoun', 'description', 'context', 'sentence']).nullable(),
  /** Who passed the words on (`according to TASS`), when that is not the speaker. */
  relay: z.string().nullable(),
  /**
   * The pass of the attribution sieve that found the speaker (`cue-subject`, `said-x`,
   * `according-to`, `continuation`, `last-resort` …; the list is `SIEVE` in
   * `src/pipeline/quotes/sieve.ts`); null when no pass did. Absent in entries made before it.
   */
  rule: z.string().nullable().optional(),
  /** A short quotation inside a sentence (`a “difficult task.”`) rather than a full statement. */
  fragment: z.boolean(),
  /**
   * What the quotation is: someone's words (`speech`), a term or scare quote (`term`), the title
   * of a work (`title`) or a name (`name`). Only speech has a speaker; absent means speech.
   */
  kind: z.enum(QUOTE_KINDS).optional(),
  /** For a quote split around its attribution, the id of its first part. */
  utterance: z.string().nullable(),
  /** The id of the first-seen quote this one rewords (the same words reported by another outlet). */
  variantOf: z.string().nullable(),
});

export type Quote = z.infer<typeof quoteSchema>;

export const entityMentionSchema = z.object({
  /** URL slug of the entity's page (`/entities/<id>/`), unique across the corpus. */
  id: z.string(),
  /** The canonical name across the corpus (fullest, most used form). */
  name: z.string(),
  /** What it is: `other` for awards, events and works (`Oscar`, `World Cup`, `Vera Drake`). */
  kind: z.enum(['person', 'organization', 'place', 'other']),
  /** The name as this article first writes it. */
  mention: z.string(),
  /** Where the first mention is: block id and offsets in that block's text. */
  block: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** How many times this article mentions it. */
  count: z.number().int().min(1),
});

export type EntityMention = z.infer<typeof entityMentionSchema>;

export const entrySchema = z.object({
  /** Stable id, from the file path (or front-matter `id`); a second story in a file gets `-part-2`. */
  id: z.string(),
  /** The page's path on the site, without the base path. */
  url: z.string(),
  /** The input file, relative to the content folder. */
  file: z.string(),
  /** Which story of the file this is (1-based), and how many the file holds. */
  part: z.number().int().min(1),
  parts: z.number().int().min(1),
  /** The headline. */
  title: z.string(),
  /** Where the headline came from: front matter, a title line in the text, or inferred. */
  titleSource: z.enum(['front-matter', 'text', 'inferred']),
  /** The standfirst under the headline, if any. */
  dek: z.string().nullable(),
  /** Publication date `YYYY-MM-DD`, or null when unknown. */
  date: z.string().nullable(),
  dateSource: valueSource,
  /** Author names as written. */
  authors: z.array(z.string()),
  authorsSource: valueSource,
  /** The outlet or agency. */
  source: z.string().nullable(),
  sourceFrom: valueSource,
  /** The section or desk (`sport`), from a `folder.yaml` or the name of the file's top folder. */
  section: z.string().nullable(),
  sectionSource: z.enum(['folder', 'folder-name', 'none']),
  /** The dateline taken off the lead (`WASHINGTON (AP)`). */
  dateline: z.string().nullable(),
  /** The original address from front matter. */
  sourceUrl: z.string().nullable(),
  /** Body blocks in reading order. */
  blocks: z.array(blockSchema),
  /** Direct quotations, in reading order. */
  quotes: z.array(quoteSchema),
  /** Everything taken out of the body, with the reason. */
  removed: z.array(removedSchema),
  /** Changes made to the text, with the evidence. */
  repairs: z.array(repairSchema),
  /** Problems worth a reader's attention. */
  warnings: z.array(z.string()),
  /** What the parser inferred and why (the dek, a split), in plain words. */
  notes: z.array(z.string()),
  /** Why the file was split before this story, when it was. */
  splitEvidence: z.string().nullable(),
  /** The encoding the file was read in. */
  encoding: z.string(),
  /** The story (same event, several outlets) this entry belongs to: `/stories/<story>/`. */
  story: z.string().nullable(),
  /** The id of an earlier entry whose text this one rewords (a rewrite or duplicate). */
  rewriteOf: z.string().nullable(),
  /** Up to five entries most similar in content, most similar first. */
  related: z.array(z.string()),
  /** People, organisations and places named, in order of first mention. */
  entities: z.array(entityMentionSchema),
});

export type Entry = z.infer<typeof entrySchema>;
export type Block = z.infer<typeof blockSchema>;

/**
 * The fields of an entry kept out of the content store, its text and what was found in it:
 * nearly all of an entry's weight (`loaders/article-details.ts`).
 */
const DETAILS = {
  blocks: true,
  quotes: true,
  entities: true,
  removed: true,
  repairs: true,
} as const;

/** An entry as the content store holds it: everything but its details. */
export const storedEntrySchema = entrySchema.omit(DETAILS);
/** The details of an entry: its blocks, quotes, entity mentions, removed text and repairs. */
export const entryDetailsSchema = entrySchema.pick(DETAILS);

export type StoredEntry = z.infer<typeof storedEntrySchema>;
export type EntryDetails = z.infer<typeof entryDetailsSchema>;

/** What became of one input file: shown in the corpus report and printed by `inspect --files`. */
export const fileReportSchema = z.object({
  /** The input file, relative to the content folder. */
  file: z.string(),
  /** ok: read cleanly; warning: read, with problems; skipped: not read (reason says why). */
  status: z.enum(['ok', 'warning', 'skipped']),
  /** Why a file was skipped. */
  reason: z.string().nullable(),
  /** File size in bytes. */
  bytes: z.number().int(),
  /** Ids of the entries made from it. */
  entries: z.array(z.string()),
  /** Warnings about the file and its entries. */
  warnings: z.array(z.string()),
  /** Number of pieces removed from its text. */
  removedCount: z.number().int(),
});

export type FileReport = z.infer<typeof fileReportSchema>;
