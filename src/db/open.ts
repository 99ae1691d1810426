import path from 'node:path';
import pg from 'pg';
import type { AppConfig } from '../config.js';
import { connectDatabase, type Database } from './client.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded.js';
import { applyMigrations, type MigrationReport } from './migrate.js';

export interface OpenedDatabase {
  database: Database;
  embedded: boolean;
  migrations: MigrationReport;
  close(): Promise<void>;
}

const EMBEDDED_CONNECTIONS = 4;

/**
 * Opens the configured database, migrated: DATABASE_URL when set, else the embedded PGlite
 * database under `<dataDir>/pglite`. Both go through the same pg + Prisma code path.
 */
export async function openDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir'> &
    Partial<Pick<AppConfig, 'hnswEfSearch' | 'hnswIterativeScan'>>,
  /** statementTimeoutMs: the API's (startPlatform); CLIs and the worker run without one. */
  options: { statementTimeoutMs?: number } = {},
): Promise<OpenedDatabase> {
  let embedded: EmbeddedPostgres | undefined;
  const connection: string | pg.ClientConfig =
    config.databaseUrl ??
    (embedded = await startEmbeddedPostgres(path.join(config.dataDir, 'pglite'))).connection;
  try {
    const client = new pg.Client(
      typeof connection === 'string' ? { connectionString: connection } : connection,
    );
    await client.connect();
    let migrations: MigrationReport;
    try {
      migrations = await applyMigrations(client);
    } finally {
      await client.end();
    }
    const database = connectDatabase(connection, {
      // Embedded: connections share PGlite's one session (pglite-session.ts); a few let one
      // request's statement be queued there while another's result is still being read.
      maxConnections: embedded ? EMBEDDED_CONNECTIONS : 10,
      // Postgres only: PGlite is one in-process session shared by every connection, where the
      // setting would also reach index builds and the inline training worker.
      statementTimeoutMs: embedded ? undefined : options.statementTimeoutMs,
      sessionSettings: {
        ...(config.hnswEfSearch ? { 'hnsw.ef_search': String(config.hnswEfSearch) } : {}),
        ...(config.hnswIterativeScan ? { 'hnsw.iterative_scan': config.hnswIterativeScan } : {}),
      },
    });
    return {
      database,
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
