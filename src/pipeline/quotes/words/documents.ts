/**
 * What is written rather than said: a document speaks for whoever issued it (`an IAAF statement`,
 * `Bell's letter`). One word list, used by attribution and by the speaker-shape check.
 */
export const DOCUMENT_NOUNS: readonly string[] = [
  'statement',
  'letter',
  'report',
  'release',
  'memo',
  'email',
  'e-mail',
  'post',
  'tweet',
  'op-ed',
  'essay',
  'column',
  'study',
  'survey',
  'poll',
  'paper',
  'document',
  'book',
  'article',
  'website',
  'filing',
  'complaint',
  'lawsuit',
];
