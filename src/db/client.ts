import { PrismaPg } from '@prisma/adapter-pg';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { PrismaClient, type Prisma } from '../generated/prisma/client.js';

export type Db = PrismaClient;

export interface Database {
  prisma: Db;
  /**
   * Runs one statement on the pool itself, prepared like Prisma's (by name), rows as pg parses
   * them: timestamptz to Date, json to objects, arrays to arrays, float8 and int4 to numbers,
   * and `date` and enums best read as text. For the hottest reads (the catalog listing), where
   * Prisma's result processing was a tenth of the request's CPU.
   */
  sql<T>(query: Prisma.Sql): Promise<T[]>;
  /** Counts SQL statements sent over the pool; tests use it to guard against N+1 queries. */
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

/**
 * Most statements the platform sends have a few shapes that repeat with new parameters; named,
 * each is parsed and planned once per connection instead of on every call (measured: planning
 * was a third of Postgres's CPU per listing). Names are given to the first MAX_PREPARED distinct
 * texts only, so that texts which vary (an IN list per length, ad hoc SQL) cannot pile up
 * prepared statements on every connection; later texts run unnamed, as before.
 */
const MAX_PREPARED = 500;

function preparedStatementName(): (query: { sql: string }) => string | undefined {
  const names = new Map<string, string>();
  return ({ sql }) => {
    let name = names.get(sql);
    if (name === undefined) {
      if (names.size >= MAX_PREPARED) return undefined;
      name = `vmr_${createHash('sha1').update(sql).digest('base64url')}`;
      names.set(sql, name);
    }
    return name;
  };
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
  // Counted at the connection rather than through Prisma's query events: those format every
  // statement and its parameters into an event object (measured: ~3% of a listing's CPU).
  // Statement names get the connection's number: the embedded database's connections share one
  // server session (pglite-session.ts), where a name prepared by one connection would collide
  // with the same name from the next, which cannot know it exists.
  let count = 0;
  let connections = 0;
  pool.on('connect', (client) => {
    const suffix = `_${(connections += 1)}`;
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: (...args: unknown[]) => unknown }).query = (config: unknown, ...rest: unknown[]) => {
      count += 1;
      const named = typeof config === 'object' && config !== null && 'name' in config && config.name;
      return query(named ? { ...config, name: `${String(config.name)}${suffix}` } : config, ...rest);
    };
  });
  const statementName = preparedStatementName();
  const prisma = new PrismaClient({
    // Prisma's type says a name is always given; pg runs a statement without one unnamed.
    adapter: new PrismaPg(pool, { statementNameGenerator: statementName as (q: { sql: string }) => string }),
  });
  return {
    prisma,
    async sql<T>(query: Prisma.Sql) {
      const name = statementName({ sql: query.text });
      const result = await pool.query({ ...(name ? { name } : {}), text: query.text, values: query.values });
      return result.rows as T[];
    },
    queryCount: () => count,
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
