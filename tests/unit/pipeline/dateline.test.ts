import { describe, expect, it } from 'vitest';
import { readDateline } from '../../../src/pipeline/plugins/remark-dateline.ts';

describe('readDateline', () => {
  it.each([
    [
      '(CNN) — Russian President Vladimir Putin said',
      '(CNN)',
      'CNN',
      'Russian President Vladimir Putin said',
    ],
    ['WASHINGTON (AP) — The Latest on the race', 'WASHINGTON (AP)', 'AP', 'The Latest on the race'],
    [
      'FLINT, Mich., Oct. 4 (UPI) — Former President Bill Clinton',
      'FLINT, Mich., Oct. 4 (UPI)',
      'UPI',
      'Former President Bill Clinton',
    ],
    [
      'BRUSSELS - European leaders gathered Friday',
      'BRUSSELS',
      undefined,
      'European leaders gathered Friday',
    ],
    [
      'NEWPORT NEWS, Va. - In a tradition he has kept',
      'NEWPORT NEWS, Va.',
      undefined,
      'In a tradition he has kept',
    ],
    [
      'WASHINGTON -- President Obama, dedicating the museum',
      'WASHINGTON',
      undefined,
      'President Obama, dedicating the museum',
    ],
  ])('%s', (text, dateline, agency, rest) => {
    const found = readDateline(text);
    expect(found?.dateline).toBe(dateline);
    expect(found?.agency).toBe(agency);
    expect(found?.rest).toBe(rest);
  });

  it('leaves ordinary sentences alone', () => {
    expect(
      readDateline('Russia already controls most of Donbas — its name for Donetsk'),
    ).toBeUndefined();
    expect(readDateline('U.S. officials had also planned for the envoys to meet')).toBeUndefined();
    expect(readDateline('I - for one - disagree')).toBeUndefined();
  });
});
