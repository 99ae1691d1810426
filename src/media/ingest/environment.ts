import type { UploadConfig } from '../../config.js';
import type { Db } from '../../db/client.js';
import type { EmbedderPool } from '../../models/embedders.js';

/** What ingest needs from the platform: the database, the encoders, the data folder, the limits. */
export interface IngestEnvironment {
  db: Db;
  embedders: EmbedderPool;
  dataDir: string;
  uploads: UploadConfig;
  /** OCR of on-screen text for videos (VIDEO's extractor; off by default: it is slow). */
  ocr?: boolean;
  log: (message: string) => void;
}
