import { describe, expect, it } from 'vitest';
import {
  describeRemovalReason,
  describeRepairKind,
  describeTitleSource,
  describeValueSource,
} from '../../../src/site/provenance.ts';

describe('provenance labels', () => {
  it('describes known codes in words', () => {
    expect(describeValueSource('author-bio')).toBe('the author bio');
    expect(describeValueSource('none')).toBe('not found');
    expect(describeTitleSource('text')).toBe('a title line in the text');
    expect(describeRemovalReason('teaser')).toBe('Teaser');
    expect(describeRepairKind('drop-cap')).toBe('Drop cap restored');
    expect(describeRepairKind('mojibake')).toBe('Mojibake repaired');
    expect(describeRepairKind('line-break-hyphen')).toBe('Word broken at a line end rejoined');
    expect(describeRemovalReason('footnote')).toBe('Footnote list or mark');
  });

  it('falls back to the code as words for unknown codes', () => {
    expect(describeValueSource('some-new-source')).toBe('some new source');
    expect(describeRemovalReason('cookie-banner')).toBe('Cookie banner');
    expect(describeRepairKind('lost-hyphen')).toBe('Lost hyphen');
  });
});
