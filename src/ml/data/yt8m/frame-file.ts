import { readTfRecords, TfRecordWriter, type ReadTfRecordsOptions } from './tfrecord.js';
import { TfRecordError } from './tfrecord-error.js';
import {
  decodeYt8mFrameRecord,
  encodeYt8mFrameRecord,
  Yt8mRecordError,
  type Yt8mFrameRecord,
} from './frame-record.js';

export interface Yt8mFileRecord extends Yt8mFrameRecord {
  /** 0-based index of the record in its file. */
  index: number;
}

/**
 * Streams the videos of a YouTube-8M frame-level TFRecord file. A CRC mismatch, a truncated
 * record or a record that is not a frame-level SequenceExample throws a TfRecordError naming the
 * file, the record index and its byte offset.
 */
export async function* readYt8mFrameFile(
  file: string,
  options: ReadTfRecordsOptions = {},
): AsyncGenerator<Yt8mFileRecord> {
  for await (const record of readTfRecords(file, options)) {
    let decoded: Yt8mFrameRecord;
    try {
      decoded = decodeYt8mFrameRecord(record.data);
    } catch (error) {
      if (!(error instanceof Yt8mRecordError)) throw error;
      throw new TfRecordError(file, record.index, record.offset, error.message);
    }
    yield { ...decoded, index: record.index };
  }
}

/** Writes records as a frame-level TFRecord file; returns how many were written. */
export async function writeYt8mFrameFile(
  file: string,
  records: Iterable<Yt8mFrameRecord> | AsyncIterable<Yt8mFrameRecord>,
): Promise<number> {
  const writer = await TfRecordWriter.open(file);
  let count = 0;
  try {
    for await (const record of records) {
      await writer.write(encodeYt8mFrameRecord(record));
      count += 1;
    }
  } finally {
    await writer.close();
  }
  return count;
}
