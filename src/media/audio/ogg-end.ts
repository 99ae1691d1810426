import { open } from 'node:fs/promises';

/**
 * Whether an Ogg file's last page carries the end-of-stream flag (RFC 3533 §6: header_type
 * 0x04). A copy cut at a page boundary decodes without a single error and probes as a shorter
 * file; the missing EOS flag is the only sign it was truncated. Reads only the file's tail.
 */
export async function oggEndsCleanly(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    // An Ogg page is at most 65,307 bytes, so the last page header lies in the last 64 KiB + 27.
    const length = Math.min(size, 65_536 + 27);
    const tail = Buffer.alloc(length);
    await file.read(tail, 0, length, size - length);
    const last = tail.lastIndexOf('OggS');
    if (last < 0 || last + 6 > length) return false;
    return (tail[last + 5]! & 0x04) !== 0;
  } finally {
    await file.close();
  }
}
