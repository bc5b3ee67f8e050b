/**
 * `role-appositive`: `Her aide, Jake Sullivan, said`, `Scottish Finance Minister, Tom McCabe MSP,
 * said` — a name set off by commas beside a role stands for the role. Applied to what the cue
 * passes match: when the mention only describes and its appositive names, the name speaks.
 */
import type { Rule } from '../sieve.ts';
import { splitName, TITLES } from '../people.ts';
import { IS_NAME, IS_STAND_IN } from './patterns.ts';
import type { Found } from './sentence.ts';

/** The mention, or the name in its appositive when the mention only describes (`Her aide, Jake Sullivan,`). */
export function mentionOf(groups: Record<string, string | undefined>): string {
  const spk = groups['spk']!;
  const app = groups['app'];
  // `Scottish Finance Minister, Tom McCabe MSP, said`: a role written as a name stands in too.
  // `The Health Secretary, Jo Bell, said`: a phrase headed by a title is a role too.
  const words = splitName(spk.trim()).name;
  const roleOnly =
    words.every((w) => TITLES.has(w.toLowerCase())) ||
    TITLES.has(spk.trim().split(/\s+/u).at(-1)!.toLowerCase());
  if (app && (IS_STAND_IN.test(spk.trim()) || roleOnly)) {
    // `Ukraine's president, Volodymyr Zelenskyy, has always refused this demand, saying`.
    const name = IS_NAME.exec(app.trim()) ?? IS_NAME.exec(app.split(',')[0]!.trim());
    if (name) return name[0];
  }
  return spk;
}

/** What a match found: its mention (the name in an appositive standing for a role), cue and pass. */
export function foundOf(groups: Record<string, string | undefined>, rule: Rule, at: number): Found {
  const mention = mentionOf(groups);
  return {
    mention,
    cue: groups['cue']!,
    at,
    rule: mention === groups['spk'] ? rule : 'role-appositive',
  };
}
