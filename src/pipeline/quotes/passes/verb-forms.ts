/**
 * The forms of verbs given as lemmas, from compromise's conjugator, as one alternation for a
 * pattern: `verbForms(['say', 'add'], ['PastTense'])` is `said|added`.
 */
import nlp from '../../document/compromise.ts';

type Tense = 'PastTense' | 'PresentTense';

/** The forms of `lemmas` in `tenses`, capitalised when `titleCase`. */
export function verbForms(
  lemmas: readonly string[],
  tenses: readonly Tense[],
  titleCase = false,
): string {
  const forms = lemmas.flatMap((lemma) => {
    const conjugated = (nlp(lemma).verbs().conjugate() as Partial<Record<Tense, string>>[])[0];
    return tenses.map((tense) => conjugated?.[tense] ?? lemma);
  });
  return [...new Set(forms)]
    .map((f) => (titleCase ? f[0]!.toUpperCase() + f.slice(1) : f))
    .join('|');
}
