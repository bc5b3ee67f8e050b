/**
 * `npm run -s inspect -- <file or folder>...` — prints one JSON object per entry per line (JSON
 * Lines): the same data the site uses. Files that were not read are printed too, with
 * `status: "skipped"` and the reason. Exit status 2 when a path cannot be read.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { buildCorpus, type InputFile } from '../corpus/build-corpus.ts';
import { listFiles, MAX_FILE_BYTES, tooLarge, type SkippedFile } from '../corpus/list-files.ts';

const USAGE = 'usage: npm run -s inspect -- <file or folder>...';

async function main(args: string[]): Promise<number> {
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    process.stderr.write(`${USAGE}\nPrints one JSON object per entry (JSON Lines).\n`);
    return args.length === 0 ? 2 : 0;
  }
  const inputs: InputFile[] = [];
  const folderFiles: InputFile[] = [];
  const skipped: SkippedFile[] = [];
  const display = new Map<string, string>();
  const add = (rel: string, shown: string): string => {
    const key = display.has(rel) ? shown : rel;
    display.set(key, shown);
    return key;
  };
  for (const arg of args) {
    let info;
    try {
      info = await stat(arg);
    } catch (error) {
      process.stderr.write(
        `inspect: cannot read ${arg}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : String(error)}\n`,
      );
      return 2;
    }
    if (info.isDirectory()) {
      const listing = await listFiles(arg);
      for (const s of listing.skipped)
        skipped.push({ ...s, rel: add(s.rel, path.join(arg, s.rel)) });
      // Folder defaults apply by path inside this folder, so they keep their relative paths.
      for (const f of listing.folderFiles)
        folderFiles.push({ rel: f.rel, bytes: new Uint8Array(await readFile(f.abs)) });
      for (const f of listing.files) {
        const rel = add(f.rel, path.join(arg, f.rel));
        try {
          inputs.push({ rel, bytes: new Uint8Array(await readFile(f.abs)) });
        } catch (error) {
          skipped.push({
            rel,
            bytes: f.bytes,
            reason: `cannot be read (${(error as NodeJS.ErrnoException).code})`,
          });
        }
      }
    } else {
      const rel = add(path.basename(arg), arg);
      if (info.size > MAX_FILE_BYTES) {
        skipped.push({
          rel,
          bytes: info.size,
          reason: tooLarge(info.size),
        });
        continue;
      }
      try {
        inputs.push({ rel, bytes: new Uint8Array(await readFile(arg)) });
      } catch (error) {
        process.stderr.write(
          `inspect: cannot read ${arg}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`,
        );
        return 2;
      }
    }
  }
  const corpus = buildCorpus(inputs, skipped, undefined, { folderFiles });
  const lines: string[] = [];
  for (const entry of corpus.entries) {
    lines.push(
      JSON.stringify({
        ...entry,
        file: display.get(entry.file) ?? entry.file,
        status: entry.warnings.length ? 'warning' : 'ok',
      }),
    );
  }
  for (const report of corpus.files) {
    // A folder.yaml that could not be read whole (it makes no entry): say so, as the build does.
    if (report.status === 'warning' && report.entries.length === 0)
      for (const warning of report.warnings)
        process.stderr.write(`inspect: ${report.file}: ${warning}\n`);
    if (report.status !== 'skipped') continue;
    lines.push(
      JSON.stringify({
        file: display.get(report.file) ?? report.file,
        status: 'skipped',
        reason: report.reason,
        bytes: report.bytes,
      }),
    );
    process.stderr.write(
      `inspect: skipped ${display.get(report.file) ?? report.file}: ${report.reason}\n`,
    );
  }
  process.stdout.write(lines.length ? `${lines.join('\n')}\n` : '');
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
