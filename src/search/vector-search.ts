import { createHash } from 'node:crypto';
import type { ModelVersion } from '../generated/prisma/client.js';
import { Prisma } from '../generated/prisma/client.js';
import { estimateMatchingRows, nearestTracks, type Neighbour } from '../db/vectors.js';
import { clientError, ErrorCode } from '../errors.js';
import { decodeCursor, encodeCursor, pageSize } from '../paging/cursors.js';
import { pageInfoOf } from '../paging/page-info.js';
import type { SearchContext } from './search-context.js';
import type { TrackFilterInput } from '../catalog/track-filter.js';
import { explain } from './explanation.js';
import { observeSearch, type ScanPath } from '../observability/search-metrics.js';
import { searchFacets } from './facets.js';
import { searchFilterSql, type ResolvedSearchFilter } from './filter-sql.js';
import type { SearchConnection, SearchEdge, SearchSignal } from './search-result.js';

/** A search cursor pins the model version and the query, and holds the keyset position. */
export interface SearchPosition {
  v: string;
  d?: number;
  id?: string;
  o?: number;
  /** 1: a row of a reranked pool (VectorSearchArgs.rerank); `o` is its rank in the pool. */
  p?: number;
}

/** Cursor scope: the query kind plus a digest of everything that defines the result list. */
export function searchScope(kind: string, definition: unknown): string {
  return `${kind}:${createHash('sha256').update(JSON.stringify(definition)).digest('base64url').slice(0, 22)}`;
}

/**
 * The version a page is computed with: the one its cursor pinned (so a walk never mixes
 * versions, even across an activation), else the active one.
 */
export async function searchVersion(ctx: SearchContext, pinned: string | null): Promise<ModelVersion> {
  if (pinned) {
    const version = await ctx.db.modelVersion.findUnique({ where: { id: pinned } });
    if (!version || version.status === 'FAILED') {
      throw clientError(
        ErrorCode.BAD_USER_INPUT,
        'after: the model version this cursor was made with is no longer available; start the search again',
        { field: 'after' },
      );
    }
    return version;
  }
  const active = await ctx.db.modelVersion.findFirst({ where: { status: 'ACTIVE' } });
  if (!active) throw clientError(ErrorCode.INTERNAL_SERVER_ERROR, 'No model version is active yet');
  return active;
}

export interface VectorSearchArgs {
  kind: string;
  /** Identifies the query for cursor pinning (the filter is added here). */
  definition: unknown;
  filter: TrackFilterInput | null | undefined;
  first: number | null | undefined;
  after: string | null | undefined;
  excludeTrackIds?: string[];
  queryText?: string | null;
  /** The query vector under a given version. */
  vectorFor: (version: ModelVersion) => Promise<ArrayLike<number>>;
  /**
   * A second stage: the `pool` nearest tracks by the query vector are scored again by `score`
   * and come first in its order (ties: vector order); the results after the pool continue in
   * vector order. Used by musicLikeUpload (aligned window matching).
   */
  rerank?: {
    pool: number;
    signal: SearchSignal['name'];
    score: (version: ModelVersion, trackIds: string[]) => Promise<Map<string, number>>;
  };
}

/**
 * Runs a k-NN search under the filters. The HNSW path keeps the page full with iterative
 * scans; if it still comes back short (a very selective filter exhausts the scan budget), the
 * exact path answers instead: at that selectivity, scanning the few matching rows is cheap.
 */
export async function vectorSearch(ctx: SearchContext, args: VectorSearchArgs): Promise<SearchConnection> {
  const size = pageSize(args.first, 10);
  const scope = searchScope(args.kind, [args.definition, args.filter ?? null, args.excludeTrackIds ?? []]);
  const position = args.after ? decodeCursor<SearchPosition>(args.after, scope) : null;
  const keyset = (p: SearchPosition) => typeof p.d === 'number' && typeof p.id === 'string';
  const pooled = (p: SearchPosition) => p.p === 1 && typeof p.o === 'number' && p.o >= 0 && !!args.rerank;
  if (position && (typeof position.v !== 'string' || !(keyset(position) || pooled(position)))) {
    throw clientError(ErrorCode.BAD_USER_INPUT, 'after is not a valid cursor', { field: 'after' });
  }
  const version = await searchVersion(ctx, position?.v ?? null);
  // The encoder (a worker thread) and the filter's tag lookups (the database) run side by side.
  const [filter, query] = await Promise.all([
    searchFilterSql(ctx.db, args.filter, ctx.visible, args.excludeTrackIds, ctx.viewer.role),
    args.vectorFor(version),
  ]);
  if (args.rerank && (!position || position.p === 1)) {
    return rerankedPage(ctx, args, { scope, size, version, filter, query, position }, args.rerank);
  }
  return vectorPage(ctx, args, { scope, size, version, filter, query, position });
}

