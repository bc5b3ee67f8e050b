/**
 * Repairs a lost drop cap at the start of a story (`ussian President` → `Russian President`,
 * `Illary Clinton` → `Hillary Clinton`) using the corpus's own vocabulary: the letter that makes
 * the most frequent known word (and word pair) wins. Each repair is recorded; a lead that starts
 * in lower case with no repair found gets a warning instead.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { articlesOf, blockText, liveBlocks, setBlockText } from '../blocks.ts';
import type { Repair, Vocabulary } from '../types.ts';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const MIN_CAPITAL_EVIDENCE = 3;
const FIRST_WORD = /^(["“‘']?)([\p{L}]+)(?=([^\p{L}]|$))/u;

export interface Options {
  /** Corpus word counts; without them only a warning is given. */
  vocabulary?: Vocabulary;
}

/** Repairs lost drop caps in each story's first lines. */
export default function remarkDropCap(options: Options = {}) {
  return (tree: Root, file: VFile): void => {
    const vocabulary = options.vocabulary ?? file.data.clippings?.vocabulary;
    for (const article of articlesOf(tree)) {
      const lead = liveBlocks(article).find((b) => b.type === 'paragraph');
      const texts: Array<{ get: () => string; set: (s: string) => void }> = [];
      if (article.data.dek !== undefined) {
        texts.push({ get: () => article.data.dek ?? '', set: (s) => (article.data.dek = s) });
      }
      if (lead) texts.push({ get: () => blockText(lead), set: (s) => setBlockText(lead, s) });
      for (const t of texts) {
        const text = t.get();
        const repair = vocabulary ? findRepair(text, vocabulary) : undefined;
        if (repair) {
          t.set(repair.after + text.slice(repair.before.length));
          article.data.repairs.push(repair);
        } else if (/^[\p{Ll}]/u.test(text) && t === texts.at(-1)) {
          article.data.warnings.push(
            `the lead starts in lower case ("${text.slice(0, 20)}…"): a lost drop cap that could not be repaired`,
          );
        }
      }
    }
  };
}

/** The repair for a text whose first letter was lost, or undefined. */
export function findRepair(text: string, vocabulary: Vocabulary): Repair | undefined {
  const m = FIRST_WORD.exec(text);
  if (!m) return undefined;
  const [, mark = '', word = ''] = m;
  const lower = word.toLowerCase();
  const nextWord = /^[^\p{L}]*([\p{L}]+)/u.exec(text.slice(m[0].length))?.[1]?.toLowerCase();
  const startsLower = /^\p{Ll}/u.test(word);
  // A capitalised first word is only suspect when the corpus does not know it.
  if (!startsLower && vocabulary.known(lower)) return undefined;
  const allCaps = word.length > 1 && word === word.toUpperCase();
  if (!startsLower && word.length < (allCaps ? 2 : 3)) return undefined;
  let best: { letter: string; score: number; count: number } | undefined;
  for (const letter of LETTERS) {
    const candidate = letter.toLowerCase() + lower;
    const count = vocabulary.count(candidate);
    if (count === 0) continue;
    const pair = nextWord ? vocabulary.pairCount(candidate, nextWord) : 0;
    const score = pair * 1000 + count;
    if (!best || score > best.score) best = { letter, score, count };
  }
  if (!best) return undefined;
  // A capitalised word is only re-lettered when the repaired word is clearly the corpus's own
  // ("Illary" → "Hillary"), never on thin evidence ("Old" → "Bold" from one stray "bold").
  if (
    !startsLower &&
    (best.count < MIN_CAPITAL_EVIDENCE || best.count < 3 * (vocabulary.count(lower) + 1))
  ) {
    return undefined;
  }
  const fixed = best.letter + (allCaps ? word : startsLower ? word : word.toLowerCase());
  return {
    kind: 'drop-cap',
    before: mark + word,
    after: mark + fixed,
    detail: `first letter restored from the corpus vocabulary ("${fixed.toLowerCase()}" seen ${vocabulary.count(fixed.toLowerCase())} times)`,
  };
}
