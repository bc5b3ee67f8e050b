import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_NODE_FLAGS } from '../../bench/lib/site.ts';

describe('the build script', () => {
  it('gives Node the V8 flags the bench builds with', () => {
    const manifest = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, '../../../package.json'), 'utf8'),
    ) as { scripts: Record<string, string> };
    const words = manifest.scripts['build']!.split(/\s+/);
    expect(words[0]).toBe('node');
    for (const flag of BUILD_NODE_FLAGS) expect(words).toContain(flag);
    expect(words.slice(-2)).toEqual(['node_modules/astro/bin/astro.mjs', 'build']);
  });
});
