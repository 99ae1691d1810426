import path from 'node:path';

/** Who a limit applies to: an API key's role, or ANONYMOUS for callers without a key. */
export type LimitRole = 'ANONYMOUS' | 'VIEWER' | 'EDITOR' | 'ADMIN';
export const LIMIT_ROLES: readonly LimitRole[] = ['ANONYMOUS', 'VIEWER', 'EDITOR', 'ADMIN'];

/**
 * Per-operation limits, checked before any resolver runs (src/graphql/plugins/query-limits.ts).
 * Past any of them the request is refused with QUERY_TOO_COMPLEX.
 */
export interface QueryLimits {
  /** Deepest field nesting (fragments expanded). */
  maxDepth: number;
  /** Aliased fields in the document. */
  maxAliases: number;
  /** Lexical tokens in the document. */
  maxTokens: number;
  /** Directive uses in the document. */
  maxDirectives: number;
  /** Estimated cost (see the cost model in query-cost.ts). */
  maxCost: number;
}

/** Anonymous lowest, ADMIN highest. Each value can be overridden, e.g. QUERY_MAX_COST_VIEWER. */
export const DEFAULT_QUERY_LIMITS: Readonly<Record<LimitRole, QueryLimits>> = {
  ANONYMOUS: { maxDepth: 10, maxAliases: 15, maxTokens: 2_000, maxDirectives: 10, maxCost: 5_000 },
  VIEWER: { maxDepth: 12, maxAliases: 30, maxTokens: 5_000, maxDirectives: 20, maxCost: 20_000 },
  EDITOR: { maxDepth: 12, maxAliases: 30, maxTokens: 5_000, maxDirectives: 20, maxCost: 20_000 },
  ADMIN: { maxDepth: 15, maxAliases: 100, maxTokens: 10_000, maxDirectives: 50, maxCost: 100_000 },
};

const LIMIT_ENV: Readonly<Record<keyof QueryLimits, string>> = {
  maxDepth: 'QUERY_MAX_DEPTH',
  maxAliases: 'QUERY_MAX_ALIASES',
  maxTokens: 'QUERY_MAX_TOKENS',
  maxDirectives: 'QUERY_MAX_DIRECTIVES',
  maxCost: 'QUERY_MAX_COST',
};

/** Everything the platform reads from the environment, with its defaults, in one place. */
export interface AppConfig {
  /** A Postgres URL; when absent the API runs on the embedded PGlite database under dataDir. */
  databaseUrl: string | undefined;
  port: number;
  host: string;
  dataDir: string;
  /** Folder holding model versions (`<version>/manifest.json` + ONNX files). */
  modelsDir: string;
  /** Largest accepted GraphQL request body, in bytes. */
  maxBodyBytes: number;
  /** Largest accepted `importTracks` payload, in bytes and rows. */
  maxImportBytes: number;
  maxImportRows: number;
  /** Answer vector searches by exact scan instead of the HNSW index (benchmarks compare both). */
  searchExact: boolean;
  /**
   * Exact scans of thousands of rows read the table's two halves on two connections at once.
   * Off where the database has a single core to give each search.
   */
  searchParallelScans: boolean;
  /**
   * HNSW tuning for filtered search (see README, Benchmarks), only where the environment sets
   * it: the defaults are the database layer's (DEFAULT_SESSION_SETTINGS, src/db/client.ts).
   */
  hnswEfSearch?: number;
  hnswIterativeScan?: 'strict_order' | 'relaxed_order';
  /** Set at start-up: true when running on the embedded PGlite database. */
  embeddedDatabase: boolean;
  /** Run the training worker inside the API process ('auto': only on the embedded database). */
  inlineWorker: 'auto' | 'on' | 'off';
  queryLimits: Record<LimitRole, QueryLimits>;
  /** Longest string argument without a larger limit of its own (see string-limits.ts). */
  maxStringLength: number;
  /** Answer introspection queries (default: off when NODE_ENV=production). */
  introspection: boolean;
  /** Keep "Did you mean …?" hints in error messages (default: off when NODE_ENV=production). */
  suggestions: boolean;
  /** POST /uploads and the ingest jobs (README, Media files). */
  uploads: UploadConfig;
}

