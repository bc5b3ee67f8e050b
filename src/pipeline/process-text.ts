/**
 * The text pipeline: decoded, normalised text of one file → its entries. A unified processor with
 * one plugin per job; this module only wires them and turns the article tree into entries.
 */
import type { Heading, Paragraph, Root } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Block, Entry } from '../schemas/entry.ts';
import { extractQuotes } from './quotes/extract-quotes.ts';
import { blockText, lineData } from './blocks.ts';
import { findFileNameDate } from './dates.ts';
import { listShape } from './lists.ts';
import parseLines from './plugins/parse-lines.ts';
import remarkAnnouncements from './plugins/remark-announcements.ts';
import remarkBoilerplate from './plugins/remark-boilerplate.ts';
import remarkBoxes from './plugins/remark-boxes.ts';
import remarkCommentThread from './plugins/remark-comment-thread.ts';
import remarkDataLines from './plugins/remark-data-lines.ts';
import remarkDateline from './plugins/remark-dateline.ts';
import remarkDek from './plugins/remark-dek.ts';
import remarkDropCap from './plugins/remark-drop-cap.ts';
import remarkDuplicates from './plugins/remark-duplicates.ts';
import remarkEdgeZones from './plugins/remark-edge-zones.ts';
import remarkFootnotes from './plugins/remark-footnotes.ts';
import remarkFrontMatter from './plugins/remark-front-matter.ts';
import remarkHeaderLines from './plugins/remark-header-lines.ts';
import remarkHeadline from './plugins/remark-headline.ts';
import remarkInferTitle from './plugins/remark-infer-title.ts';
import remarkMailHeader from './plugins/remark-mail-header.ts';
import remarkPhotoCredits from './plugins/remark-photo-credits.ts';
import remarkPlayers from './plugins/remark-players.ts';
import remarkPullQuote from './plugins/remark-pull-quote.ts';
import remarkRecordFields from './plugins/remark-record-fields.ts';
import remarkRepeatedLines from './plugins/remark-repeated-lines.ts';
import remarkRunningHeads from './plugins/remark-running-heads.ts';
import remarkStorySplit from './plugins/remark-story-split.ts';
import remarkStrayLines from './plugins/remark-stray-lines.ts';
import remarkSubheads from './plugins/remark-subheads.ts';
import remarkTopZone from './plugins/remark-top-zone.ts';
import type { MojibakeRepair } from './repair-mojibake.ts';
import type { Article, RemovedPiece, Repair, ValueSource, Vocabulary } from './types.ts';

/** The processor, built once: plugins keep no state between files. */
const processor = unified()
  .use(parseLines)
  .use(remarkFrontMatter)
  .use(remarkMailHeader)
  .use(remarkHeaderLines)
  .use(remarkRecordFields)
  .use(remarkBoilerplate)
  .use(remarkDataLines)
  .use(remarkAnnouncements)
  .use(remarkPlayers)
  .use(remarkRunningHeads)
  .use(remarkRepeatedLines)
  .use(remarkCommentThread)
  .use(remarkEdgeZones)
  .use(remarkFootnotes)
  .use(remarkTopZone)
  .use(remarkStrayLines)
  .use(remarkBoxes)
  .use(remarkPullQuote)
  .use(remarkStorySplit)
  .use(remarkHeadline)
  .use(remarkDek)
  .use(remarkPhotoCredits)
  .use(remarkDropCap)
  .use(remarkDateline)
  .use(remarkDuplicates)
  .use(remarkSubheads)
  .use(remarkInferTitle)
  .freeze();

export interface ProcessInput {
  /** Normalised text of the file. */
  text: string;
  /** The file's path relative to the content folder (POSIX separators). */
  file: string;
  /** The id derived from the path; front-matter `id` overrides it. */
  id: string;
  /** Encoding the file was read in. */
  encoding: string;
  /** Warnings from reading the file (encoding guesses …). */
  warnings?: string[];
  /** Corpus vocabulary for repairs. */
  vocabulary?: Vocabulary;
  /** Repairs made to the text before it came here (`repairMojibake`), each with its line. */
  textRepairs?: readonly MojibakeRepair[];
}

