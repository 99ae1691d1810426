import type { UploadConfig, VideoConfig } from '../../config.js';
import type { Db } from '../../db/client.js';
import type { EmbedderPool } from '../../models/embedders.js';

/** What ingest needs from the platform: the database, the encoders, the data folder, the limits. */
export interface IngestEnvironment {
  db: Db;
  embedders: EmbedderPool;
  dataDir: string;
  uploads: UploadConfig;
  /** Frame extractor, PCA and OCR settings (VMR_OCR: on-screen text, off by default). */
  video?: VideoConfig;
  log: (message: string) => void;
}
