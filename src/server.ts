import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppConfig } from './config.js';
import { seedDemoCatalogIfEmpty } from './catalog/demo/seed.js';
import { openDatabase, type OpenedDatabase } from './db/open.js';
import { createApolloServer } from './graphql/apollo.js';
import { createHttpServer } from './http/server.js';
import { ensureSearchReady } from './models/bootstrap.js';
import { EmbedderPool } from './models/embedders.js';
import { TrainingWorker } from './jobs/worker.js';

export interface Platform {
  url: string;
  port: number;
  db: OpenedDatabase;
  stop(): Promise<void>;
}

export interface PlatformOptions {
  /** Seed the demo catalog into an empty database. Default: only on the embedded database. */
  seedDemo?: boolean;
  log?: (message: string) => void;
}

/** Wires the platform together: database (migrated, maybe seeded), GraphQL, HTTP. */
export async function startPlatform(configIn: AppConfig, options: PlatformOptions = {}): Promise<Platform> {
  const log = options.log ?? ((message: string) => console.log(message));
  const db = await openDatabase(configIn);
  const config: AppConfig = { ...configIn, embeddedDatabase: db.embedded };
  const embedders = new EmbedderPool(config.modelsDir);
  let http: Server | undefined;
  let worker: TrainingWorker | undefined;
  try {
    log(
      `[db] ${db.embedded ? `embedded PGlite at ${config.dataDir}/pglite` : 'Postgres from DATABASE_URL'}; migrations applied: ${db.migrations.applied.length}`,
    );
    if (options.seedDemo ?? db.embedded) {
      const seeded = await seedDemoCatalogIfEmpty(db.database.prisma);
      if (seeded.seeded) log(`[db] seeded the demo catalog (${seeded.tracks.length} tracks)`);
    }
    await ensureSearchReady(db.database.prisma, embedders, config.modelsDir, {
      log,
      concurrentIndex: !db.embedded,
    });
    // The embedded database serves one process, so there the API runs the training worker too.
    const inline = config.inlineWorker === 'on' || (config.inlineWorker === 'auto' && db.embedded);
    worker = inline
      ? new TrainingWorker({
          db: db.database.prisma,
          embedders,
          modelsDir: config.modelsDir,
          dataDir: config.dataDir,
          concurrentIndex: !db.embedded,
          log,
        })
      : undefined;
    worker?.start();
    const apollo = createApolloServer(config);
    await apollo.start();
    http = createHttpServer(apollo, db.database, config, { embedders });
    const server = http;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, resolve);
    });
    const port = (server.address() as AddressInfo).port;
    return {
      url: `http://${config.host}:${port}/graphql`,
      port,
      db,
      async stop() {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await apollo.stop();
        await worker?.stop();
        await embedders.closeAll();
        await db.close();
      },
    };
  } catch (error) {
    http?.close();
    await worker?.stop();
    await embedders.closeAll();
    await db.close();
    throw error;
  }
}