/** Runs the pipeline over one file's text and returns its entries (one per story). */
export function processText(input: ProcessInput): Entry[] {
  const file = new VFile({ value: input.text, path: input.file });
  file.data.clippings = input.vocabulary ? { vocabulary: input.vocabulary } : {};
  const tree = processor.runSync(processor.parse(file), file) as Root;
  const facts = file.data.clippings;
  const fm = facts.frontMatter ?? {};
  const articles = tree.children.filter((n): n is Article => n.type === 'article');
  const fileWarnings = [...(input.warnings ?? []), ...file.messages.map((m) => m.reason)];
  const baseId = fm.id ?? input.id;
  const placed = placeTextRepairs(input.textRepairs ?? [], articles);
  return articles.map((article, index) => {
    const first = index === 0;
    const d = article.data;
    const removed: RemovedPiece[] = [...(first ? (facts.fileRemoved ?? []) : [])];
    const blocks: Block[] = [];
    let paragraphs = 0;
    let subheads = 0;
    let lists = 0;
    const bioAuthors: string[] = [];
    let bioOutlet: string | undefined;
    const notes: string[] = [...(first ? (facts.notes ?? []) : [])];
    const blockIds = new Map<Paragraph | Heading, string>();
    const repeated: Array<[RemovedPiece, Paragraph | Heading]> = [];
    for (const node of article.children) {
      const data = lineData(node);
      if (data.removal) {
        if (
          (data.removal.reason === 'title-line' && !data.removal.detail) ||
          data.removal.reason === 'dek'
        ) {
          if (data.removal.reason === 'dek')
            notes.push(`dek: ${data.removal.detail ?? 'a standalone line before the lead'}`);
          continue;
        }
        const piece: RemovedPiece = {
          text: blockText(node),
          reason: data.removal.reason,
          ...(data.removal.detail ? { detail: data.removal.detail } : {}),
        };
        removed.push(piece);
        if (data.repeats) repeated.push([piece, data.repeats]);
        for (const author of data.bio?.authors ?? [])
          if (!bioAuthors.includes(author)) bioAuthors.push(author);
        bioOutlet ??= data.bio?.outlet;
        continue;
      }
      const text = blockText(node);
      const list = node.type === 'paragraph' ? listShape(text) : null;
      if (list) {
        const blockId = `l${++lists}`;
        blockIds.set(node, blockId);
        const { ordered, start, items } = list;
        blocks.push({
          id: blockId,
          type: 'list',
          text,
          ordered,
          ...(start === undefined ? {} : { start }),
          items,
        });
        continue;
      }
      const blockId = node.type === 'heading' ? `s${++subheads}` : `p${++paragraphs}`;
      blockIds.set(node, blockId);
      blocks.push({ id: blockId, type: node.type === 'heading' ? 'subhead' : 'paragraph', text });
    }
    // A pull quote names the paragraph it repeats by its id, known once all blocks are numbered.
    for (const [piece, node] of repeated) {
      const blockId = blockIds.get(node);
      if (blockId) piece.detail = `repeats ${blockId}`;
    }
    removed.push(...d.removed);
    const id = first ? baseId : `${baseId}-part-${index + 1}`;
    const pick = <T>(...options: Array<[T | undefined, ValueSource]>): [T | null, ValueSource] => {
      for (const [value, source] of options) {
        if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0))
          return [value, source];
      }
      return [null, 'none'];
    };
    const fileNameDate = first ? findFileNameDate(input.file)?.iso : undefined;
    const [date, dateSource] = pick<string>(
      [first ? fm.date : undefined, 'front-matter'],
      // An update's date is not the story's: the file name's date, when it has one, outranks it.
      [facts.header?.updatedOnly ? fileNameDate : undefined, 'file-name'],
      [first ? headerDate(facts.header?.date, fileNameDate) : undefined, 'header'],
      // Lower than any date in the text: a file name may hold the date the page was saved.
      [fileNameDate, 'file-name'],
    );
    const [authors, authorsSource] = pick<string[]>(
      [first ? fm.authors : undefined, 'front-matter'],
      [first ? facts.header?.authors : undefined, 'header'],
      [bioAuthors, 'author-bio'],
    );
    const [source, sourceFrom] = pick<string>(
      [first ? fm.source : undefined, 'front-matter'],
      [d.source, d.sourceFrom],
      [bioOutlet, 'author-bio'],
    );
    const [title, titleSource] = pick<string>(
      [first ? fm.title : undefined, 'front-matter'],
      [d.title, d.titleSource],
    );
    const splitEvidence =
      index > 0
        ? (article.children.map((c) => lineData(c).storyStart).find(Boolean) ?? null)
        : null;
    return {
      id,
      url: `/articles/${id}/`,
      file: input.file,
      part: index + 1,
      parts: articles.length,
      title: title ?? input.file,
      titleSource:
        titleSource === 'front-matter' || titleSource === 'text' ? titleSource : 'inferred',
      dek: d.dek ?? null,
      date,
      dateSource,
      authors: authors ?? [],
      authorsSource,
      source,
      sourceFrom,
      // From the folder (`folder.yaml` or its name), filled in by the corpus stage.
      section: null,
      sectionSource: 'none',
      dateline: d.dateline ?? null,
      sourceUrl: first ? (fm.url ?? null) : null,
      blocks,
      quotes: extractQuotes(id, blocks),
      removed,
      repairs: [
        ...(placed.get(index) ?? []).map(({ repair, node }) =>
          textRepair(repair, node, node && blockIds.get(node)),
        ),
        ...d.repairs,
      ],
      warnings: [...(first ? fileWarnings : []), ...d.warnings],
      notes,
      splitEvidence,
      encoding: input.encoding,
      // Corpus-wide links, filled in by the corpus stage.
      story: null,
      rewriteOf: null,
      related: [],
      entities: [],
    } satisfies Entry;
  });
}

