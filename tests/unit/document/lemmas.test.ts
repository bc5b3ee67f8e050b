import { describe, expect, it } from 'vitest';
import nlp from '../../../src/pipeline/document/compromise.ts';
import { firstLemmaSentence, lemmaSentences } from '../../../src/pipeline/document/lemmas.ts';

// Verbatim lines of BBC business-016 and PolNeAR train: notes about the article, bios, prose.
const LINES = [
  'This story has been updated.',
  'Follow Pam Key on Twitter @pamkeyNEN.',
  'To some extent, the credit controls do seem to be taking effect. Industrial output grew 15.7% in the year to October, down from 23% in February, and inflation slowed to 4.3% - although retail sales are still booming.',
  'Hoff’s letter makes a libertarian-style case: “Followers of radical Islam hate everything we stand for as Americans.',
  'Reporting by Nick Gass; editing by the desk.',
  '',
];

interface JsonTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: string[];
  root?: string;
}

/** What the readers used to read: compromise's sentences as JSON, after the lemmas. */
function sentencesJson(text: string): JsonTerm[][] {
  const doc = nlp(text);
  doc.compute('root');
  return (doc.sentences().json() as { terms: JsonTerm[] }[]).map((s) => s.terms);
}

describe('lemmaSentences: a text’s sentences with tags and lemmas', () => {
  it.each(LINES.map((l) => [l]))('reads %j as compromise’s sentence JSON does', (line) => {
    const json = sentencesJson(line);
    const read = lemmaSentences(line);
    expect(read.length).toBe(json.length);
    read.forEach((sentence, i) =>
      expect(sentence).toEqual(
        json[i]!.map((t) => ({
          text: t.text,
          pre: t.pre,
          post: t.post,
          normal: t.normal,
          tags: t.tags,
          ...(t.root !== undefined && { root: t.root }),
        })),
      ),
    );
  });

  it.each(LINES.map((l) => [l]))(
    'reads the first sentence of %j alone as it reads it in the whole text',
    (line) => {
      expect(
        firstLemmaSentence(line)?.map(({ text, normal, tags, root }) => [text, normal, tags, root]),
      ).toEqual(
        lemmaSentences(line)[0]?.map(({ text, normal, tags, root }) => [text, normal, tags, root]),
      );
    },
  );

  it('tags a text once for every reader that asks about it', () => {
    const line = 'A version of this article appears in print on Page A14.';
    expect(lemmaSentences(line)).toBe(lemmaSentences(line));
  });

  it('gives a verb its lemma', () => {
    const [first] = lemmaSentences('This story has been updated.');
    expect(first?.find((t) => t.normal === 'updated')?.root).toBe('update');
  });
});
