/**
 * `npm run bench:taggers` — compromise (the tagger the pipeline uses) against wink-nlp with its
 * English model (wink-eng-lite-web-model), on what the quote and entity stages need from a
 * tagger: coarse part-of-speech tags and lemmas, and their cost per article.
 *
 * Prints, for each library: heap after loading it, CPU ms per article to tokenize and tag (and
 * to tag and lemmatise), tokens per second — warm, after one warm-up pass of both, on 200 BBC articles
 * (every 11th file of ../shared/data/bbc); then how often the two agree on coarse tags, and each
 * library's score on a small hand-checked gold (below) with its misses.
 *
 * The timings are CPU time of this process (process.cpuUsage), less disturbed than wall time by
 * other work on a shared machine, but still noisy there: run it twice before quoting a figure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ItsFunction } from 'wink-nlp';

// Not imported from tests/unit/shared-data: that module loads the pipeline (and so compromise)
// before the heap is measured.
const SHARED_DATA = path.resolve(import.meta.dirname, '../../../shared/data');
const BBC = path.join(SHARED_DATA, 'bbc');
if (!existsSync(BBC)) {
  console.error(`bench:taggers needs the BBC articles of the shared test data at ${BBC}`);
  process.exit(2);
}

/** The one scheme both libraries' tags are mapped to. */
type Coarse = 'noun' | 'verb' | 'adj' | 'adv' | 'propn' | 'other';

/** A token as the bench compares it: its text, coarse tag and lemma (lower case). */
interface Tagged {
  text: string;
  coarse: Coarse;
  lemma: string;
}

/** One library behind the same three calls. */
interface Tagger {
  name: string;
  /** Tokenizes and tags, returning the number of word tokens (what the speed figures time). */
  tag: (text: string) => number;
  /** Tokenizes, tags and lemmatises (what the accuracy figures read). */
  analyse: (text: string) => Tagged[];
}

/**
 * The hand-checked gold: tokens that matter for quotes, in sentences of the BBC corpus and
 * PolNeAR train, verbatim up to the checked token (some cut short and closed with a few words of
 * their own; one title-case line invented, marked), each with the coarse tag and lemma a reader
 * expects. `lemma` is checked only where given. The first token whose text equals `token`
 * is the one checked.
 */
