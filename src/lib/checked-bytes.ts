/**
 * Bytes that carry their own checksum, for cache files and cache entries: a damaged entry (a
 * truncated file, bytes changed in place by a disk, a sync tool or a hand) is recognised and
 * dropped instead of being believed. A sealed value is a 12-byte header — the mark `CLP1`, the
 * payload's length and its CRC-32 (`node:zlib`), both unsigned 32-bit big-endian — then the
 * payload. CRC-32 catches every change of up to 32 consecutive bits and all but one in 4 billion
 * of any other change; it guards against accidents, not against someone forging an entry.
 */
import { readFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { writeAtomic } from './write-atomic.ts';

const MARK = Buffer.from('CLP1', 'latin1');
const HEADER = 12;

/** `payload` with its length and checksum in front. */
export function seal(payload: Uint8Array): Buffer {
  const sealed = Buffer.allocUnsafe(HEADER + payload.byteLength);
  MARK.copy(sealed, 0);
  sealed.writeUInt32BE(payload.byteLength, 4);
  sealed.writeUInt32BE(crc32(payload), 8);
  sealed.set(payload, HEADER);
  return sealed;
}

/** The payload of sealed bytes, or undefined when they are not whole and unchanged. */
export function unseal(sealed: Uint8Array): Uint8Array | undefined {
  if (sealed.byteLength < HEADER) return undefined;
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (!bytes.subarray(0, 4).equals(MARK)) return undefined;
  if (bytes.readUInt32BE(4) !== bytes.byteLength - HEADER) return undefined;
  const payload = bytes.subarray(HEADER);
  return crc32(payload) === bytes.readUInt32BE(8) ? payload : undefined;
}

/** What reading a sealed file found. */
export type SealedRead =
  { state: 'ok'; payload: Uint8Array } | { state: 'missing' } | { state: 'damaged' };

/** Writes `payload` sealed to `file`, atomically. */
export function writeSealed(file: string, payload: Uint8Array): Promise<void> {
  return writeAtomic(file, seal(payload));
}

/** Reads a sealed file: its payload, or whether it is missing or damaged. */
export async function readSealed(file: string): Promise<SealedRead> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return { state: 'missing' };
  }
  const payload = unseal(bytes);
  return payload ? { state: 'ok', payload } : { state: 'damaged' };
}