interface PageContext {
  scope: string;
  size: number;
  version: ModelVersion;
  filter: ResolvedSearchFilter;
  query: ArrayLike<number>;
  position: SearchPosition | null;
}

/** The nearest tracks under the filter: HNSW, or the exact scan where it is exact and cheap. */
async function neighboursOf(
  ctx: SearchContext,
  kind: string,
  page: Pick<PageContext, 'version' | 'filter' | 'query'>,
  limit: number,
  after: { distance: number; trackId: string } | null,
): Promise<Neighbour[]> {
  const { version, filter } = page;
  const options = {
    versionId: version.id,
    query: page.query,
    where: filter.rowSql,
    deferredWhere: filter.licenceSql ?? undefined,
    limit,
    after,
  };
  const started = performance.now();
  const plan = await scanPlan(ctx, version.id, filter);
  let neighbours: Neighbour[];
  let scan: ScanPath = plan.exact ? 'exact' : 'hnsw';
  scansInFlight += 1;
  try {
    // Two half-scans pay off only while cores are idle; under concurrent searches they would
    // just split the same work into more statements (measured: 16 clients, fewer queries/s).
    // PGlite (the embedded database) is one session: two half-scans would only queue.
    const split = ctx.config.searchParallelScans && !ctx.config.embeddedDatabase && scansInFlight === 1;
    neighbours = await nearestTracks(ctx.db, {
      ...options,
      mode: plan.exact ? 'exact' : 'index',
      parallel: split && plan.manyRows,
    });
    // A short HNSW page means a broad filter starved the scan: the exact scan reads many rows.
    if (neighbours.length < limit && !plan.exact) {
      neighbours = await nearestTracks(ctx.db, { ...options, mode: 'exact', parallel: split });
      scan = 'exact';
    }
  } finally {
    scansInFlight -= 1;
  }
  observeSearch(kind, scan, (performance.now() - started) / 1000);
  return neighbours;
}

/** A row in vector order, with its keyset cursor. */
function vectorRow(scope: string, version: ModelVersion, n: Neighbour, rank: number): PageRow {
  return {
    trackId: n.trackId,
    score: 1 - n.distance,
    signals: [{ name: 'VECTOR', score: 1 - n.distance, rank } satisfies SearchSignal],
    cursor: encodeCursor(scope, {
      v: version.id,
      d: n.distance,
      id: n.trackId,
      o: rank,
    } satisfies SearchPosition),
  };
}

async function vectorPage(
  ctx: SearchContext,
  args: VectorSearchArgs,
  page: PageContext,
): Promise<SearchConnection> {
  const { scope, size, version, filter, position } = page;
  const after = position ? { distance: position.d!, trackId: position.id! } : null;
  const neighbours = await neighboursOf(ctx, args.kind, page, size + 1, after);
  return searchPage(ctx, {
    version,
    filter,
    size,
    hasPreviousPage: position !== null,
    queryText: args.queryText ?? null,
    rows: neighbours.map((n, i) => vectorRow(scope, version, n, (position?.o ?? 0) + i + 1)),
  });
}

/**
 * The two-stage page: the pool (the `rerank.pool` nearest tracks, one more to know whether more
 * follow) in the second stage's order, then vector order after the pool's farthest track. Every
 * page recomputes the pool (the scan is cheap; the second stage caches what it can), so a
 * cursor holds only its rank.
 */
async function rerankedPage(
  ctx: SearchContext,
  args: VectorSearchArgs,
  page: PageContext,
  rerank: NonNullable<VectorSearchArgs['rerank']>,
): Promise<SearchConnection> {
  const { scope, size, version, filter, position } = page;
  const nearest = await neighboursOf(ctx, args.kind, page, rerank.pool + 1, null);
  const pool = nearest.slice(0, rerank.pool);
  const vectorRank = new Map(pool.map((n, i) => [n.trackId, i + 1]));
  const scores = await rerank.score(
    version,
    pool.map((n) => n.trackId),
  );
  const ordered = [...pool].sort(
    (a, b) =>
      (scores.get(b.trackId) ?? -Infinity) - (scores.get(a.trackId) ?? -Infinity) ||
      vectorRank.get(a.trackId)! - vectorRank.get(b.trackId)!,
  );
  const offset = position?.o ?? 0;
  const rows: PageRow[] = ordered.slice(offset, offset + size + 1).map((n, i) => {
    const rank = offset + i + 1;
    const score = scores.get(n.trackId) ?? 1 - n.distance;
    return {
      trackId: n.trackId,
      score,
      signals: [
        { name: rerank.signal, score, rank } satisfies SearchSignal,
        { name: 'VECTOR', score: 1 - n.distance, rank: vectorRank.get(n.trackId)! } satisfies SearchSignal,
      ],
      cursor: encodeCursor(scope, { v: version.id, o: rank, p: 1 } satisfies SearchPosition),
    };
  });
  // Past the pool: vector order after its farthest track (keyset cursors from there on).
  if (rows.length < size + 1 && nearest.length > rerank.pool) {
    const last = pool.at(-1)!;
    const more = await neighboursOf(ctx, args.kind, page, size + 1 - rows.length, {
      distance: last.distance,
      trackId: last.trackId,
    });
    more.forEach((n, i) =>
      rows.push(vectorRow(scope, version, n, pool.length + Math.max(0, offset - pool.length) + i + 1)),
    );
  }
  return searchPage(ctx, {
    version,
    filter,
    size,
    hasPreviousPage: position !== null,
    queryText: args.queryText ?? null,
    rows,
  });
}