/**
 * The header's date, or the file name's when the two are one date read two ways: day and month
 * swapped, as a numeric date such as `10/09/16` reads either way (`2016-10-09` in the header,
 * `2016-09-10` in the name): the name, written year first, settles which is the day.
 */
function headerDate(header: string | undefined, fileName: string | undefined): string | undefined {
  if (!header || !fileName || header === fileName) return header;
  const [y, m, d] = header.split('-');
  return `${y}-${d}-${m}` === fileName ? fileName : header;
}

/**
 * Which article each text repair belongs to, and the block holding its line: the article whose
 * block spans that line, else (front matter, header lines taken out of the tree) the first.
 */
function placeTextRepairs(
  repairs: readonly MojibakeRepair[],
  articles: readonly Article[],
): Map<number, Array<{ repair: MojibakeRepair; node?: Paragraph | Heading }>> {
  const placed = new Map<number, Array<{ repair: MojibakeRepair; node?: Paragraph | Heading }>>();
  for (const repair of repairs) {
    let at = 0;
    let holder: Paragraph | Heading | undefined;
    articles.forEach((article, index) => {
      for (const node of article.children) {
        const start = node.position?.start.line ?? 0;
        const end = node.position?.end.line ?? start;
        if (!holder && start <= repair.line && repair.line <= end) {
          holder = node;
          at = index;
        }
      }
    });
    const list = placed.get(at) ?? [];
    list.push(holder ? { repair, node: holder } : { repair });
    placed.set(at, list);
  }
  return placed;
}

const BLOCK_KIND: Record<string, string> = { p: 'paragraph', s: 'subhead', l: 'list' };

/** A text repair as an entry records it: where it is, in words and as a block id. */
function textRepair(
  repair: MojibakeRepair,
  node: Paragraph | Heading | undefined,
  blockId: string | undefined,
): Repair {
  let where: string;
  if (blockId) where = `${BLOCK_KIND[blockId[0] ?? 'p'] ?? 'paragraph'} ${blockId.slice(1)}`;
  else if (!node) where = 'text taken out before the body (front matter or a header line)';
  else {
    const removal = lineData(node).removal;
    if (removal?.reason === 'title-line' && !removal.detail) where = 'the headline';
    else if (removal?.reason === 'dek') where = 'the standfirst';
    else where = `text removed from the body (${removal?.reason ?? 'unknown'})`;
  }
  return {
    kind: 'mojibake',
    before: repair.before,
    after: repair.after,
    detail: `${repair.detail}; line ${repair.line}, ${where}`,
    line: repair.line,
    ...(blockId ? { block: blockId } : {}),
  };
}
