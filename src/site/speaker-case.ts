/**
 * Speakers whose names differ only in case are one speaker: `A BBC spokesman` (the first word of
 * a sentence) and `a BBC spokesman` (mid-sentence) are the same description, written where it
 * fell. The corpus stage keeps descriptions apart by their exact words; the site folds their case
 * so that one speaker has one page, one slug and one line in every list.
 */
import type { Quote } from '../schemas/entry.ts';

/** A speaker's name as the site shows it, and the page id of that name. */
export interface SpeakerForm {
  speaker: string;
  speakerId: string | null;
}

/** The key two names share when they differ only in case. */
export function speakerKey(name: string): string {
  return name.toLocaleLowerCase('en');
}

const capitals = (name: string): number => (name.match(/\p{Lu}/gu) ?? []).length;

/**
 * The form each speaker name is shown in: of the forms that differ only in case, the one most
 * quotes use; on a tie the one with fewer capitals (a capital is added at a sentence's start or
 * in a headline far more often than one is dropped), then code-point order. Its id is the id the
 * corpus gave that form. Names with one form map to themselves.
 */
export function speakerForms(
  quotes: Iterable<Pick<Quote, 'speaker' | 'speakerId'>>,
): Map<string, SpeakerForm> {
  const tally = new Map<string, Map<string, { count: number; speakerId: string | null }>>();
  for (const { speaker, speakerId } of quotes) {
    if (speaker === null) continue;
    const key = speakerKey(speaker);
    const forms = tally.get(key) ?? new Map<string, { count: number; speakerId: string | null }>();
    const form = forms.get(speaker) ?? { count: 0, speakerId };
    form.count++;
    form.speakerId ??= speakerId;
    forms.set(speaker, form);
    tally.set(key, forms);
  }
  const result = new Map<string, SpeakerForm>();
  for (const forms of tally.values()) {
    const [name, best] = [...forms].sort(
      ([a, fa], [b, fb]) =>
        fb.count - fa.count || capitals(a) - capitals(b) || (a < b ? -1 : a > b ? 1 : 0),
    )[0]!;
    for (const form of forms.keys()) result.set(form, { speaker: name, speakerId: best.speakerId });
  }
  return result;
}