/** Share of the catalog below which a filter counts as selective (see README, Benchmarks). */
export const EXACT_BELOW_SELECTIVITY = 0.2;

/**
 * Planner estimates per (version, filter), kept a minute: an estimate does not depend on the
 * query vector, and the same filters come back again and again (a UI's facets, a licence filter
 * per territory), so most searches skip the EXPLAIN round trip.
 */
const estimates = new Map<string, { rows: number; at: number }>();
const ESTIMATE_TTL_MS = 60_000;
const MAX_ESTIMATES = 1000;

async function estimatedRows(ctx: SearchContext, versionId: string, where: Prisma.Sql): Promise<number> {
  const key = `${versionId} ${where.sql} ${JSON.stringify(where.values)}`;
  const cached = estimates.get(key);
  if (cached && Date.now() - cached.at < ESTIMATE_TTL_MS) return cached.rows;
  const rows = await estimateMatchingRows(ctx.db, versionId, where);
  if (estimates.size >= MAX_ESTIMATES) estimates.delete(estimates.keys().next().value!);
  estimates.set(key, { rows, at: Date.now() });
  return rows;
}

/** Vector scans running in this process now. */
let scansInFlight = 0;

/** Exact scans of at least this many (estimated) rows run as two half-scans at once. */
export const PARALLEL_SCAN_MIN_ROWS = 4000;

/**
 * Which scan answers. HNSW applies filters after the graph walk, and when the filter correlates
 * with the embedding (a genre filter does) the walk must go far from the query and recall drops
 * (measured: 0.82 at 10 %). Below EXACT_BELOW_SELECTIVITY of the catalog, an exact scan of the
 * matching rows is exact and about as fast; with thousands of rows it scans both halves of the
 * table at once. The planner's row estimates decide; they read no rows.
 */
async function scanPlan(
  ctx: SearchContext,
  versionId: string,
  filter: ResolvedSearchFilter,
): Promise<{ exact: boolean; manyRows: boolean }> {
  const forced = ctx.config.searchExact;
  if (!filter.narrowing && !forced) return { exact: false, manyRows: true };
  const total = await estimatedRows(ctx, versionId, Prisma.empty);
  const matching = filter.narrowing ? await estimatedRows(ctx, versionId, filter.sql) : total;
  return {
    exact: forced || matching < EXACT_BELOW_SELECTIVITY * total,
    manyRows: matching >= PARALLEL_SCAN_MIN_ROWS,
  };
}

export interface PageRow {
  trackId: string;
  score: number;
  signals: SearchSignal[];
  cursor: string;
}

/** Turns ranked rows (one more than the page) into a search connection. */
export async function searchPage(
  ctx: SearchContext,
  page: {
    version: ModelVersion;
    filter: ResolvedSearchFilter;
    size: number;
    hasPreviousPage: boolean;
    rows: PageRow[];
    queryText: string | null;
  },
): Promise<SearchConnection> {
  const rows = page.rows.slice(0, page.size);
  const tracks = await Promise.all(rows.map((r) => ctx.loaders.track.load(r.trackId)));
  const edges: SearchEdge[] = rows.map((r, i) => ({
    cursor: r.cursor,
    node: tracks[i],
    score: r.score,
    signals: r.signals,
    explanation: explain(ctx, r.trackId, r.signals, page.filter, page.queryText),
  }));
  return {
    edges,
    pageInfo: pageInfoOf(edges, page.rows.length > page.size, page.hasPreviousPage),
    modelVersion: page.version,
    facets: searchFacets(ctx.db, page.version.id, page.filter.sql),
  };
}
