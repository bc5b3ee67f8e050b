// Reading the clean source corpus and writing a generated round, in the layout of
// polnear-dev-noisy (OUT/articles/<name>.txt, OUT/gold.jsonl), plus the small demo article that
// `--list-shapes` renders.
import fs from 'node:fs';
import path from 'node:path';

/** The source's gold records, in the order of its gold.jsonl. */
export function readGold(src) {
  return fs
    .readFileSync(path.join(src, 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/** The text of a record's file. */
export function readArticle(src, rec) {
  return fs.readFileSync(path.join(src, rec.file), 'utf8');
}

/** The source's gold records sorted by file, and each file's text. */
export function readCorpus(src) {
  const recs = readGold(src);
  recs.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0));
  const texts = recs.map((r) => readArticle(src, r));
  return { recs, texts };
}

/** Writes one generated text per record, at the record's path under `out`. */
export function writeArticle(out, rec, text) {
  const op = path.join(out, rec.file);
  fs.mkdirSync(path.dirname(op), { recursive: true });
  fs.writeFileSync(op, text, 'utf8');
}

/** Writes OUT/gold.jsonl, one gold record a line. */
export function writeGold(out, golds) {
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(
    path.join(out, 'gold.jsonl'),
    golds.map((g) => JSON.stringify(g)).join('\n') + '\n',
    'utf8',
  );
}

/** A short invented article for `--list-shapes`. */
export function demoRecord() {
  const paras = [
    'Hillary Clinton and Donald Trump traded sharp attacks on Monday over taxes, trade and the economy as the campaign entered its final stretch before the first presidential debate.',
    'The exchange came as new polls showed the race tightening in several battleground states, including Ohio, Florida and North Carolina.',
    'Campaign aides on both sides said they expected the debate to draw a record television audience.',
    'Trump is scheduled to hold a rally in Charlotte later this week, while Clinton plans to spend several days preparing in New York.',
    'Both campaigns are also spending heavily on television advertising in the states expected to decide the election.',
    'Polls close in the first states at 7 p.m. Eastern time on Election Day.',
  ];
  const title = 'Clinton and Trump trade attacks over taxes';
  const text = `${title}.\n\n${paras.join('\n\n')}\n`;
  return {
    rec: {
      file: 'articles/demo_2016-09-26_clinton-and-trump-trade-attacks.txt',
      name: 'politico_2016-09-26_clinton-and-trump-trade-attacks',
      publisher: 'politico',
      date: '2016-09-26',
      author: 'Jane Example',
      title,
      first_line: title + '.',
      title_block: title + '.',
      paragraphs: paras,
      quotes: [],
      other_quoted: [],
    },
    text,
  };
}
