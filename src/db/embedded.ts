import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir } from './data-dir-lock.js';

export interface EmbeddedPostgres {
  /** A postgres:// URL that reaches the embedded database over a loopback socket. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (Postgres compiled to WASM, with pgvector) persisted under `dataDir`, and serves
 * it on a loopback port so that the same `pg`/Prisma code path serves it and a real Postgres.
 * PGlite is one session: the socket server's multiplexer interleaves statements, not
 * transactions, so we serve one connection and callers use a pool of one.
 */
export async function startEmbeddedPostgres(dataDir: string | null): Promise<EmbeddedPostgres> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const unlock = dataDir ? lockDataDir(dataDir) : () => {};
  let db: PGlite;
  let server: PGLiteSocketServer;
  try {
    db = await PGlite.create({ dataDir: dataDir ?? undefined, extensions: { vector } });
    server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
    await server.start();
  } catch (error) {
    unlock();
    throw error;
  }
  return {
    url: `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    async stop() {
      try {
        await server.stop();
        await db.close();
      } finally {
        unlock();
      }
    },
  };
}