const GOLD: readonly { sentence: string; token: string; coarse: Coarse; lemma?: string }[] = [
  // Reporting verbs, past and present, and their lemmas.
  ...[
    [
      'A flabbergasted Noah quipped, “It’s like a lawyer with the dumbest client ever.”',
      'quipped',
      'quip',
    ],
    ['Cruz quipped in reference to the absent Trump.', 'quipped', 'quip'],
    [
      'State party chairman John Burton has also implored state party delegates to unite.',
      'implored',
      'implore',
    ],
    [
      'Hoff’s letter, emailed to delegates on Thursday and obtained by POLITICO, was long.',
      'emailed',
      'email',
    ],
    ['Neither Rover nor Shanghai Automotive commented on the reports.', 'commented', 'comment'],
    [
      'Fields later tweeted a photograph of her bruised forearm and said she was hurt.',
      'tweeted',
      'tweet',
    ],
    [
      'Fields later tweeted a photograph of her bruised forearm and said she was hurt.',
      'said',
      'say',
    ],
    ['Banned American sprinter Kelli White says she knowingly took steroids.', 'says', 'say'],
    ['Asked if he would welcome BNP voters he told the BBC: "No."', 'told', 'tell'],
    [
      'Ms Robinson, who presents The Weakest Link tells Cockerell that she despaired.',
      'tells',
      'tell',
    ],
    ['Mr Townsend said sports performance companies were already showing interest.', 'said', 'say'],
    [
      'Prime Minister Tony Blair said it was time to draw a line under the controversy.',
      'said',
      'say',
    ],
    ['Labour said many tests were already done.', 'said', 'say'],
    ['Officials said 2016 has seen the worst four-day start in a new year.', 'said', 'say'],
    [
      'Chelsea boss Jose Mourinho has insisted that Sir Alex Ferguson is wrong.',
      'insisted',
      'insist',
    ],
    ['However, Linford Christie countered: "It is not true."', 'countered', 'counter'],
    [
      'However, Mr Kosslick refused to accept that widespread opposition existed.',
      'refused',
      'refuse',
    ],
  ].map(([sentence, token, lemma]) => ({
    sentence: sentence!,
    token: token!,
    coarse: 'verb' as const,
    lemma: lemma!,
  })),
  // Title case: the cue verb is still a verb (headline style; the last line is invented).
  {
    sentence: 'Said the Pew report: "Most adults agree."',
    token: 'Said',
    coarse: 'verb',
    lemma: 'say',
  },
  { sentence: 'Said Mr Fogg: "We will see."', token: 'Said', coarse: 'verb', lemma: 'say' },
  {
    sentence: 'Sanders Told A Female Reporter Not To Moan About Hillary',
    token: 'Told',
    coarse: 'verb',
    lemma: 'tell',
  },
  {
    sentence: 'At A Rally, Jo Bell Said "We Will Win."',
    token: 'Said',
    coarse: 'verb',
    lemma: 'say',
  },
  // Sentence-opening adverbs and connectives: never a name.
  {
    sentence: 'Already, Trump’s comments about Israel ahead of his speech have drawn fire.',
    token: 'Already',
    coarse: 'adv',
  },
  {
    sentence: 'Already, he said, there have been four incidents.',
    token: 'Already',
    coarse: 'adv',
  },
  {
    sentence: 'However, Mr Jeffrey said he believed the slowdown was over.',
    token: 'However',
    coarse: 'adv',
  },
  {
    sentence: 'Meanwhile, United’s chief executive David Gill said in December he was calm.',
    token: 'Meanwhile',
    coarse: 'adv',
  },
  {
    sentence: 'Meanwhile, France’s finance minister has said the world faced risks.',
    token: 'Meanwhile',
    coarse: 'adv',
  },
  // Proper names against common capitalised words.
  {
    sentence: 'However, Mr Jeffrey said he believed the slowdown was over.',
    token: 'Jeffrey',
    coarse: 'propn',
  },
  {
    sentence: 'Meanwhile, United’s chief executive David Gill said in December he was calm.',
    token: 'Gill',
    coarse: 'propn',
  },
  {
    sentence: 'Meanwhile, United’s chief executive David Gill said in December he was calm.',
    token: 'executive',
    coarse: 'noun',
    lemma: 'executive',
  },
  {
    sentence: 'Chelsea boss Jose Mourinho has insisted that Sir Alex Ferguson is wrong.',
    token: 'Chelsea',
    coarse: 'propn',
  },
  {
    sentence: 'Chelsea boss Jose Mourinho has insisted that Sir Alex Ferguson is wrong.',
    token: 'boss',
    coarse: 'noun',
    lemma: 'boss',
  },
  {
    sentence: 'Chelsea boss Jose Mourinho has insisted that Sir Alex Ferguson is wrong.',
    token: 'Mourinho',
    coarse: 'propn',
  },
  {
    sentence: 'Chelsea boss Jose Mourinho has insisted that Sir Alex Ferguson is wrong.',
    token: 'Ferguson',
    coarse: 'propn',
  },
  {
    sentence: 'Banned American sprinter Kelli White says she knowingly took steroids.',
    token: 'sprinter',
    coarse: 'noun',
    lemma: 'sprinter',
  },
  {
    sentence: 'Banned American sprinter Kelli White says she knowingly took steroids.',
    token: 'Kelli',
    coarse: 'propn',
  },
  {
    sentence: 'Banned American sprinter Kelli White says she knowingly took steroids.',
    token: 'White',
    coarse: 'propn',
  },
  {
    sentence: 'Banned American sprinter Kelli White says she knowingly took steroids.',
    token: 'steroids',
    coarse: 'noun',
    lemma: 'steroid',
  },
  {
    sentence: 'Officials said 2016 has seen the worst four-day start in a new year.',
    token: 'Officials',
    coarse: 'noun',
    lemma: 'official',
  },
  { sentence: 'Labour said many tests were already done.', token: 'Labour', coarse: 'propn' },
  {
    sentence: 'Labour said many tests were already done.',
    token: 'tests',
    coarse: 'noun',
    lemma: 'test',
  },
  {
    sentence: 'Prime Minister Tony Blair said it was time to draw a line under the controversy.',
    token: 'Blair',
    coarse: 'propn',
  },
  {
    sentence: 'Neither Rover nor Shanghai Automotive commented on the reports.',
    token: 'Rover',
    coarse: 'propn',
  },
  {
    sentence: 'Neither Rover nor Shanghai Automotive commented on the reports.',
    token: 'reports',
    coarse: 'noun',
    lemma: 'report',
  },
  {
    sentence: 'Ms Robinson, who presents The Weakest Link tells Cockerell that she despaired.',
    token: 'Cockerell',
    coarse: 'propn',
  },
  {
    sentence: 'Ms Robinson, who presents The Weakest Link tells Cockerell that she despaired.',
    token: 'Robinson',
    coarse: 'propn',
  },
  {
    sentence: 'Asked if he would welcome BNP voters he told the BBC: "No."',
    token: 'BBC',
    coarse: 'propn',
  },
  {
    sentence: 'Asked if he would welcome BNP voters he told the BBC: "No."',
    token: 'voters',
    coarse: 'noun',
    lemma: 'voter',
  },
  {
    sentence: 'A flabbergasted Noah quipped, “It’s like a lawyer with the dumbest client ever.”',
    token: 'Noah',
    coarse: 'propn',
  },
  {
    sentence: 'A flabbergasted Noah quipped, “It’s like a lawyer with the dumbest client ever.”',
    token: 'flabbergasted',
    coarse: 'adj',
  },
  {
    sentence: 'A flabbergasted Noah quipped, “It’s like a lawyer with the dumbest client ever.”',
    token: 'lawyer',
    coarse: 'noun',
    lemma: 'lawyer',
  },
  {
    sentence: 'Fields later tweeted a photograph of her bruised forearm and said she was hurt.',
    token: 'Fields',
    coarse: 'propn',
  },
  {
    sentence: 'Fields later tweeted a photograph of her bruised forearm and said she was hurt.',
    token: 'later',
    coarse: 'adv',
  },
  { sentence: 'Cruz quipped in reference to the absent Trump.', token: 'Trump', coarse: 'propn' },
  { sentence: 'Cruz quipped in reference to the absent Trump.', token: 'absent', coarse: 'adj' },
  {
    sentence: 'State party chairman John Burton has also implored state party delegates to unite.',
    token: 'chairman',
    coarse: 'noun',
    lemma: 'chairman',
  },
  {
    sentence: 'State party chairman John Burton has also implored state party delegates to unite.',
    token: 'delegates',
    coarse: 'noun',
    lemma: 'delegate',
  },
  {
    sentence: 'Mr Townsend said sports performance companies were already showing interest.',
    token: 'already',
    coarse: 'adv',
  },
  {
    sentence: 'Mr Townsend said sports performance companies were already showing interest.',
    token: 'companies',
    coarse: 'noun',
    lemma: 'company',
  },
  {
    sentence: 'Banned American sprinter Kelli White says she knowingly took steroids.',
    token: 'knowingly',
    coarse: 'adv',
  },
];

