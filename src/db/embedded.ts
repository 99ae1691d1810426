import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import type pg from 'pg';
import { lockDataDir } from './data-dir-lock.js';
import { PgliteSession } from './pglite-session.js';
import { PgliteWireStream } from './pglite-wire.js';

export interface EmbeddedPostgres {
  /** What `pg` (a Client or a Pool) needs to reach the embedded database, in-process. */
  connection: pg.ClientConfig;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (Postgres compiled to WASM, with pgvector) persisted under `dataDir`, and serves
 * it to `pg` over in-process streams (pglite-wire.ts), so that the same `pg`/Prisma code path
 * serves it and a real Postgres. PGlite is one backend session; PgliteSession shares it between
 * connections an exchange at a time and a transaction at a time, so a pool may hold several.
 */
export async function startEmbeddedPostgres(dataDir: string | null): Promise<EmbeddedPostgres> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const unlock = dataDir ? lockDataDir(dataDir) : () => {};
  let db: PGlite;
  try {
    db = await PGlite.create({ dataDir: dataDir ?? undefined, extensions: { vector } });
  } catch (error) {
    unlock();
    throw error;
  }
  const session = new PgliteSession(db);
  return {
    connection: { user: 'postgres', database: 'postgres', stream: () => new PgliteWireStream(session) },
    async stop() {
      try {
        await db.close();
      } finally {
        unlock();
      }
    },
  };
}