/** Limits and lifetimes of media uploads; each from the environment variable named. */
export interface UploadConfig {
  /** Largest catalog upload (EDITOR), bytes: UPLOAD_MAX_BYTES, default 500 MiB. */
  maxBytes: number;
  /** Largest search upload from a key of any role: SEARCH_UPLOAD_MAX_BYTES, default 200 MiB. */
  searchMaxBytes: number;
  /** Accept search uploads without a key: ANONYMOUS_UPLOADS, default false. */
  anonymous: boolean;
  /** Largest anonymous search upload: ANONYMOUS_UPLOAD_MAX_BYTES, default 20 MiB. */
  anonymousMaxBytes: number;
  /** How long an unused upload lives before the sweeper deletes it: UPLOAD_RETENTION_S, default 3600. */
  retentionS: number;
  /** How often expired uploads are swept: UPLOAD_SWEEP_MS, default 60000. */
  sweepMs: number;
  /** Longest media accepted, seconds: MEDIA_MAX_SECONDS, default 3600 (the features' frame cap). */
  maxSeconds: number;
  /** A PROCESSING job whose heartbeat is older than this is requeued: INGEST_LEASE_MS, default 30000. */
  leaseMs: number;
}

function boolFromEnv(name: string, fallback: boolean): boolean {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw !== 'true' && raw !== 'false') {
    throw new RangeError(`Environment variable ${name} must be true or false, got ${JSON.stringify(raw)}`);
  }
  return raw === 'true';
}

function queryLimitsFromEnv(): Record<LimitRole, QueryLimits> {
  const limits = {} as Record<LimitRole, QueryLimits>;
  for (const role of LIMIT_ROLES) {
    const defaults = DEFAULT_QUERY_LIMITS[role];
    limits[role] = { ...defaults };
    for (const key of Object.keys(LIMIT_ENV) as Array<keyof QueryLimits>) {
      limits[role][key] = intFromEnv(`${LIMIT_ENV[key]}_${role}`, defaults[key]);
    }
  }
  return limits;
}

function iterativeScanFromEnv(): AppConfig['hnswIterativeScan'] {
  const raw = process.env.HNSW_ITERATIVE_SCAN;
  if (raw === undefined || raw === '') return undefined;
  if (raw !== 'strict_order' && raw !== 'relaxed_order') {
    throw new RangeError(
      `HNSW_ITERATIVE_SCAN must be strict_order or relaxed_order, got ${JSON.stringify(raw)}`,
    );
  }
  return raw;
}

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(
      `Environment variable ${name} must be a non-negative integer, got ${JSON.stringify(raw)}`,
    );
  }
  return value;
}

export function loadConfig(): AppConfig {
  const root = process.cwd();
  return {
    databaseUrl: process.env.DATABASE_URL || undefined,
    port: intFromEnv('PORT', 4000),
    host: process.env.HOST ?? '127.0.0.1',
    dataDir: path.resolve(root, process.env.DATA_DIR ?? 'data'),
    modelsDir: path.resolve(root, process.env.MODELS_DIR ?? 'models'),
    maxBodyBytes: intFromEnv('MAX_BODY_BYTES', 16 * 1024 * 1024),
    maxImportBytes: intFromEnv('MAX_IMPORT_BYTES', 5 * 1024 * 1024),
    maxImportRows: intFromEnv('MAX_IMPORT_ROWS', 10_000),
    searchExact: process.env.SEARCH_EXACT === 'true',
    searchParallelScans: process.env.SEARCH_PARALLEL_SCANS !== 'false',
    hnswEfSearch: process.env.HNSW_EF_SEARCH ? intFromEnv('HNSW_EF_SEARCH', 0) : undefined,
    hnswIterativeScan: iterativeScanFromEnv(),
    embeddedDatabase: !process.env.DATABASE_URL,
    inlineWorker:
      process.env.INLINE_WORKER === 'on' ? 'on' : process.env.INLINE_WORKER === 'off' ? 'off' : 'auto',
    queryLimits: queryLimitsFromEnv(),
    maxStringLength: intFromEnv('MAX_STRING_LENGTH', 1_000),
    introspection: boolFromEnv('GRAPHQL_INTROSPECTION', process.env.NODE_ENV !== 'production'),
    suggestions: boolFromEnv('GRAPHQL_SUGGESTIONS', process.env.NODE_ENV !== 'production'),
    uploads: {
      maxBytes: intFromEnv('UPLOAD_MAX_BYTES', 500 * 1024 * 1024),
      searchMaxBytes: intFromEnv('SEARCH_UPLOAD_MAX_BYTES', 200 * 1024 * 1024),
      anonymous: boolFromEnv('ANONYMOUS_UPLOADS', false),
      anonymousMaxBytes: intFromEnv('ANONYMOUS_UPLOAD_MAX_BYTES', 20 * 1024 * 1024),
      retentionS: intFromEnv('UPLOAD_RETENTION_S', 3600),
      sweepMs: intFromEnv('UPLOAD_SWEEP_MS', 60_000),
      maxSeconds: intFromEnv('MEDIA_MAX_SECONDS', 3600),
      leaseMs: intFromEnv('INGEST_LEASE_MS', 30_000),
    },
  };
}
