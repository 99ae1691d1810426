import { Prisma } from '../generated/prisma/client.js';
import type { Db } from './client.js';

/**
 * All vector SQL lives here (pgvector through Prisma's tagged $queryRaw, `::halfvec` casts).
 * Embeddings are stored per model version in one table, as halfvec (16-bit floats: half the
 * pages to scan, half the index; migration 20261127040000 says why). Each version gets its own
 * partial HNSW index, so a new version can be embedded and indexed beside the active one and
 * switched to atomically. Query vectors are sent as text and cast to halfvec too, so that
 * index and exact scans compare like with like.
 */

export const EMBEDDING_DIM = 256;

/** pgvector's text form: `[1,2,3]`. Rejects wrong sizes and non-finite values. */
export function toSql(vector: ArrayLike<number>): string {
  if (vector.length !== EMBEDDING_DIM)
    throw new RangeError(`toSql: expected ${EMBEDDING_DIM} dimensions, got ${vector.length}`);
  const parts = new Array<string>(vector.length);
  for (let i = 0; i < vector.length; i += 1) {
    const x = vector[i];
    if (!Number.isFinite(x)) throw new RangeError(`toSql: element ${i} is ${x}`);
    parts[i] = String(x);
  }
  return `[${parts.join(',')}]`;
}

