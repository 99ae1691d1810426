import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.js';

export type Db = PrismaClient<'query'>;

export interface Database {
  prisma: Db;
  /** Counts SQL statements sent by Prisma; tests use it to guard against N+1 queries. */
  queryCount(): number;
  /** The pool's connections now (for the pool metrics: src/observability/pool-metrics.ts). */
  poolStats(): { total: number; idle: number; waiting: number };
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** Pool size. */
  maxConnections?: number;
  /** Session settings for every pooled connection, over DEFAULT_SESSION_SETTINGS. */
  sessionSettings?: Record<string, string>;
  /**
   * Server-side statement_timeout for every statement on these connections, ms (0 or absent:
   * none). The API's pool sets it, so a search or listing that runs away is cancelled by
   * Postgres (SQLSTATE 57014, reported as QUERY_TIMEOUT) instead of holding a connection;
   * maintenance (index builds, VACUUM, the training worker) runs on pools without it.
   */
  statementTimeoutMs?: number;
}

/**
 * Set once per connection, so a search is one statement instead of a transaction that sets
 * them locally (four round trips). JIT compiles each plan anew (measured: +100-140 ms on an
 * exact vector scan) and never pays off for this workload. The hnsw.* values are the search
 * defaults (src/db/vectors.ts); they only affect HNSW index scans. ef_search 300: on one 100k
 * index, unfiltered recall@10 was 0.975 at 200 and 0.986 at 300 and 400, at no latency cost
 * measurable on one client (bench:search, README); over nine builds at 200 it ranged 0.955-0.988.
 */
export const DEFAULT_SESSION_SETTINGS: Readonly<Record<string, string>> = {
  jit: 'off',
  'hnsw.ef_search': '300',
  'hnsw.iterative_scan': 'relaxed_order',
  'hnsw.max_scan_tuples': '50000',
};

/** Connections stay pooled this long when idle: a new backend pays page faults on first touch of shared buffers (measured: ~200 ms on a first 10k-row scan). */
const IDLE_CONNECTION_MS = 10 * 60_000;

function settingsSql(settings: Record<string, string>): string {
  const calls = Object.entries(settings).map(([name, value]) => {
    if (!/^[a-z_]+(\.[a-z_]+)?$/.test(name)) throw new RangeError(`session setting name: ${name}`);
    return `set_config('${name}', '${value.replace(/'/g, "''")}', false)`;
  });
  return `SELECT ${calls.join(', ')}`;
}

/** `connection`: a postgres:// URL, or a pg client config (the embedded database's in-process streams). */
export function connectDatabase(
  connection: string | pg.ClientConfig,
  options: DatabaseOptions = {},
): Database {
  const setup = settingsSql({
    ...DEFAULT_SESSION_SETTINGS,
    ...options.sessionSettings,
    ...(options.statementTimeoutMs ? { statement_timeout: String(options.statementTimeoutMs) } : {}),
  });
  const pool = new pg.Pool({
    ...(typeof connection === 'string' ? { connectionString: connection } : connection),
    max: options.maxConnections ?? 10,
    idleTimeoutMillis: IDLE_CONNECTION_MS,
    // Awaited by the pool before it hands a new connection out (the types say void; pg-pool
    // awaits a returned promise, and fails the checkout if it rejects).
    onConnect: (client) => client.query(setup) as unknown as void,
  });
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
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