// CPU time of this process in ms.
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = (): number => {
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

// Each library is loaded with the heap measured before and after.
let heap = heapMb();
const { default: nlp } = await import('compromise');
nlp('Warm the lexicon up.').json();
const compromiseHeap = heapMb() - heap;

heap = heapMb();
const { default: winkNLP } = await import('wink-nlp');
const { default: model } = await import('wink-eng-lite-web-model');
const wink = winkNLP(model);
const its = wink.its;
wink.readDoc('Warm the model up.');
const winkHeap = heapMb() - heap;

/** compromise's tags, most specific first: a name is a proper noun whatever else it is. */
function compromiseCoarse(tags: ReadonlySet<string>): Coarse {
  if (tags.has('ProperNoun')) return 'propn';
  if (tags.has('Pronoun')) return 'other';
  if (tags.has('Verb')) return 'verb';
  if (tags.has('Adjective')) return 'adj';
  if (tags.has('Adverb')) return 'adv';
  if (tags.has('Noun')) return 'noun';
  return 'other';
}

/** Universal POS tags (what wink-nlp gives); auxiliaries count as verbs, as in compromise. */
const UPOS: Readonly<Record<string, Coarse>> = {
  NOUN: 'noun',
  PROPN: 'propn',
  VERB: 'verb',
  AUX: 'verb',
  ADJ: 'adj',
  ADV: 'adv',
};

interface CompromiseTerm {
  text: string;
  normal: string;
  root?: string;
  tags: string[];
}

const compromiseTagger: Tagger = {
  name: 'compromise',
  tag: (text) => {
    let n = 0;
    for (const sentence of nlp(text).docs as { tags: Set<string> }[][]) n += sentence.length;
    return n;
  },
  analyse: (text) => {
    const doc = nlp(text);
    doc.compute('root');
    return (doc.json() as { terms: CompromiseTerm[] }[]).flatMap((s) =>
      s.terms.map((t) => ({
        text: t.text,
        coarse: compromiseCoarse(new Set(t.tags)),
        lemma: (t.root ?? t.normal).toLowerCase(),
      })),
    );
  },
};

const winkTagger: Tagger = {
  name: 'wink-nlp',
  tag: (text) => wink.readDoc(text).tokens().out(its.pos).length,
  analyse: (text) => {
    const tokens = wink.readDoc(text).tokens();
    const values = tokens.out(its.value);
    const pos = tokens.out(its.pos);
    // wink-nlp's own typings give its.lemma a signature `out` does not accept; it works as the others.
    const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>);
    const types = tokens.out(its.type);
    return values.flatMap((text, i) =>
      types[i] === 'word' || types[i] === 'number'
        ? [{ text, coarse: UPOS[pos[i]!] ?? 'other', lemma: lemmas[i]!.toLowerCase() }]
        : [],
    );
  },
};

