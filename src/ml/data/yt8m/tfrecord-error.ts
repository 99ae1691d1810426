/**
 * A TFRecord file is corrupt or truncated, or a record in it is not what the caller expected.
 * `record` is the 0-based record index and `offset` the byte offset of the record's header.
 */
export class TfRecordError extends Error {
  override readonly name = 'TfRecordError';
  constructor(
    readonly file: string,
    readonly record: number,
    readonly offset: number,
    readonly reason: string,
  ) {
    super(`${file}: record ${record} (byte offset ${offset}): ${reason}`);
  }
}
