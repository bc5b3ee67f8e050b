/**
 * The page manifest: read back as written, refused as damaged when a byte changed in place or
 * the file was cut off, and missing before the first build.
 */
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  manifestFile,
  readManifest,
  writeManifest,
  type Manifest,
} from '../../../src/page-cache/manifest.ts';

const work = mkdtempSync(path.join(tmpdir(), 'clippings-manifest-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const manifest: Manifest = {
  outDir: '/srv/clippings/dist',
  version: 'b0e1c2',
  pages: new Map([
    ['/articles/business-001/', { digest: 'Qm9vc3Q', size: 15210, sha1: 'AdSalesBoostTimeWarner' }],
    ['/raw/business-001.txt', { digest: 'UmF3', size: 2559, sha1: 'QuarterlyProfits76pc' }],
  ]),
};

describe('page manifest', () => {
  const file = manifestFile(manifest.outDir, work);

  it('is missing before the first build', async () => {
    expect(await readManifest(file)).toEqual({ state: 'missing' });
  });

  it('is read back as it was written', async () => {
    await writeManifest(file, manifest);
    expect(await readManifest(file)).toEqual({ state: 'ok', manifest });
  });

  it('is damaged when a digit of a page size changed in place', async () => {
    await writeManifest(file, manifest);
    const bytes = readFileSync(file);
    bytes.write('9', bytes.indexOf('15210'));
    writeFileSync(file, bytes);
    expect(await readManifest(file)).toEqual({ state: 'damaged' });
  });

  it('is damaged when cut off', async () => {
    await writeManifest(file, manifest);
    truncateSync(file, 40);
    expect(await readManifest(file)).toEqual({ state: 'damaged' });
  });
});
