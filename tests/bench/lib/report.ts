/**
 * What every benchmark part records with its figures (machine, date, commit, load) and how it
 * prints and saves them: a Markdown table on stdout and JSON in `bench-results/` (gitignored),
 * `<part>-<time>.json` and `<part>-latest.json`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './corpus.ts';

export const RESULTS = path.join(ROOT, 'bench-results');

export interface Machine {
  date: string;
  commit: string;
  /** Uncommitted changes in the checkout when measured. */
  dirty: boolean;
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  /** 1-, 5- and 15-minute load averages when the part started. */
  load: number[];
}

function git(...args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

export function machine(): Machine {
  return {
    date: new Date().toISOString(),
    commit: git('rev-parse', '--short', 'HEAD') || 'unknown',
    dirty: git('status', '--porcelain', '--untracked-files=no') !== '',
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    load: os.loadavg().map((v) => Math.round(v * 100) / 100),
  };
}

export function describeMachine(m: Machine): string {
  return (
    `${m.date.slice(0, 16).replace('T', ' ')} UTC, commit ${m.commit}${m.dirty ? ' (+ changes)' : ''}, ` +
    `${m.cores} cores (${m.cpu}), ${m.memoryGb} GB, Node ${m.node}, load ${m.load.join(' ')}`
  );
}

/** Saves a part's results; returns the file written. */
export function saveResult(part: string, data: unknown): string {
  mkdirSync(RESULTS, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const json = `${JSON.stringify(data, null, 2)}\n`;
  const file = path.join(RESULTS, `${part}-${stamp}.json`);
  writeFileSync(file, json);
  writeFileSync(path.join(RESULTS, `${part}-latest.json`), json);
  return file;
}

/** The latest saved results of a part, if any. */
export function latestResult<T>(part: string): T | null {
  const file = path.join(RESULTS, `${part}-latest.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null;
}

/** A Markdown table (columns padded, so it reads in a terminal too). */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export const seconds = (ms: number): string =>
  ms >= 60_000
    ? `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`
    : `${(ms / 1000).toFixed(1)} s`;
export const mb = (bytes: number): string =>
  bytes >= 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(2)} GB` : `${Math.round(bytes / 2 ** 20)} MB`;
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const count = (n: number): string => n.toLocaleString('en-GB');
