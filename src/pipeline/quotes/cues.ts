/**
 * The reporting verbs that attribute speech (`said`, `told`, `pointed out` …): every form of a
 * verb whose lemma is a verb of saying (`words/saying-verbs.ts`), as compromise's lemmatiser reads
 * it. The forms are the inflections of each lemma (compromise's conjugator, and the regular
 * spellings it misses: `quipped`, `tweeted`) that the lemmatiser maps back to that lemma, so a form
 * is a cue exactly when its lemma is a verb of saying. Past forms are cues in title case too
 * (`Jo Bell Said`): a capitalised past form is no noun, where `States` or `Calls` may be.
 */
import nlp from '../document/compromise.ts';
import { SAYING_PHRASES, SAYING_VERBS, SAYING_VERBS_BARE } from './words/saying-verbs.ts';

type Tense = 'PastTense' | 'PresentTense' | 'Gerund';

const world = (
  nlp as unknown as {
    world(): {
      model: unknown;
      methods: {
        two: {
          transform: {
            verb: {
              conjugate(lemma: string, model: unknown): Partial<Record<Tense, string>>;
              toInfinitive(form: string, model: unknown, tense: Tense): string;
            };
          };
        };
      };
    };
  }
).world();
const { conjugate, toInfinitive } = world.methods.two.transform.verb;

/** The lemma of a verb form in a tense, as compromise reads it: `quipped` → `quip`. */
export function lemmaOf(form: string, tense: Tense): string {
  return toInfinitive(form.toLowerCase(), world.model, tense);
}

/** Spellings a regular verb may take in each tense: `snapped` and `snaped`, the lemmatiser picks. */
function spellings(lemma: string): Record<Tense, string[]> {
  const stem = lemma.replace(/e$/, '');
  const doubled = lemma + lemma.at(-1)!;
  const y = /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) : undefined;
  return {
    PresentTense: [/(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : y ? `${y}ies` : `${lemma}s`],
    PastTense: [y ? `${y}ied` : lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`, `${doubled}ed`],
    Gerund: [`${stem}ing`, `${doubled}ing`],
  };
}

/**
 * The forms of a lemma, by tense: the conjugator's, and the spellings the lemmatiser maps back to
 * the lemma (`quipped`, which the conjugator misses as `quip`) or that it does not know.
 */
function formsOf(lemma: string): Record<Tense, Set<string>> {
  const conjugated = conjugate(lemma, world.model);
  const regular = spellings(lemma);
  const out = {} as Record<Tense, Set<string>>;
  for (const tense of ['PresentTense', 'PastTense', 'Gerund'] as const) {
    const candidates = [conjugated[tense], ...regular[tense]].filter(
      (f): f is string => !!f && f !== lemma,
    );
    const known = candidates.filter((f) => lemmaOf(f, tense) === lemma);
    // The conjugator's own form always (`read`, `hit`: the lemma itself as the past), and the
    // regular spelling of a word the lemmatiser does not know (it returns `derided` unchanged).
    const plain = regular[tense][0]!;
    const unknown = lemmaOf(plain, tense) === plain ? [plain] : [];
    out[tense] = new Set([...known, ...unknown, conjugated[tense] ?? plain]);
  }
  return out;
}

const words: string[] = [];
for (const [lemmas, bare] of [
  [SAYING_VERBS, false],
  [SAYING_VERBS_BARE, true],
] as const)
  for (const lemma of lemmas) {
    const forms = formsOf(lemma);
    if (bare) words.push(lemma);
    words.push(...forms.PresentTense, ...forms.PastTense, ...forms.Gerund);
    for (const past of forms.PastTense) words.push(past[0]!.toUpperCase() + past.slice(1));
  }
for (const phrase of SAYING_PHRASES) {
  const [verb, ...rest] = phrase.split(' ') as [string, ...string[]];
  const forms = formsOf(verb);
  for (const form of [...forms.PresentTense, ...forms.PastTense, ...forms.Gerund])
    words.push([form, ...rest].join(' '));
}

/** `X was quoted as saying`: a passive report of someone's words. */
const QUOTED_AS_SAYING = 'quoted as saying';

/** The cues as one alternation, longest first. */
export const CUES = [...new Set([...words, QUOTED_AS_SAYING])]
  .sort((a, b) => b.length - a.length)
  .join('|');
/** A reporting verb anywhere in a stretch of text. */
export const CUE_IN = new RegExp(`\\b(?:${CUES})\\b`, 'u');

const CUE_WORD = new RegExp(`^(?:${CUES})$`, 'u');
/** True when a word (or a verb and its particle) is a reporting verb: `commented`, `Said`, `hit back`. */
export function isCue(word: string): boolean {
  return CUE_WORD.test(word);
}
