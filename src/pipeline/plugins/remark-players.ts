/**
 * An audio or video player left in a page's text: its controls and labels as a block of short
 * lines with no blank line between them, one of which is the player's time readout (`0:00 /
 * 1:07`, `1 min 24 sec`, `4:15`, a playback rate `1x`, `Speed 1.0x`). Read as a block, by form: a
 * group of two or more adjacent lines, each at most twelve words and none a sentence of prose,
 * holding a readout line, goes whole (`🎧 Listen to this story` / `1 min 24 sec`; `Now Playing` /
 * `Video: …` / `1:11` / `Up Next` / `…`), each line as `boilerplate-line`. A readout alone, or
 * beside a sentence of the story, is kept. A gallery is such a block too, its counters the
 * picture shown (`Photo 1 of 11`, `1/7`) and the number of pictures (`Gallery: 7 images`): two
 * counters or more, and captions of a sentence or two between them, go whole.
 */
import type { Paragraph, Root } from 'mdast';
import { articlesOf, blockText, lineData, liveParagraphs, markRemoved } from '../blocks.ts';
import { lineForm } from '../line-form.ts';
import { PICTURE_NOUN } from '../words/picture-nouns.ts';

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;
/** A position and a length (`0:00 / 1:07`), or a length alone (`4:15`, `(3:54)`). */
const CLOCK = new RegExp(`^\\(?${TIME}(?:\\s*/\\s*${TIME})?\\)?$`, 'u');
/** A length in units: `1 min 24 sec`, `29 mins`, `45s`. */
const LENGTH = /^(?:\d+\s*(?:h|hrs?|hours?|m|min|mins|minutes?|s|sec|secs|seconds?)\.?\s*){1,3}$/iu;
/** A playback rate: `1x`, `1.5×`, `Speed 1.0x`. */
const RATE = /^(?:\p{L}+:?\s+)?\d(?:\.\d{1,2})?\s*[x×]$/iu;
const MAX_WORDS = 12;
/** A gallery's position (`Photo 1 of 11`, `2 of 7`, `1/7`). */
const POSITION = /^(?:\p{L}+\s+)?\d{1,3}\s*(?:of|\/)\s*\d{1,3}$/iu;
/** A gallery's size (`View gallery (16 photos)`, `Gallery: 7 images`). */
const PICTURES = new RegExp(`^(?:[\\p{L} ]+:?\\s*)?\\(?\\d{1,3}\\s+${PICTURE_NOUN}\\)?$`, 'iu');
/** A caption in a gallery may run to a sentence or two. */
const MAX_CAPTION_WORDS = 30;

/** True when the line is a player's time readout or playback rate. */
export function isReadout(line: string): boolean {
  const text = line.trim();
  return CLOCK.test(text) || LENGTH.test(text) || RATE.test(text);
}

/** True when the line is a gallery's counter: the picture shown of how many, or how many. */
export function isGalleryCounter(line: string): boolean {
  const text = line.trim();
  return POSITION.test(text) || PICTURES.test(text);
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

/** Why the lines are a player's controls: short lines, none prose, with a readout. */
function playerBlock(texts: readonly string[]): string | undefined {
  const readout = texts.find(isReadout);
  if (readout === undefined) return undefined;
  const short = texts.every(
    (t) => t.split(/\s+/u).length <= MAX_WORDS && !t.includes('\n') && !lineForm(t).prose,
  );
  return short
    ? `a player's controls: ${texts.length} short lines with its readout (${readout})`
    : undefined;
}

/**
 * Why the lines are a gallery: its counters (two at least: `Photo 1 of 11`, `Photo 2 of 11`;
 * `Gallery: 7 images`, `1/7`) among captions of a sentence or two and the gallery's buttons.
 */
function galleryBlock(texts: readonly string[]): string | undefined {
  const counters = texts.filter(isGalleryCounter);
  if (counters.length < 2) return undefined;
  const captions = texts.every(
    (t) => t.split(/\s+/u).length <= MAX_CAPTION_WORDS && !t.includes('\n'),
  );
  return captions
    ? `a gallery of pictures: ${texts.length} lines with its counters (${counters.join(', ')})`
    : undefined;
}

export default function remarkPlayers() {
  return (tree: Root): void => {
    for (const article of articlesOf(tree)) {
      for (const group of groups(liveParagraphs(article))) {
        if (group.length < 2) continue;
        const texts = group.map((b) => blockText(b).trim());
        const detail = playerBlock(texts) ?? galleryBlock(texts);
        if (!detail) continue;
        for (const block of group) markRemoved(block, 'boilerplate-line', detail);
      }
    }
  };
}
