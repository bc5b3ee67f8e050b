/**
 * The people, organisations and places an article names, with the exact offsets of their
 * mentions in its body blocks. Short forms join the full name the article uses (`Putin` →
 * `Vladimir Putin`); what each name is comes from the evidence of all its mentions. The title
 * and dek add to the counts but hold no offsets (links go in the body only). Pure, no Astro.
 */
import type { Block } from '../../schemas/entry.ts';
import { findCandidates, lowerCaseWords, type Candidate } from './candidates.ts';
import {
  decideKind,
  emptyScore,
  ENTITY_KINDS,
  type EntityKind,
  type KindScore,
} from './kind-evidence.ts';

export {
  bestKind,
  decideKind,
  ENTITY_KINDS,
  type EntityKind,
  type KindScore,
} from './kind-evidence.ts';

/** One mention in the body. */
export interface Mention {
  block: string;
  start: number;
  end: number;
  text: string;
}

/** A name an article uses, with all its mentions. */
export interface FoundEntity {
  /** The fullest form the article uses. */
  name: string;
  /** What the evidence says it is, or null when nothing does. */
  kind: EntityKind | null;
  score: KindScore;
  /** The strong evidence alone: a title, a head noun, a classifying noun. */
  strong: KindScore;
  /** Body mentions in reading order (the first is where the article links it). */
  mentions: Mention[];
  /** Mentions in body, title and dek. */
  count: number;
  /** Every form the article writes (`Vladimir Putin`, `Putin`). */
  forms: string[];
  /** The evidence of all its mentions: `kind: reason` → summed weight. */
  evidence: Record<string, number>;
  /** Mentions after an honorific (`Mr`, `Dr`): a person wherever the corpus names them. */
  honorifics: number;
}

/** What the finder reads of an entry. */
export interface EntityText {
  title: string;
  dek: string | null;
  blocks: readonly Pick<Block, 'id' | 'text'>[];
}

interface Local {
  name: string;
  tokens: string[];
  score: KindScore;
  strong: KindScore;
  mentions: Mention[];
  count: number;
  forms: Set<string>;
  evidence: Record<string, number>;
  honorifics: number;
}

function add(into: Local, c: Candidate): void {
  for (const kind of ENTITY_KINDS) {
    into.score[kind] += c.score[kind];
    into.strong[kind] += c.strong[kind];
  }
  for (const e of c.evidence) {
    const key = `${e.kind}: ${e.reason}`;
    into.evidence[key] = (into.evidence[key] ?? 0) + e.weight;
    if (e.reason.startsWith('honorific')) into.honorifics++;
  }
}

/** The entities of an entry, in order of first body mention. */
export function findEntities(entry: EntityText): FoundEntity[] {
  const lowerWords = lowerCaseWords(
    [entry.title, entry.dek ?? '', ...entry.blocks.map((b) => b.text)].join('\n'),
  );
  const body: Array<{ block: string; c: Candidate }> = [];
  for (const b of entry.blocks)
    for (const c of findCandidates(b.text, lowerWords)) body.push({ block: b.id, c });
  const extra = [entry.title, entry.dek ?? ''].flatMap((t) => findCandidates(t, lowerWords));

  const byName = new Map<string, Local>();
  const local = (tokens: string[]): Local => {
    const name = tokens.join(' ');
    let found = byName.get(name);
    if (!found) {
      found = {
        name,
        tokens,
        score: emptyScore(),
        strong: emptyScore(),
        mentions: [],
        count: 0,
        forms: new Set(),
        evidence: {},
        honorifics: 0,
      };
      byName.set(name, found);
    }
    return found;
  };
  // Full names first, so that a surname mentioned before the full name still joins it.
  for (const { c } of body) if (c.tokens.length > 1) local(c.tokens);
  const people = [...byName.values()];
  const resolve = (c: Candidate): Local => {
    if (c.tokens.length > 1) return local(c.tokens);
    const word = c.tokens[0]!;
    const full =
      people.find((p) => p.tokens.at(-1) === word && looksPersonal(p, c)) ??
      people.find((p) => p.tokens.length === 2 && p.tokens[0] === word && looksPersonal(p, c));
    return full ?? local(c.tokens);
  };
  for (const { block, c } of body) {
    const l = resolve(c);
    add(l, c);
    l.mentions.push({ block, start: c.start, end: c.end, text: c.text });
    l.count++;
    l.forms.add(c.text);
  }
  for (const c of extra) {
    const l = c.tokens.length > 1 ? byName.get(c.tokens.join(' ')) : resolve(c);
    if (l && l.mentions.length > 0) l.count++;
  }
  const order = new Map(entry.blocks.map((b, i) => [b.id, i]));
  const at = (m: Mention): number => order.get(m.block)! * 1e6 + m.start;
  return [...byName.values()]
    .filter((l) => l.mentions.length > 0)
    .sort((a, b) => at(a.mentions[0]!) - at(b.mentions[0]!))
    .map((l) => ({
      name: l.name,
      kind: decideKind(l.score, l.strong, l.count),
      score: l.score,
      strong: l.strong,
      mentions: l.mentions,
      count: l.count,
      forms: [...l.forms],
      evidence: l.evidence,
      honorifics: l.honorifics,
    }));
}

/** A one-word mention joins a full name unless its own evidence says it is no person. */
function looksPersonal(full: Local, c: Candidate): boolean {
  const fullKind = decideKind(full.score, full.strong, full.count, 0.5);
  const own = decideKind(c.score, c.strong, 1, 2);
  return (fullKind === null || fullKind === 'person') && (own === null || own === 'person');
}
