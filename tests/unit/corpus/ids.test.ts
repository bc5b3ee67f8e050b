import { describe, expect, it } from 'vitest';
import { assignIds, idFromPath } from '../../../src/corpus/ids.ts';

describe('ids', () => {
  it('derive from the path only, lower-cased and URL-safe', () => {
    expect(idFromPath('000_08b3d2caf78dda72.txt')).toBe('000_08b3d2caf78dda72');
    expect(idFromPath('World News/Putin India (2).txt')).toBe('world-news/putin-india-2');
    expect(idFromPath('📰.txt')).toBe('untitled');
    expect(idFromPath('names/Breaking 📰 News.txt')).toBe('names/breaking-news');
  });

  it('give clashing paths distinct ids, in a stable order', () => {
    const ids = assignIds(['b/Foo.txt', 'b/foo.txt', 'a.txt']);
    expect(ids.get('b/Foo.txt')).toEqual({ id: 'b/foo' });
    expect(ids.get('b/foo.txt')).toEqual({ id: 'b/foo-2', clash: 'b/Foo.txt' });
  });
});
