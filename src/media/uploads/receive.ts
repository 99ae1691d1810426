import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describeType, SNIFF_BYTES, sniffMedia, type SniffedType } from './sniff.js';

/** Why an upload was refused at the door: the HTTP status and a sentence for the client. */
export class UploadRefused extends Error {
  override readonly name = 'UploadRefused';
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

/** The client closed the connection before the body ended. */
export class UploadAborted extends Error {
  override readonly name = 'UploadAborted';
  constructor() {
    super('The client closed the connection before the upload ended');
  }
}

export interface ReceivedFile extends SniffedType {
  /** The file as written, under `<dataDir>/uploads/incoming/`; the caller moves or deletes it. */
  tmpPath: string;
  sha256: string;
  size: number;
}

export const incomingDir = (dataDir: string) => path.join(dataDir, 'uploads', 'incoming');

/**
 * Streams a request body to a temp file: hashed (sha256) and counted as it passes, never held
 * whole in memory. Past `maxBytes` (413), a type that is not audio or video (415, sniffed from
 * the first 64 KiB), an empty body, or a client that goes away mid-way, the partial file is
 * removed before this rejects: nothing is left on disk.
 */
export async function receiveFile(
  body: Readable,
  options: { dataDir: string; maxBytes: number },
): Promise<ReceivedFile> {
  const dir = incomingDir(options.dataDir);
  await mkdir(dir, { recursive: true });
  const tmpPath = path.join(dir, `${randomUUID()}.part`);
  const hash = createHash('sha256');
  let size = 0;
  let head: Buffer[] = [];
  let headBytes = 0;
  let type: SniffedType | null = null;
  const sniff = async () => {
    const bytes = Buffer.concat(head);
    head = [];
    type = await sniffMedia(bytes);
    if (!type)
      throw new UploadRefused(
        415,
        `The upload is ${await describeType(bytes)}; only audio and video files are accepted`,
      );
  };
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > options.maxBytes) {
        done(new UploadRefused(413, `The upload exceeds the limit of ${options.maxBytes} bytes`));
        return;
      }
      hash.update(chunk);
      if (!type && headBytes < SNIFF_BYTES) {
        head.push(chunk);
        headBytes += chunk.length;
        if (headBytes >= SNIFF_BYTES) {
          sniff().then(() => done(null, chunk), done);
          return;
        }
      }
      done(null, chunk);
    },
    flush(done) {
      if (type || size === 0) return done();
      sniff().then(() => done(), done);
    },
  });
  // The body is piped rather than put in the pipeline: a refusal must not destroy the request,
  // or the client could not read the 413/415 that explains it (the HTTP edge drains the rest).
  const clientGone = () => {
    if (!body.readableEnded) meter.destroy(new UploadAborted());
  };
  body.once('error', clientGone);
  body.once('close', clientGone);
  body.pipe(meter);
  try {
    await pipeline(meter, createWriteStream(tmpPath));
    if (size === 0) throw new UploadRefused(400, 'The upload is empty: send the file as the request body');
  } catch (error) {
    body.unpipe(meter);
    await rm(tmpPath, { force: true });
    throw error;
  } finally {
    body.off('error', clientGone);
    body.off('close', clientGone);
  }
  const sniffed = type as SniffedType | null;
  if (!sniffed) throw new Error('receiveFile: the stream ended without being sniffed');
  return { tmpPath, sha256: hash.digest('hex'), size, ...sniffed };
}
