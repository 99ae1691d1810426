import path from 'node:path';
import { LOG_LEVELS, type LogLevel } from './observability/logger.js';

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
  /**
   * VMR_BOOTSTRAP_ADMIN_KEY: an ADMIN key (`npm run create-admin-key -- --generate` makes one) that
   * the server registers at start-up, so a first admin needs no CLI while it runs.
   */
  bootstrapAdminKey?: string;
  queryLimits: Record<LimitRole, QueryLimits>;
  /** Longest string argument without a larger limit of its own (see string-limits.ts). */
  maxStringLength: number;
  /** Answer introspection queries (default: off when NODE_ENV=production). */
  introspection: boolean;
  /** Keep "Did you mean …?" hints in error messages (default: off when NODE_ENV=production). */
  suggestions: boolean;
  /** POST /uploads and the ingest jobs (README, Media files). */
  uploads: UploadConfig;
  /** pino level (LOG_LEVEL): default info, silent under jest. */
  logLevel: LogLevel;
  /** Query-cost points per window per role (README, Rate limits). */
  rateLimits: RateLimits;
  /** Server-side statement_timeout of the API's database sessions, ms (0: none). Postgres only. */
  statementTimeoutMs: number;
  /** Who may read /metrics: 'local' (loopback clients, or an ADMIN key) or 'admin' (an ADMIN key). */
  metricsAccess: 'local' | 'admin';
  /** How long shutdown waits for in-flight requests before closing their connections, ms. */
  shutdownTimeoutMs: number;
  /** Video features: frame extractor, its PCA, OCR (docs/media.md, "Video"). */
  video: VideoConfig;
}

/**
 * Rate limits per API key (by the key's role) and per client IP (anonymous callers), counted in
 * query cost (src/graphql/plugins/query-cost.ts) over a fixed window. 0 points: unlimited.
 */
export interface RateLimits {
  /** RATE_LIMITS=false turns them off (benchmarks); off by default under jest. */
  enabled: boolean;
  /** RATE_LIMIT_WINDOW_S, default 60. */
  windowSeconds: number;
  /** RATE_LIMIT_POINTS_<ROLE>. */
  points: Record<LimitRole, number>;
}

export const DEFAULT_RATE_LIMIT_POINTS: Readonly<Record<LimitRole, number>> = {
  ANONYMOUS: 30_000,
  VIEWER: 150_000,
  EDITOR: 150_000,
  ADMIN: 0,
};

function rateLimitsFromEnv(): RateLimits {
  const points = {} as Record<LimitRole, number>;
  for (const role of LIMIT_ROLES)
    points[role] = intFromEnv(`RATE_LIMIT_POINTS_${role}`, DEFAULT_RATE_LIMIT_POINTS[role]);
  const windowSeconds = intFromEnv('RATE_LIMIT_WINDOW_S', 60);
  if (windowSeconds < 1) throw new RangeError('RATE_LIMIT_WINDOW_S must be at least 1');
  // Off by default under jest: only the rate-limit tests (which turn them on) should meet them,
  // not the fuzzers and audits that send thousands of anonymous requests from one IP.
  return {
    enabled: boolFromEnv('RATE_LIMITS', process.env.JEST_WORKER_ID === undefined),
    windowSeconds,
    points,
  };
}

