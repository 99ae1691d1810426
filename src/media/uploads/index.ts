// Media uploads: received (streamed, hashed, sniffed), stored under the data folder, owned, swept.
export { receiveFile, UploadRefused, type ReceivedFile } from './receive.js';
export { sniffMedia, SNIFF_BYTES } from './sniff.js';
export {
  deleteUpload,
  keepUpload,
  mediaDir,
  removeFileIfUnreferenced,
  storeUpload,
  sweepExpiredUploads,
  type SweepReport,
} from './store.js';
export { uploadFor } from './access.js';
