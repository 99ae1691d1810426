import path from 'node:path';
import pg from 'pg';
import type { AppConfig } from '../config.js';
import { connectDatabase, type Database } from './client.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded.js';
import { applyMigrations, type MigrationReport } from './migrate.js';

export interface OpenedDatabase {
  database: Database;
  url: string;
  embedded: boolean;
  migrations: MigrationReport;
  close(): Promise<void>;
}

/**
 * Opens the configured database, migrated: DATABASE_URL when set, else the embedded PGlite
 * database under `<dataDir>/pglite`. Both go through the same pg + Prisma code path.
 */
export async function openDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir'> &
    Partial<Pick<AppConfig, 'hnswEfSearch' | 'hnswIterativeScan'>>,
): Promise<OpenedDatabase> {
  let embedded: EmbeddedPostgres | undefined;
  const url =
    config.databaseUrl ?? (embedded = await startEmbeddedPostgres(path.join(config.dataDir, 'pglite'))).url;
  try {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    let migrations: MigrationReport;
    try {
      migrations = await applyMigrations(client);
    } finally {
      await client.end();
    }
    const database = connectDatabase(url, {
      maxConnections: embedded ? 1 : 10,
      sessionSettings: {
        ...(config.hnswEfSearch ? { 'hnsw.ef_search': String(config.hnswEfSearch) } : {}),
        ...(config.hnswIterativeScan ? { 'hnsw.iterative_scan': config.hnswIterativeScan } : {}),
      },
    });
    return {
      database,
      url,
      embedded: embedded !== undefined,
      migrations,
      async close() {
        await database.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
