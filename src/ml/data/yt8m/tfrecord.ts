import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { maskedCrc32c } from './crc32c.js';
import { TfRecordError } from './tfrecord-error.js';

/*
 * TFRecord framing (tensorflow/core/lib/io/record_writer.cc), per record:
 *   uint64 length (LE) | uint32 masked_crc32c(length bytes) | data | uint32 masked_crc32c(data)
 */
const HEADER = 12;
const FOOTER = 4;

export interface TfRecord {
  /** 0-based index of the record in its file. */
  index: number;
  /** Byte offset of the record's header. */
  offset: number;
  data: Uint8Array;
}

export interface ReadTfRecordsOptions {
  /** Largest record accepted; a bigger length is reported as corruption (default 256 MiB). */
  maxRecordBytes?: number;
  /** Read-stream chunk size (default 1 MiB). */
  chunkBytes?: number;
  /** Called as each record is read, with the bytes consumed so far (up to the record's end). */
  onBytes?: (bytesRead: number) => void;
}

/** Bytes from a stream, queued so that a record can span chunks without re-buffering the file. */
class ChunkQueue {
  private chunks: Uint8Array[] = [];
  private head = 0; // read position inside chunks[0]
  length = 0;

  push(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  /** The next n bytes; a view into the chunk when they lie in one, else a copy. */
  take(n: number): Uint8Array {
    const first = this.chunks[0]!;
    if (first.length - this.head >= n) {
      const out = first.subarray(this.head, this.head + n);
      this.advance(n);
      return out;
    }
    const out = new Uint8Array(n);
    let filled = 0;
    while (filled < n) {
      const chunk = this.chunks[0]!;
      const part = Math.min(n - filled, chunk.length - this.head);
      out.set(chunk.subarray(this.head, this.head + part), filled);
      filled += part;
      this.advance(part);
    }
    return out;
  }

  private advance(n: number): void {
    this.head += n;
    this.length -= n;
    if (this.head === this.chunks[0]!.length) {
      this.chunks.shift();
      this.head = 0;
    }
  }
}

/**
 * Streams the records of a TFRecord file, checking both CRCs of each. Memory stays bounded by
 * one record plus one read chunk, whatever the file's size. Throws a TfRecordError naming the
 * file, the record and its byte offset on a CRC mismatch or a truncated record.
 */
export async function* readTfRecords(
  file: string,
  options: ReadTfRecordsOptions = {},
): AsyncGenerator<TfRecord> {
  const maxRecordBytes = options.maxRecordBytes ?? 256 * 2 ** 20;
  const stream = createReadStream(file, { highWaterMark: options.chunkBytes ?? 2 ** 20 });
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const queue = new ChunkQueue();
  const fill = async (n: number): Promise<boolean> => {
    while (queue.length < n) {
      const next = await chunks.next();
      if (next.done) return false;
      queue.push(next.value);
    }
    return true;
  };
  let offset = 0;
  let index = 0;
  try {
    while (await fill(1)) {
      const fail = (reason: string) => new TfRecordError(file, index, offset, reason);
      if (!(await fill(HEADER))) throw fail(`truncated header (${queue.length} of ${HEADER} bytes)`);
      const header = queue.take(HEADER);
      const view = new DataView(header.buffer, header.byteOffset, HEADER);
      const lengthCrc = view.getUint32(8, true);
      const computedLengthCrc = maskedCrc32c(header.subarray(0, 8));
      if (lengthCrc !== computedLengthCrc) throw fail(crcMessage('length', lengthCrc, computedLengthCrc));
      const length = view.getBigUint64(0, true);
      if (length > BigInt(maxRecordBytes))
        throw fail(`record length ${length} exceeds the limit of ${maxRecordBytes} bytes`);
      const n = Number(length);
      if (!(await fill(n + FOOTER)))
        throw fail(`truncated data (${queue.length} of ${n + FOOTER} bytes after the header)`);
      const data = queue.take(n);
      const footer = queue.take(FOOTER);
      const dataCrc = new DataView(footer.buffer, footer.byteOffset, FOOTER).getUint32(0, true);
      const computedDataCrc = maskedCrc32c(data);
      if (dataCrc !== computedDataCrc) throw fail(crcMessage('data', dataCrc, computedDataCrc));
      const end = offset + HEADER + n + FOOTER;
      options.onBytes?.(end);
      yield { index, offset, data };
      offset = end;
      index += 1;
    }
  } finally {
    stream.destroy();
  }
}

function crcMessage(what: string, stored: number, computed: number): string {
  const hex = (x: number) => `0x${x.toString(16).padStart(8, '0')}`;
  return `${what} CRC32C mismatch (stored ${hex(stored)}, computed ${hex(computed)})`;
}

/** One record, framed: header, data and footer in a single buffer. */
export function frameTfRecord(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(HEADER + data.length + FOOTER);
  const view = new DataView(out.buffer);
  view.setBigUint64(0, BigInt(data.length), true);
  view.setUint32(8, maskedCrc32c(out.subarray(0, 8)), true);
  out.set(data, HEADER);
  view.setUint32(HEADER + data.length, maskedCrc32c(data), true);
  return out;
}

/** Appends framed records to a file through a write stream, honouring back-pressure. */
export class TfRecordWriter {
  private constructor(private readonly stream: WriteStream) {}

  static async open(file: string): Promise<TfRecordWriter> {
    const stream = createWriteStream(file);
    await once(stream, 'open');
    return new TfRecordWriter(stream);
  }

  async write(data: Uint8Array): Promise<void> {
    if (!this.stream.write(frameTfRecord(data))) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }
}
