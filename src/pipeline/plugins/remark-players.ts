/**
 * An audio or video player left in a page's text: its controls and labels as a block of short
 * lines with no blank line between them, one of which is the player's time readout (`0:00 /
 * 1:07`, `1 min 24 sec`, `4:15`, a playback rate `1x`, `Speed 1.0x`). Read as a block, by form: a
 * group of two or more adjacent lines, each at most twelve words and none a sentence of prose,
 * holding a readout line, goes whole (`🎧 Listen to this story` / `1 min 24 sec`; `Now Playing` /
 * `Video: …` / `1:11` / `Up Next` / `…`), each line as `boilerplate-line`. A readout alone, or
 * beside a sentence of the story, is kept.
 */
import type { Paragraph, Root } from 'mdast';
import { articlesOf, blockText, lineData, liveParagraphs, markRemoved } from '../blocks.ts';
import { lineForm } from '../line-form.ts';

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;
/** A position and a length (`0:00 / 1:07`), or a length alone (`4:15`, `(3:54)`). */
const CLOCK = new RegExp(`^\\(?${TIME}(?:\\s*/\\s*${TIME})?\\)?$`, 'u');
/** A length in units: `1 min 24 sec`, `29 mins`, `45s`. */
const LENGTH = /^(?:\d+\s*(?:h|hrs?|hours?|m|min|mins|minutes?|s|sec|secs|seconds?)\.?\s*){1,3}$/iu;
/** A playback rate: `1x`, `1.5×`, `Speed 1.0x`. */
const RATE = /^(?:\p{L}+:?\s+)?\d(?:\.\d{1,2})?\s*[x×]$/iu;
const MAX_WORDS = 12;

/** True when the line is a player's time readout or playback rate. */
export function isReadout(line: string): boolean {
  const text = line.trim();
  return CLOCK.test(text) || LENGTH.test(text) || RATE.test(text);
}

/** Groups of adjacent lines (no blank line between them). */
function groups(blocks: readonly Paragraph[]): Paragraph[][] {
  const out: Paragraph[][] = [];
  for (const block of blocks) {
    const last = out.at(-1);
    if (last && !lineData(block).blankBefore && last.at(-1) === blocks[blocks.indexOf(block) - 1])
      last.push(block);
    else out.push([block]);
  }
  return out;
}

export default function remarkPlayers() {
  return (tree: Root): void => {
    for (const article of articlesOf(tree)) {
      for (const group of groups(liveParagraphs(article))) {
        if (group.length < 2) continue;
        const texts = group.map((b) => blockText(b).trim());
        const readout = texts.find(isReadout);
        if (readout === undefined) continue;
        const short = texts.every(
          (t) => t.split(/\s+/u).length <= MAX_WORDS && !t.includes('\n') && !lineForm(t).prose,
        );
        if (!short) continue;
        const detail = `a player's controls: ${group.length} short lines with its readout (${readout})`;
        for (const block of group) markRemoved(block, 'boilerplate-line', detail);
      }
    }
  };
}
