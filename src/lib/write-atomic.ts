/**
 * Writing a file so that a reader (or the next build, after a crash) sees either its old bytes or
 * its new ones, never half of them: the bytes go to a temporary file in the same folder (a rename
 * is atomic only within one file system), are flushed, and the file is renamed into place.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The temporary name `file` is written under first: hidden, unique to this process and call. */
export function temporaryName(file: string): string {
  const unique = `${process.pid}.${randomBytes(4).toString('hex')}`;
  return path.join(path.dirname(file), `.${path.basename(file)}.${unique}.tmp`);
}

/** Writes `data` to `file` atomically, making its folder if need be. */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = temporaryName(file);
  try {
    await writeFile(temporary, data, { flush: true });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
