/**
 * Where a V8 CPU profile (`node --cpu-prof`) spends its time: self time by package (or project
 * folder), the functions with the most self time, and the project's functions with the most
 * total time (each sample counted once per function on its stack).
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  totalMs: number;
  byGroup: { name: string; ms: number }[];
  topSelf: { name: string; ms: number }[];
  topTotal: { name: string; ms: number }[];
  text: string;
}

/** `node_modules/<pkg>`, a project folder (`src/pages`, `.prerender`), `node:` or a V8 marker. */
function group(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'node:internal';
  const prerender = /\/\.prerender\/(?:chunks\/)?([^/]+?)(?:[._-][\w-]{8})?\.mjs$/.exec(url);
  if (prerender) return `site bundle (${prerender[1]})`;
  const project = /\/(src|tests)\/([^/]+)/.exec(url);
  if (project) return `${project[1]}/${project[2]}`;
  return url.replace(/^file:\/\//, '').slice(-60);
}

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.split('/').pop() ?? '';
  const name = functionName || '(anonymous)';
  const short = name.length > 80 ? `${name.slice(0, 77)}…` : name;
  return `${short} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
}

export function summariseProfile(file: string, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const groups = new Map<string, number>();
  const selfByLabel = new Map<string, number>();
  const totalByLabel = new Map<string, number>();
  for (const [id, ms] of self) {
    const node = byId.get(id)!;
    const g = group(node.callFrame.url, node.callFrame.functionName);
    groups.set(g, (groups.get(g) ?? 0) + ms);
    const l = `${label(node)} [${g}]`;
    selfByLabel.set(l, (selfByLabel.get(l) ?? 0) + ms);
    // Total time of the project's own functions (site bundle, src/), once per stack.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at)!;
      const ng = group(n.callFrame.url, n.callFrame.functionName);
      if (!/^(site bundle|src\/)/.test(ng)) continue;
      const nl = `${label(n)} [${ng}]`;
      if (seen.has(nl)) continue;
      seen.add(nl);
      totalByLabel.set(nl, (totalByLabel.get(nl) ?? 0) + ms);
    }
  }
  const sorted = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms: Math.round(ms) }));
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const byGroup = sorted(groups);
  const topSelf = sorted(selfByLabel);
  const topTotal = sorted(totalByLabel);
  const lines = (title: string, items: { name: string; ms: number }[]): string =>
    `${title}\n${items
      .map(
        (i) =>
          `  ${(i.ms / 1000).toFixed(1).padStart(7)} s  ${((i.ms / totalMs) * 100).toFixed(1).padStart(5)}%  ${i.name}`,
      )
      .join('\n')}`;
  const text = [
    `profile ${(totalMs / 1000).toFixed(1)} s (main thread)`,
    lines('self time by package / folder:', byGroup),
    lines('self time by function:', topSelf),
    lines('total time of the site code, by function:', topTotal),
  ].join('\n');
  return { totalMs: Math.round(totalMs), byGroup, topSelf, topTotal, text };
}

/**
 * Time (ms) of every function of a profile, each sample counted once per function on its stack
 * (so a function's time includes what it called), keyed by `name file:line [package]`.
 */
export function totalByFunction(file: string): Map<string, number> {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at)!;
      const l = `${label(n)} [${group(n.callFrame.url, n.callFrame.functionName)}]`;
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + ms);
    }
  });
  return total;
}

/**
 * Where the extra time of a bigger build goes: for each function, its time in `file` less its
 * time in `baseFile` (the same site built from a few files), per unit of `units` (the extra
 * articles), the `top` largest. The bundle's hashed chunk names differ between two builds, so
 * functions are matched by name and file without the hash.
 */
export function profileDifference(
  baseFile: string,
  file: string,
  units: number,
  top = 25,
): { name: string; msPerUnit: number }[] {
  const unhash = (m: Map<string, number>): Map<string, number> => {
    const out = new Map<string, number>();
    for (const [k, v] of m) {
      const key = k.replace(/([._])[\w-]{8}\.mjs:/, '$1*.mjs:');
      out.set(key, (out.get(key) ?? 0) + v);
    }
    return out;
  };
  const base = unhash(totalByFunction(baseFile));
  const big = unhash(totalByFunction(file));
  return [...big]
    .filter(([name]) => name !== '(root) [(root)]')
    .map(([name, ms]) => ({ name, msPerUnit: (ms - (base.get(name) ?? 0)) / units }))
    .sort((a, b) => b.msPerUnit - a.msPerUnit)
    .slice(0, top);
}

if (import.meta.filename === process.argv[1]) {
  for (const file of process.argv.slice(2)) console.log(summariseProfile(file).text);
}
