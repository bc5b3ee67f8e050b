/** Plain-words labels for the pipeline's codes: where a value came from, why text was removed. */

const VALUE_SOURCES: Record<string, string> = {
  'front-matter': 'the front matter',
  header: 'the header lines',
  dateline: 'the dateline',
  'author-bio': 'the author bio',
  text: 'the text',
  inferred: 'inferred from the text',
  story: 'the other articles of its story',
  'file-name': 'the name of its file',
  folder: 'the folder (folder.yaml)',
  'folder-name': 'the name of its folder',
  none: 'not found',
};

const REMOVAL_REASONS: Record<string, string> = {
  'front-matter': 'Front matter',
  'metadata-line': 'Metadata line',
  dateline: 'Dateline',
  'photo-credit': 'Photo credit',
  'author-bio': 'Author bio',
  teaser: 'Teaser',
  'boilerplate-line': 'Boilerplate line',
  'duplicate-paragraph': 'Duplicate paragraph',
  'near-duplicate-paragraph': 'Near-duplicate paragraph',
  'pull-quote': 'Pull quote (repeats the body)',
  'title-line': 'Title line',
  dek: 'Standfirst (dek)',
  footnote: 'Footnote list or mark',
};

const REPAIR_KINDS: Record<string, string> = {
  'drop-cap': 'Drop cap restored',
  mojibake: 'Mojibake repaired',
  'line-break-hyphen': 'Word broken at a line end rejoined',
};

function sentenceCase(code: string): string {
  const words = code.replace(/[-_]+/g, ' ').trim();
  return words ? `${words[0]?.toUpperCase() ?? ''}${words.slice(1)}` : code;
}

/** Where a value came from, in words (`header` → `the header lines`); unknown codes as words. */
export function describeValueSource(code: string): string {
  return VALUE_SOURCES[code] ?? code.replace(/[-_]+/g, ' ');
}

/** Where the headline came from, in words. */
export function describeTitleSource(code: string): string {
  if (code === 'text') return 'a title line in the text';
  return describeValueSource(code);
}

/** A removal reason code as a short label (`author-bio` → `Author bio`). */
export function describeRemovalReason(code: string): string {
  return REMOVAL_REASONS[code] ?? sentenceCase(code);
}

/** A repair kind as a short label (`drop-cap` → `Drop cap restored`). */
export function describeRepairKind(kind: string): string {
  return REPAIR_KINDS[kind] ?? sentenceCase(kind);
}
