import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ModelVersion } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import { createVersionIndex } from '../db/vectors.js';
import { embedMissingTracks } from '../search/backfill.js';
import { pendingDemoTrainingSet } from '../catalog/demo/training-set.js';
import type { EmbedderPool } from './embedders.js';
import { activateModel, activeModel, registerModel } from './registry.js';

/** The model shipped in the repository (`models/default`), used when no version is active. */
export const DEFAULT_MODEL_PATH = 'default';

/**
 * Makes search usable at start-up: if no version is active, registers the shipped default
 * model, embeds the catalog with it, builds its index and activates it. If one is active, embeds
 * tracks that arrived since (cheap when none did) and makes sure its index exists.
 */
export async function ensureSearchReady(
  db: Db,
  embedders: EmbedderPool,
  modelsDir: string,
  options: { log: (message: string) => void; concurrentIndex: boolean },
): Promise<ModelVersion | null> {
  let version = await activeModel(db);
  if (!version) {
    if (!existsSync(path.join(modelsDir, DEFAULT_MODEL_PATH, 'manifest.json'))) {
      options.log(`[models] no active model and none at ${modelsDir}/${DEFAULT_MODEL_PATH}: search queries will fail until one is activated`);
      return null;
    }
    version = await registerModel(db, modelsDir, DEFAULT_MODEL_PATH);
  }
  const embedded = await embedMissingTracks(db, embedders, version);
  if (embedded > 0) options.log(`[models] embedded ${embedded} tracks with model ${version.version}`);
  await createVersionIndex(db, version.id, { concurrently: options.concurrentIndex });
  if (version.status !== 'ACTIVE') {
    version = await activateModel(db, version.id);
    options.log(`[models] activated model ${version.version}`);
  }
  embedDemoTrainingSetWhenSeeded(db, embedders, options.log);
  return version;
}

/**
 * The demo training set's 3300 TRAINING_ONLY tracks are written in the background after start-up
 * (src/catalog/demo/training-set.ts). Embedding them at the next start would cost that start
 * ~25 s on PGlite, so they are embedded here, in the background too, once they are written,
 * under whichever version is then active. If the process stops first, the next start's
 * backfill embeds what is left.
 */
function embedDemoTrainingSetWhenSeeded(db: Db, embedders: EmbedderPool, log: (message: string) => void): void {
  const pending = pendingDemoTrainingSet();
  if (!pending) return;
  void pending
    .then(async (pairs) => {
      const active = pairs > 0 ? await activeModel(db) : null;
      if (!active) return;
      const embedded = await embedMissingTracks(db, embedders, active);
      log(`[models] embedded ${embedded} demo training-set tracks with model ${active.version}`);
    })
    .catch((error: unknown) =>
      log(`[models] embedding the demo training set stopped: ${(error as Error).message}; the next start embeds the rest`),
    );
}
