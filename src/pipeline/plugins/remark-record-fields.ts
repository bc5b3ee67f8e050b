/**
 * The fields of a record an article was saved in, at its top: a feed reader's (`Feed: …`,
 * `Title: …`, `Link: …`), a web archive's (`WARC-Type: conversion`, `WARC-Target-URI: …`), a
 * library export's (`Publication info: …`, `Abstract: …`), a forum post's (`Join Date: Jun 2010`,
 * `Posts: 11,720`, `Quote:`). Read by form, not by the fields' names: a run of lines each opened by
 * a field label (one to four words, capitalised, or joined by hyphens) and a colon, with a short
 * value or none, one line after another (no blank line between), above the lead or after the
 * body's last sentence (a library export's `Subject:`, `People:`, `Database:` …). The run is the record's, not the story's: it goes to `removed`,
 * and a `Title` field gives the title, which such a record holds in place of a headline line.
 * Runs after the header lines, which read the record's `Author:` and `Date:` fields.
 */
import type { Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import { articlesOf, blockText, lineData, liveParagraphs, markRemoved } from '../blocks.ts';
import { isLead } from '../line-form.ts';
import { lineRuns } from '../line-runs.ts';

/** A record holds at least this many fields in a row. */
const MIN_FIELDS = 3;
/** Fields are looked for above the lead, among this many lines at most. */
const TOP_LINES = 40;
/** A field's value is short (a name, a date, a count, an address); a transcript's line is not. */
const MAX_VALUE_WORDS = 16;
/** `Field: value`: a label of one to four capitalised words or hyphenated parts, and a colon. */
const FIELD = /^(\p{Lu}[\p{L}]*(?:(?:-|\s)[\p{L}]+){0,3}):(?:\s+(.*))?$/u;
/** A record's version line above its fields (`WARC/1.0`). */
const VERSION_LINE = /^[A-Z][A-Z-]*\/\d+(?:\.\d+)*$/u;

/** A field of a record: its label and its value. */
interface Field {
  label: string;
  value: string;
}

/** The label and value of a field line, or undefined when the line is not one. */
export function fieldValue(line: string): Field | undefined {
  const m = FIELD.exec(line.trim());
  if (!m) return undefined;
  const value = (m[2] ?? '').trim();
  if (value.split(/\s+/).length > MAX_VALUE_WORDS) return undefined;
  return { label: m[1]!, value };
}

/** Takes a record's fields off the top and the end of the first article. */
export default function remarkRecordFields() {
  return (tree: Root, file: VFile): void => {
    const [article] = articlesOf(tree);
    if (!article) return;
    const live = liveParagraphs(article);
    const lead = live.slice(0, TOP_LINES).findIndex((n) => isLead(blockText(n)));
    const last = live.findLastIndex((n) => isLead(blockText(n)));
    const titled = file.data.clippings?.frontMatter?.title !== undefined;
    for (const { node, field, run } of recordRuns(live.slice(0, lead < 0 ? TOP_LINES : lead))) {
      if (field?.label.toLowerCase() === 'title' && field.value && !article.data.title && !titled) {
        article.data.title = field.value;
        article.data.titleSource = 'text';
        markRemoved(node, 'title-line', 'the title field of a record');
      } else
        markRemoved(node, 'boilerplate-line', `a record’s field, in a run of ${run} at the top`);
    }
    // Without a lead, nothing tells the story's end from the record's.
    if (last >= 0)
      for (const { node, run } of recordRuns(live.slice(last + 1)))
        markRemoved(node, 'boilerplate-line', `a record’s field, in a run of ${run} at the end`);
  };
}

/** The lines of each record in `zone`: runs of field lines (and a version line above one). */
function recordRuns(
  zone: readonly Paragraph[],
): Array<{ node: Paragraph; field: Field | undefined; run: number }> {
  const fields = zone.map((node) => fieldValue(blockText(node)));
  const found: Array<{ node: Paragraph; field: Field | undefined; run: number }> = [];
  // A record's fields are one block of lines: a blank line ends the run.
  const joins = (i: number, start: number): boolean =>
    fields[i] !== undefined && (i === start || !lineData(zone[i]!).blankBefore);
  const version = (i: number): boolean => VERSION_LINE.test(blockText(zone[i]!).trim());
  for (const { first, start, end } of lineRuns(0, zone.length, MIN_FIELDS, joins, version))
    for (let i = first; i < end; i++)
      found.push({ node: zone[i]!, field: fields[i], run: end - start });
  return found;
}
