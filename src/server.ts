import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppConfig } from './config.js';
import { registerBootstrapAdminKey } from './auth/bootstrap-key.js';
import { seedDemoCatalogIfEmpty } from './catalog/demo/seed.js';
import { openDatabase, type OpenedDatabase } from './db/open.js';
import { createApolloServer } from './graphql/apollo.js';
import { createHttpServer } from './http/server.js';
import { requestTracker } from './http/drain.js';
import { connectDatabase } from './db/client.js';
import { logger } from './observability/logger.js';
import { watchPool } from './observability/pool-metrics.js';
import { ensureSearchReady } from './models/bootstrap.js';
import { EmbedderPool } from './models/embedders.js';
import { TrainingWorker } from './jobs/worker.js';
import { IngestWorker } from './media/ingest/index.js';

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
  const log = options.log ?? ((message: string) => logger(configIn.logLevel).info(message));
  const db = await openDatabase(configIn, { statementTimeoutMs: configIn.statementTimeoutMs });
  const config: AppConfig = { ...configIn, embeddedDatabase: db.embedded };
  // Index builds, VACUUM and training run past any request's statement timeout: on Postgres
  // they get a small pool of their own without one (the embedded database has no timeout).
  const maintenance =
    configIn.databaseUrl && !db.embedded
      ? connectDatabase(configIn.databaseUrl, { maxConnections: 3 })
      : null;
  const maintenanceDb = (maintenance ?? db.database).prisma;
  const unwatchPools = [
    watchPool('api', () => db.database.poolStats()),
    ...(maintenance ? [watchPool('maintenance', () => maintenance.poolStats())] : []),
  ];
  const embedders = new EmbedderPool(config.modelsDir);
  let http: Server | undefined;
  let worker: TrainingWorker | undefined;
  let ingest: IngestWorker | undefined;
  try {
    log(
      `[db] ${db.embedded ? `embedded PGlite at ${config.dataDir}/pglite` : 'Postgres from DATABASE_URL'}; migrations applied: ${db.migrations.applied.length}`,
    );
    if (options.seedDemo ?? db.embedded) {
      const seeded = await seedDemoCatalogIfEmpty(maintenanceDb);
      if (seeded.seeded) log(`[db] seeded the demo catalog (${seeded.tracks.length} tracks)`);
    }
    if (config.bootstrapAdminKey) {
      const state = await registerBootstrapAdminKey(db.database.prisma, config.bootstrapAdminKey);
      log(
        state === 'revoked'
          ? '[auth] VMR_BOOTSTRAP_ADMIN_KEY was revoked by an admin and stays refused'
          : `[auth] VMR_BOOTSTRAP_ADMIN_KEY accepted as an ADMIN key (${state})`,
      );
    }
    await ensureSearchReady(maintenanceDb, embedders, config.modelsDir, {
      log,
      concurrentIndex: !db.embedded,
    });
    // The embedded database serves one process, so there the API runs the training worker too.
    const inline = config.inlineWorker === 'on' || (config.inlineWorker === 'auto' && db.embedded);
    worker = inline
      ? new TrainingWorker({
          db: maintenanceDb,
          embedders,
          modelsDir: config.modelsDir,
          dataDir: config.dataDir,
          concurrentIndex: !db.embedded,
          log,
        })
      : undefined;
    worker?.start();
    // Media ingest jobs run in every API process (one at a time); its first turn requeues jobs
    // that a killed process left PROCESSING.
    ingest = new IngestWorker({
      db: db.database.prisma,
      embedders,
      dataDir: config.dataDir,
      uploads: config.uploads,
      video: config.video,
      log,
    });
    ingest.start();
    const apollo = createApolloServer(config);
    await apollo.start();
    const requests = requestTracker();
    http = createHttpServer(apollo, db.database, config, { embedders }, requests);
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
        // Stop accepting, let started requests finish (up to the deadline) while the training
        // worker requeues its run; then close what they used.
        const [{ cut }] = await Promise.all([
          requests.drain(server, config.shutdownTimeoutMs),
          worker?.stop(),
        ]);
        if (cut > 0) log(`[http] shutdown deadline: ${cut} requests cut`);
        await apollo.stop();
        await ingest?.stop();
        await embedders.closeAll();
        await maintenance?.close();
        for (const unwatch of unwatchPools) unwatch();
        await db.close();
      },
    };
  } catch (error) {
    http?.close();
    await ingest?.stop();
    await worker?.stop();
    await embedders.closeAll();
    await maintenance?.close();
    for (const unwatch of unwatchPools) unwatch();
    await db.close();
    throw error;
  }
}
