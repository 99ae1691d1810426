export { crc32c, maskCrc, maskedCrc32c } from './crc32c.js';
export { frameTfRecord, readTfRecords, TfRecordWriter } from './tfrecord.js';
export type { ReadTfRecordsOptions, TfRecord } from './tfrecord.js';
export { TfRecordError } from './tfrecord-error.js';
export { decodeSequenceExample, encodeSequenceExample } from './sequence-example.js';
export type { Feature, SequenceExample } from './sequence-example.js';
export {
  decodeYt8mFrameRecord,
  encodeYt8mFrameRecord,
  YT8M_AUDIO_DIM,
  YT8M_RGB_DIM,
  Yt8mRecordError,
} from './frame-record.js';
export type { Yt8mFrameRecord } from './frame-record.js';
export { readYt8mFrameFile, writeYt8mFrameFile } from './frame-file.js';
export type { Yt8mFileRecord } from './frame-file.js';
