/**
 * `quoted-as-saying`: `X was quoted as saying “…”` — a passive report of someone's words. The cue
 * passes find it (`quoted as saying` is one of the cues, `cues.ts`); this pass names it.
 */
import type { Found } from './sentence.ts';

/** The cue of a passive report. */
export const QUOTED_AS_SAYING = 'quoted as saying';

/** The found attribution, recorded as `quoted-as-saying` when its cue is the passive report. */
export function quotedAsSaying(found: Found): Found {
  return found.cue === QUOTED_AS_SAYING ? { ...found, rule: 'quoted-as-saying' } : found;
}
