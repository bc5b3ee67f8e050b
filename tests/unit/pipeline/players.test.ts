import { describe, expect, it } from 'vitest';
import { run, SPYWARE } from './excerpts.ts';
import { isGalleryCounter, isReadout } from '../../../src/pipeline/plugins/remark-players.ts';

// A BBC story (tech-003), verbatim.
const { TITLE, LEAD, SECOND, THIRD } = SPYWARE;

describe("a player's controls", () => {
  it.each([['0:00 / 1:07'], ['4:15'], ['(3:54)'], ['1 min 24 sec'], ['1x'], ['Speed 1.0x']])(
    'reads %j as a readout',
    (line) => {
      expect(isReadout(line)).toBe(true);
    },
  );

  it.each([['Photo 1 of 11'], ['1/7'], ['Gallery: 7 images'], ['View gallery (16 photos)']])(
    'reads %j as a gallery counter',
    (line) => {
      expect(isGalleryCounter(line)).toBe(true);
    },
  );

  it.each([['Newcastle 2-1 Bolton'], ['1600 GMT'], ['3 MIN READ'], [LEAD]])(
    'does not read %j as a readout',
    (line) => {
      expect(isReadout(line)).toBe(false);
    },
  );

  it.each([
    [['🎧 Listen to this story', '1 min 24 sec']],
    [['Listen', '00:00 / 3:28', '1x', 'Powered by Trinity Audio']],
    [
      [
        'Now Playing',
        'Video: Microsoft on spyware',
        '1:11',
        'Up Next',
        'Debate night: Live updates',
      ],
    ],
  ])('takes the block %j out of the body', (player) => {
    const text = [TITLE, LEAD, player.join('\n'), SECOND, THIRD].join('\n\n');
    const entry = run(text);
    expect(entry.blocks.map((b) => b.text)).toEqual([LEAD, SECOND, THIRD]);
    expect(entry.removed.map((r) => r.text)).toEqual(player);
  });

  it('keeps a readout beside a sentence of the story, and a readout alone', () => {
    const text = [TITLE, LEAD, `${SECOND}\n4:15`, '1:11', THIRD].join('\n\n');
    expect(run(text).blocks.map((b) => b.text)).toEqual([LEAD, SECOND, '4:15', '1:11', THIRD]);
  });

  it.each([
    [['PHOTO GALLERY', '1 of 7', `${SECOND} Credit: Reuters`, '2 of 7', THIRD, 'Replay gallery']],
    [['Gallery: 7 images', '1/7', `${SECOND} Credit: EPA`]],
  ])('takes a gallery with its captions out of the body: %j', (gallery) => {
    const text = [TITLE, LEAD, gallery.join('\n'), SECOND, THIRD].join('\n\n');
    expect(run(text).blocks.map((b) => b.text)).toEqual([LEAD, SECOND, THIRD]);
  });

  it('keeps sentences next to one counter of pictures', () => {
    const text = [TITLE, LEAD, `${SECOND}\n1 of 7`, THIRD].join('\n\n');
    expect(run(text).blocks.map((b) => b.text)).toContain(SECOND);
  });
});
