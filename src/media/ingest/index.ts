// Media ingest: durable jobs that turn uploads into catalog features, the worker that runs them,
// the synchronous path for search uploads, and the batch path the CLI uses.
export { attachTrackAudio, createVideoFromUpload, ingestAudioUpload, type Caller } from './requests.js';
export { catalogAudioFile, type CatalogAudioFile } from './catalog-audio.js';
export {
  audioQueryFromUpload,
  videoInputFromUpload,
  type UploadedAudioQuery,
  type UploadedVideoInput,
} from './search-upload.js';
export { IngestWorker } from './worker.js';
export type { IngestEnvironment } from './environment.js';
export { MAX_ATTEMPTS, reapAbandonedJobs, type VideoJobOptions } from './jobs.js';
export { failureReason, mediaErrorToClient } from './media-errors.js';
export { prepareTrackAudio, writePreparedTrackAudio, type PreparedTrackAudio } from './track-audio.js';
