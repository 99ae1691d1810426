import { fileURLToPath } from 'node:url';
import { seedDemoCatalogIfEmpty } from '../../src/catalog/demo/seed.js';
import type { Database } from '../../src/db/client.js';
import { ensureSearchReady } from '../../src/models/bootstrap.js';
import type { EmbedderPool } from '../../src/models/embedders.js';

export const MODELS_DIR = fileURLToPath(new URL('../../models', import.meta.url));

/** The demo catalog, embedded with the shipped default model and activated, as `npm start` makes it. */
export async function seedSearchCatalog(database: Database, embedders: EmbedderPool, modelsDir = MODELS_DIR) {
  await seedDemoCatalogIfEmpty(database.prisma);
  const version = await ensureSearchReady(database.prisma, embedders, modelsDir, {
    log: () => {},
    concurrentIndex: false,
  });
  if (!version) throw new Error('models/default is missing');
  return version;
}
