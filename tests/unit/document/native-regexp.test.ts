import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const MODULE = path.resolve(import.meta.dirname, '../../../src/pipeline/document/native-regexp.ts');

/**
 * V8's own account (`--trace-regexp-tier-up`) of how a fresh node process compiles one of the
 * attribution's shapes of pattern (a cue after a speaker's name) on its first run over a short
 * sentence, after importing `native-regexp.ts` or not: the last line V8 prints is that compile.
 */
function lastCompile(withModule: boolean): string {
  const script = [
    withModule ? `await import(${JSON.stringify(MODULE)});` : '',
    String.raw`new RegExp('(?<spk>\\p{Lu}\\p{Ll}+)\\s+(?<cue>said|added|told)\\b', 'u').exec('“Yes,” Smith said.');`,
  ].join('\n');
  const out = execFileSync(
    process.execPath,
    ['--trace-regexp-tier-up', '--input-type=module', '-e', script],
    { encoding: 'utf8' },
  );
  return out.trim().split('\n').at(-1) ?? '';
}

describe('native-regexp: patterns compiled to machine code on their first run', () => {
  it.each([
    [true, /native code size/],
    [false, /bytecode size/],
  ])('imported %s: the first run compiles to %s', (withModule, compiled) => {
    expect(lastCompile(withModule)).toMatch(compiled);
  });
});