export function fromSql(text: string): Float32Array {
  return Float32Array.from(text.slice(1, -1).split(',').map(Number));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function indexName(versionId: string): string {
  if (!UUID.test(versionId)) throw new RangeError(`indexName: not a uuid: ${versionId}`);
  return `track_embedding_hnsw_${versionId.replace(/-/g, '')}`;
}

/** Writes (or overwrites) embeddings of one version, in one statement, in the order given. */
export async function upsertEmbeddings(
  db: Db | Prisma.TransactionClient,
  versionId: string,
  rows: ReadonlyArray<{ trackId: string; embedding: ArrayLike<number> }>,
): Promise<number> {
  if (rows.length === 0) return 0;
  const ids = rows.map((r) => r.trackId);
  const vectors = rows.map((r) => toSql(r.embedding));
  return db.$executeRaw`
    INSERT INTO "track_embedding" ("track_id", "model_version_id", "embedding")
    SELECT u.t, ${versionId}::uuid, u.v::halfvec
    FROM unnest(${ids}::uuid[], ${vectors}::text[]) AS u(t, v)
    ON CONFLICT ("track_id", "model_version_id") DO UPDATE SET "embedding" = EXCLUDED."embedding", "created_at" = now()`;
}

export async function embeddingsOf(
  db: Db,
  versionId: string,
  trackIds: readonly string[],
): Promise<Map<string, Float32Array>> {
  const rows = await db.$queryRaw<Array<{ track_id: string; embedding: string }>>`
    SELECT "track_id"::text, "embedding"::text FROM "track_embedding"
    WHERE "model_version_id" = ${versionId}::uuid AND "track_id" = ANY(${[...trackIds]}::uuid[])`;
  return new Map(rows.map((r) => [r.track_id, fromSql(r.embedding)]));
}

export async function countEmbeddings(db: Db, versionId: string): Promise<number> {
  const [row] = await db.$queryRaw<
    [{ n: number }]
  >`SELECT count(*)::int AS n FROM "track_embedding" WHERE "model_version_id" = ${versionId}::uuid`;
  return row.n;
}

/**
 * Tracks with audio features but no embedding under this version, in the order their embeddings
 * should be written: by genre (vmr_embedding_write_order, migration 20261127060000), so a genre
 * filter's exact scan reads contiguous pages. The whole list at once: the order is computed per
 * track, so a keyset over it per batch would sort the catalog again for every batch.
 */
export async function tracksMissingEmbedding(
  db: Db,
  versionId: string,
  /** Only tracks whose audio features come from this front end or an unrecorded one; null: any. */
  frontEnd: string | null = null,
): Promise<string[]> {
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    SELECT t."id"::text FROM "track" t
    WHERE EXISTS (SELECT 1 FROM "media_feature" f WHERE f."track_id" = t."id" AND f."kind" = 'AUDIO'
                  AND (${frontEnd}::text IS NULL OR f."front_end" IS NULL OR f."front_end" = ${frontEnd}::text))
      AND NOT EXISTS (SELECT 1 FROM "track_embedding" e WHERE e."track_id" = t."id" AND e."model_version_id" = ${versionId}::uuid)
    ORDER BY vmr_embedding_write_order(t."id"), t."id"`;
  return rows.map((r) => r.id);
}

/**
 * Builds the version's HNSW index (cosine), unless it exists. DDL takes no bind parameters; the
 * name and the predicate are built from a validated uuid only. CONCURRENTLY keeps searches on
 * other versions answering while it builds (not available inside a transaction, nor needed on
 * PGlite).
 *
 * It is called right after a version's embeddings were written in bulk, so it then vacuums and
 * analyzes the table: the planner's row estimates choose between HNSW and exact scans, and GIN
 * inserts wait in pending lists that make the half-scan indexes look costly until a vacuum
 * (measured: the planner then preferred the whole-table GIN index, at twice the heap reads).
 */
export async function createVersionIndex(
  db: Db,
  versionId: string,
  options: { concurrently: boolean; m?: number; efConstruction?: number; vacuum?: boolean },
): Promise<void> {
  const name = indexName(versionId);
  const [{ exists }] = await db.$queryRaw<
    [{ exists: boolean }]
  >`SELECT to_regclass(${name}) IS NOT NULL AS exists`;
  if (exists) return;
  const m = options.m ?? 16;
  const ef = options.efConstruction ?? 64;
  await db.$executeRawUnsafe(
    `CREATE INDEX ${options.concurrently ? 'CONCURRENTLY ' : ''}IF NOT EXISTS "${name}" ON "track_embedding" USING hnsw ("embedding" halfvec_cosine_ops) WITH (m = ${m}, ef_construction = ${ef}) WHERE "model_version_id" = '${versionId}'`,
  );
  if (options.vacuum ?? true) await vacuumEmbeddings(db);
}

export async function vacuumEmbeddings(db: Db): Promise<void> {
  await db.$executeRawUnsafe(`VACUUM (ANALYZE) "track_embedding"`);
}

export async function dropVersionIndex(db: Db, versionId: string): Promise<void> {
  await db.$executeRawUnsafe(`DROP INDEX IF EXISTS "${indexName(versionId)}"`);
}

export async function versionIndexSize(db: Db, versionId: string): Promise<number | null> {
  const [row] = await db.$queryRaw<
    Array<{ bytes: bigint | null }>
  >`SELECT pg_relation_size(to_regclass(${indexName(versionId)})) AS bytes`;
  return row?.bytes == null ? null : Number(row.bytes);
}

export interface NearestOptions {
  versionId: string;
  query: ArrayLike<number>;
  /** Extra conditions on the embedding row, aliased `e`. */
  where: Prisma.Sql;
  /**
   * Conditions (on `e."track_id"`) that cost a lookup per row, like the licence rule: exact
   * scans apply them after ranking, to the best candidates only.
   */
  deferredWhere?: Prisma.Sql;
  limit: number;
  /** Keyset: only rows after this (distance, trackId) in (distance, track_id) order. */
  after?: { distance: number; trackId: string } | null;
  /**
   * 'index': HNSW with an iterative scan, tuned by the connection's hnsw.* settings
   * (DEFAULT_SESSION_SETTINGS); 'exact': brute force over the filtered rows.
   */
  mode: 'index' | 'exact';
  /**
   * Exact mode only: scan the table's two halves (`scan_half`) on two connections at once and
   * merge. Worth it when thousands of rows pass the filters; a few hundred are quicker in one.
   */
  parallel?: boolean;
}

export interface Neighbour {
  trackId: string;
  distance: number;
}

/**
 * The k nearest tracks by cosine distance under the filters. In index mode an iterative HNSW
 * scan (pgvector 0.8, relaxed_order) keeps scanning until the page is full; the filters are
 * quals on the scanned row itself, so they run inside the scan. Relaxed order can return rows
 * slightly out of distance order, so the materialised CTE over-fetches (2x) and re-sorts. Exact
 * mode computes each distance once in a subquery that the index cannot serve (`OFFSET 0`), so
 * Postgres scans the filtered rows and keeps the top k. Each query is a single statement: the
 * scan settings are per connection (src/db/client.ts).
 */
export async function nearestTracks(db: Db, options: NearestOptions): Promise<Neighbour[]> {
  if (options.mode === 'index') return indexScan(db, options);
  if (!options.parallel) return exactScan(db, options, Prisma.empty);
  // The union of each half's exact top k holds the whole table's top k.
  const halves = await Promise.all(
    // A literal, written as the partial indexes' predicates are (`scan_half = 0`), so the planner
    // can prove that a half's GIN index applies; a bound parameter would compare as smallint.
    [0, 1].map((half) => exactScan(db, options, Prisma.raw(`AND e."scan_half" = ${half}`))),
  );
  return halves
    .flat()
    .sort((a, b) => a.distance - b.distance || (a.trackId < b.trackId ? -1 : a.trackId > b.trackId ? 1 : 0))
    .slice(0, options.limit);
}

function queryParts(options: NearestOptions) {
  const q = toSql(options.query);
  const after = options.after
    ? Prisma.sql`AND (e."embedding" <=> ${q}::halfvec, e."track_id") > (${options.after.distance}::float8, ${options.after.trackId}::uuid)`
    : Prisma.empty;
  return { q, after, deferred: options.deferredWhere ?? Prisma.empty };
}

async function indexScan(db: Db, options: NearestOptions): Promise<Neighbour[]> {
  const { q, after, deferred } = queryParts(options);
  return db.$queryRaw<Neighbour[]>`
    WITH candidates AS MATERIALIZED (
      SELECT e."track_id", e."embedding" <=> ${q}::halfvec AS distance
      FROM "track_embedding" e
      WHERE e."model_version_id" = ${options.versionId}::uuid ${options.where} ${deferred} ${after}
      ORDER BY e."embedding" <=> ${q}::halfvec
      LIMIT ${Math.max(options.limit * 2, 20)}
    )
    SELECT e."track_id"::text AS "trackId", e.distance FROM candidates e
    ORDER BY e.distance, e."track_id" LIMIT ${options.limit}`;
}

/**
 * Exact top k over the rows passing `where` and `part`. The deferred (per-row lookup)
 * conditions are checked on the best EXACT_PREFETCH cheap-filtered rows only; if too few of
 * those pass, the ranking is redone with every condition applied up front.
 */
async function exactScan(db: Db, options: NearestOptions, part: Prisma.Sql): Promise<Neighbour[]> {
  const { q, after, deferred } = queryParts(options);
  const ranked = (where: Prisma.Sql, outer: Prisma.Sql, inner: number) => Prisma.sql`
    WITH candidates AS MATERIALIZED (
      SELECT s."track_id", s.distance FROM (
        SELECT e."track_id", e."embedding" <=> ${q}::halfvec AS distance
        FROM "track_embedding" e
        WHERE e."model_version_id" = ${options.versionId}::uuid ${where} ${part} ${after}
        OFFSET 0
      ) s
      ORDER BY s.distance, s."track_id"
      LIMIT ${inner}
    )
    SELECT e."track_id"::text AS "trackId", e.distance FROM candidates e WHERE true ${outer}
    ORDER BY e.distance, e."track_id" LIMIT ${options.limit}`;
  if (options.deferredWhere) {
    const prefetch = Math.max(EXACT_PREFETCH, options.limit * 4);
    const rows = await db.$queryRaw<Neighbour[]>(ranked(options.where, deferred, prefetch));
    if (rows.length === options.limit) return rows;
    const [{ n }] = await db.$queryRaw<
      [{ n: number }]
    >`SELECT count(*)::int AS n FROM (SELECT 1 FROM "track_embedding" e
      WHERE e."model_version_id" = ${options.versionId}::uuid ${options.where} ${part} ${after} LIMIT ${prefetch}) s`;
    if (n < prefetch) return rows; // every cheap-filtered row was checked: the short page is the answer
  }
  return db.$queryRaw<Neighbour[]>(
    ranked(Prisma.sql`${options.where} ${deferred}`, Prisma.empty, options.limit),
  );
}

/** Exact scans check deferred conditions on this many best cheap-filtered rows first. */
export const EXACT_PREFETCH = 200;

/** The planner's estimate of how many embedding rows of the version pass `where` (no rows read). */
export async function estimateMatchingRows(db: Db, versionId: string, where: Prisma.Sql): Promise<number> {
  const rows = await db.$queryRaw<Array<{ 'QUERY PLAN': Array<{ Plan: { 'Plan Rows': number } }> }>>(
    Prisma.sql`EXPLAIN (FORMAT JSON) SELECT 1 FROM "track_embedding" e WHERE e."model_version_id" = ${versionId}::uuid ${where}`,
  );
  return rows[0]['QUERY PLAN'][0].Plan['Plan Rows'];
}
