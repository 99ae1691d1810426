import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.js';

export type Db = PrismaClient<'query'>;

export interface Database {
  prisma: Db;
  /** Counts SQL statements sent by Prisma; tests use it to guard against N+1 queries. */
  queryCount(): number;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** Pool size; the embedded PGlite database takes exactly one connection. */
  maxConnections?: number;
}

export function connectDatabase(url: string, options: DatabaseOptions = {}): Database {
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10 });
  // A pool error (a dropped idle connection) must not crash the process; the next query reconnects.
  pool.on('error', (error) => console.error('[db] idle connection error:', error.message));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool), log: [{ emit: 'event', level: 'query' }] });
  let count = 0;
  prisma.$on('query', () => {
    count += 1;
  });
  return {
    prisma,
    queryCount: () => count,
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