const files = readdirSync(BBC)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .filter((_, i) => i % 11 === 0)
  .slice(0, 200);
const texts = files.map((f) => readFileSync(path.join(BBC, f), 'utf8'));

/** CPU ms per article and word tokens per second of one pass over the articles. */
function time(run: (text: string) => number): { msPerArticle: number; tokensPerSec: number } {
  let tokens = 0;
  const t = cpuMs();
  for (const text of texts) tokens += run(text);
  const ms = cpuMs() - t;
  return { msPerArticle: ms / texts.length, tokensPerSec: (tokens / ms) * 1000 };
}

console.log(`${texts.length} BBC articles (every 11th file of ${BBC})`);
if (!gc) console.log('(heap figures without --expose-gc are rough)');
const heaps = new Map([
  ['compromise', compromiseHeap],
  ['wink-nlp', winkHeap],
]);
for (const tagger of [compromiseTagger, winkTagger]) {
  // One warm-up pass of both calls before either is timed.
  for (const text of texts) tagger.analyse(text);
  for (const text of texts) tagger.tag(text);
  const tag = time(tagger.tag);
  const analyse = time((text) => tagger.analyse(text).length);
  console.log(
    `${tagger.name.padEnd(11)} heap after load ${heaps.get(tagger.name)!.toFixed(1)} MB · ` +
      `tag ${tag.msPerArticle.toFixed(2)} ms/article, ${Math.round(tag.tokensPerSec)} tokens/s · ` +
      `tag+lemma ${analyse.msPerArticle.toFixed(2)} ms/article`,
  );
}

/**
 * Pairs the word tokens of the two analyses that have the same text, walking both in order and
 * skipping ahead (a few tokens at most) where the tokenizers split differently.
 */
function align(a: readonly Tagged[], b: readonly Tagged[]): [Tagged, Tagged][] {
  const pairs: [Tagged, Tagged][] = [];
  const LOOKAHEAD = 4;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]!.text === b[j]!.text) {
      pairs.push([a[i++]!, b[j++]!]);
      continue;
    }
    const inB = b.slice(j + 1, j + 1 + LOOKAHEAD).findIndex((t) => t.text === a[i]!.text);
    const inA = a.slice(i + 1, i + 1 + LOOKAHEAD).findIndex((t) => t.text === b[j]!.text);
    if (inB >= 0 && (inA < 0 || inB <= inA)) j += inB + 1;
    else if (inA >= 0) i += inA + 1;
    else {
      i++;
      j++;
    }
  }
  return pairs;
}

let aligned = 0;
let agreed = 0;
const disagreements = new Map<string, number>();
for (const text of texts) {
  for (const [c, w] of align(compromiseTagger.analyse(text), winkTagger.analyse(text))) {
    aligned++;
    if (c.coarse === w.coarse) agreed++;
    else {
      const key = `compromise ${c.coarse} / wink ${w.coarse}`;
      disagreements.set(key, (disagreements.get(key) ?? 0) + 1);
    }
  }
}
console.log(
  `\nAgreement on coarse tags: ${((agreed / aligned) * 100).toFixed(1)} % of ${aligned} aligned word tokens`,
);
for (const [key, n] of [...disagreements].sort((x, y) => y[1] - x[1]).slice(0, 8)) {
  console.log(`  ${String(n).padStart(6)}  ${key}`);
}

console.log(`\nHand-checked gold: ${GOLD.length} tokens (tag; lemma where given)`);
for (const tagger of [compromiseTagger, winkTagger]) {
  let tagsRight = 0;
  let lemmasRight = 0;
  const lemmaCount = GOLD.filter((g) => g.lemma).length;
  const misses: string[] = [];
  for (const g of GOLD) {
    const t = tagger.analyse(g.sentence).find((x) => x.text === g.token);
    const tagOk = t?.coarse === g.coarse;
    const lemmaOk = !g.lemma || t?.lemma === g.lemma;
    if (tagOk) tagsRight++;
    if (g.lemma && lemmaOk) lemmasRight++;
    if (!tagOk || !lemmaOk) {
      misses.push(
        `    ${g.token}: ${t ? `${t.coarse} "${t.lemma}"` : 'not a token'}, expected ${g.coarse}` +
          (g.lemma ? ` "${g.lemma}"` : '') +
          ` — ${g.sentence}`,
      );
    }
  }
  console.log(
    `${tagger.name.padEnd(11)} tags ${tagsRight}/${GOLD.length} · lemmas ${lemmasRight}/${lemmaCount}`,
  );
  for (const m of misses) console.log(m);
}