function logLevelFromEnv(): LogLevel {
  const raw = process.env.LOG_LEVEL;
  if (raw === undefined || raw === '') return process.env.JEST_WORKER_ID === undefined ? 'info' : 'silent';
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) {
    throw new RangeError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(raw)}`);
  }
  return raw as LogLevel;
}

function metricsAccessFromEnv(): AppConfig['metricsAccess'] {
  const raw = process.env.METRICS_ACCESS;
  if (raw === undefined || raw === '') return 'local';
  if (raw !== 'local' && raw !== 'admin') {
    throw new RangeError(`METRICS_ACCESS must be local or admin, got ${JSON.stringify(raw)}`);
  }
  return raw;
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

/** A user-supplied ONNX frame model (VMR_FRAME_MODEL=path.onnx and the VMR_FRAME_MODEL_* options). */
export interface FrameModelConfig {
  path: string;
  /** VMR_FRAME_MODEL_SIZE, WIDTHxHEIGHT, default 224x224. */
  width: number;
  height: number;
  /** VMR_FRAME_MODEL_LAYOUT, NCHW (default) or NHWC. */
  layout: 'NCHW' | 'NHWC';
  /** VMR_FRAME_MODEL_SCALE: unit (RGB/255, default), byte (0..255) or imagenet (mean/std). */
  scale: 'unit' | 'byte' | 'imagenet';
  /** VMR_FRAME_MODEL_OUTPUT: the output to read, default the first. */
  output?: string;
}

export type FrameExtractorName = 'mobilenetv2-nsfwjs' | 'inceptionv3-nsfwjs' | 'onnx';

/** Video feature extraction; each from the environment variable named. */
export interface VideoConfig {
  /** VMR_FRAME_EXTRACTOR, default mobilenetv2-nsfwjs; onnx when VMR_FRAME_MODEL is set. */
  frameExtractor: FrameExtractorName;
  frameModel: FrameModelConfig | undefined;
  /** VMR_FRAME_PCA: the PCA directory, default the shipped models/frame-pca/mobilenetv2-nsfwjs-photos-v1. */
  framePcaDir: string;
  /** VMR_OCR=on reads on-screen text (off by default: it adds about 0.2 s a sampled frame). */
  ocr: boolean;
  /** VMR_OCR_EVERY_S: seconds between frames given to OCR, default 5. */
  ocrEveryS: number;
  /** VMR_OCR_MAX_FRAMES: most frames read per video, default 12. */
  ocrMaxFrames: number;
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw))
    throw new RangeError(
      `Environment variable ${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(raw)}`,
    );
  return raw as T;
}

function videoConfigFromEnv(root: string): VideoConfig {
  const model = process.env.VMR_FRAME_MODEL;
  let frameModel: FrameModelConfig | undefined;
  if (model) {
    const size = process.env.VMR_FRAME_MODEL_SIZE || '224x224';
    const m = /^(\d+)x(\d+)$/.exec(size);
    if (!m || Number(m[1]) < 1 || Number(m[2]) < 1)
      throw new RangeError(
        `VMR_FRAME_MODEL_SIZE must be WIDTHxHEIGHT, e.g. 224x224, got ${JSON.stringify(size)}`,
      );
    frameModel = {
      path: path.resolve(root, model),
      width: Number(m[1]),
      height: Number(m[2]),
      layout: oneOf('VMR_FRAME_MODEL_LAYOUT', ['NCHW', 'NHWC'], 'NCHW'),
      scale: oneOf('VMR_FRAME_MODEL_SCALE', ['unit', 'byte', 'imagenet'], 'unit'),
      ...(process.env.VMR_FRAME_MODEL_OUTPUT ? { output: process.env.VMR_FRAME_MODEL_OUTPUT } : {}),
    };
  }
  const frameExtractor = oneOf<FrameExtractorName>(
    'VMR_FRAME_EXTRACTOR',
    ['mobilenetv2-nsfwjs', 'inceptionv3-nsfwjs', 'onnx'],
    frameModel ? 'onnx' : 'mobilenetv2-nsfwjs',
  );
  if (frameExtractor === 'onnx' && !frameModel)
    throw new RangeError('VMR_FRAME_EXTRACTOR=onnx needs VMR_FRAME_MODEL=<path to an .onnx image model>');
  return {
    frameExtractor,
    frameModel,
    framePcaDir: path.resolve(
      root,
      process.env.VMR_FRAME_PCA || 'models/frame-pca/mobilenetv2-nsfwjs-photos-v1',
    ),
    ocr: oneOf('VMR_OCR', ['on', 'off'], 'off') === 'on',
    ocrEveryS: Math.max(1, intFromEnv('VMR_OCR_EVERY_S', 5)),
    ocrMaxFrames: intFromEnv('VMR_OCR_MAX_FRAMES', 12),
  };
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
    bootstrapAdminKey: process.env.VMR_BOOTSTRAP_ADMIN_KEY || undefined,
    inlineWorker:
      process.env.INLINE_WORKER === 'on' ? 'on' : process.env.INLINE_WORKER === 'off' ? 'off' : 'auto',
    queryLimits: queryLimitsFromEnv(),
    maxStringLength: intFromEnv('MAX_STRING_LENGTH', 1_000),
    introspection: boolFromEnv('GRAPHQL_INTROSPECTION', process.env.NODE_ENV !== 'production'),
    suggestions: boolFromEnv('GRAPHQL_SUGGESTIONS', process.env.NODE_ENV !== 'production'),
    logLevel: logLevelFromEnv(),
    rateLimits: rateLimitsFromEnv(),
    statementTimeoutMs: intFromEnv('STATEMENT_TIMEOUT_MS', 5_000),
    metricsAccess: metricsAccessFromEnv(),
    shutdownTimeoutMs: intFromEnv('SHUTDOWN_TIMEOUT_MS', 10_000),
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
    video: videoConfigFromEnv(root),
  };
}
