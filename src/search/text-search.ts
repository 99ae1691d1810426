import type { Prisma } from '../generated/prisma/client.js';
import { nearestTracks } from '../db/vectors.js';
import { badInput, clientError, ErrorCode } from '../errors.js';
import type { SearchContext } from './search-context.js';
import { decodeCursor, encodeCursor, pageSize } from '../paging/cursors.js';
import type { TrackFilterInput } from '../catalog/track-filter.js';
import type { EmbedderPool } from '../models/embedders.js';
import { searchFilterSql } from './filter-sql.js';
import { observeSearch } from '../observability/search-metrics.js';
import { embedVideoQuery } from './query-vector.js';
import type { SearchConnection, SearchSignal } from './search-result.js';
import { searchPage, searchScope, searchVersion, type SearchPosition } from './vector-search.js';

export interface FusionArgs {
  method?: 'RRF' | 'RELATIVE_SCORE' | null;
  textWeight?: number | null;
  semanticWeight?: number | null;
  rrfK?: number | null;
}

/** How many candidates each signal contributes before fusion; pages walk this fused list. */
export const FUSION_DEPTH = 200;

interface Ranked {
  trackId: string;
  score: number;
}

interface TextHit extends Ranked {
  exactTitle: boolean;
}

/**
 * Full-text matches over every track the filter and visibility admit, with or without an
 * embedding. The filter's conditions read the track's columns from the view track_filter_row,
 * which has the same columns as the embedding rows (migration 20261201010000), so one
 * definition of each filter serves both searches.
 */
async function textMatches(ctx: SearchContext, text: string, where: Prisma.Sql): Promise<TextHit[]> {
  return ctx.db.$queryRaw<TextHit[]>`
    SELECT s."track_id"::text AS "trackId", ts_rank_cd(s."document", q.query)::float8 AS score,
           lower(t."title") = lower(${text}) AS "exactTitle"
    FROM "track_search" s
    JOIN "track_filter_row" e ON e."track_id" = s."track_id"
    JOIN "track" t ON t."id" = s."track_id",
         websearch_to_tsquery('simple', ${text}) AS q(query)
    WHERE s."document" @@ q.query ${where}
    ORDER BY "exactTitle" DESC, score DESC, s."track_id" LIMIT ${FUSION_DEPTH}`;
}

/**
 * A query that is a track's exact title is a navigational query: that track comes first, even
 * when it has no embedding and so only one signal. The rest keeps its fused order.
 */
function exactTitlesFirst<T extends { trackId: string }>(fused: T[], textHits: TextHit[]): T[] {
  const exact = new Set(textHits.filter((h) => h.exactTitle).map((h) => h.trackId));
  if (exact.size === 0) return fused;
  return [...fused.filter((r) => exact.has(r.trackId)), ...fused.filter((r) => !exact.has(r.trackId))];
}

function fusionSettings(fusion: FusionArgs | null | undefined) {
  const method = fusion?.method ?? 'RRF';
  const textWeight = fusion?.textWeight ?? 1;
  const semanticWeight = fusion?.semanticWeight ?? 1;
  const k = fusion?.rrfK ?? 60;
  for (const [name, w] of [
    ['textWeight', textWeight],
    ['semanticWeight', semanticWeight],
  ] as const) {
    if (!Number.isFinite(w) || w < 0)
      throw badInput(`fusion.${name} must be a finite number >= 0, got ${w}`, `fusion.${name}`);
  }
  if (textWeight + semanticWeight === 0)
    throw badInput('fusion: at least one weight must be positive', 'fusion');
  if (!Number.isInteger(k) || k < 1)
    throw badInput(`fusion.rrfK must be a positive integer, got ${k}`, 'fusion.rrfK');
  return { method, textWeight, semanticWeight, k };
}

/**
 * Fuses ranked lists. RRF: Σ w / (k + rank) (Cormack et al. 2009), robust to incomparable score
 * scales. Relative score: Σ w · (s − min) / (max − min) per list, which keeps score gaps.
 */
export function fuse(
  lists: Array<{ name: 'TEXT' | 'VECTOR'; weight: number; items: Ranked[] }>,
  method: 'RRF' | 'RELATIVE_SCORE',
  k: number,
) {
  const fused = new Map<string, { score: number; signals: SearchSignal[] }>();
  for (const list of lists) {
    const scores = list.items.map((i) => i.score);
    const min = Math.min(...scores);
    const span = Math.max(...scores) - min;
    list.items.forEach((item, index) => {
      const contribution =
        method === 'RRF'
          ? list.weight / (k + index + 1)
          : list.weight * (span > 0 ? (item.score - min) / span : 1);
      const entry = fused.get(item.trackId) ?? { score: 0, signals: [] };
      entry.score += contribution;
      entry.signals.push({ name: list.name, score: item.score, rank: index + 1 });
      fused.set(item.trackId, entry);
    });
  }
  return [...fused]
    .map(([trackId, v]) => ({ trackId, ...v }))
    .sort((a, b) => b.score - a.score || (a.trackId < b.trackId ? -1 : 1));
}

/**
 * searchTracks: Postgres full text over title (A), artists (B) and tags (C) of every visible
 * track, fused with the learned similarity between the query text (through the video tower's
 * text encoder) and the tracks that have embeddings. Both lists use the same filters; pages walk
 * the fused list by offset, pinned to one model version.
 */
export async function searchTracks(
  ctx: SearchContext,
  embedders: EmbedderPool,
  args: {
    text: string;
    filter?: TrackFilterInput | null;
    fusion?: FusionArgs | null;
    first?: number | null;
    after?: string | null;
  },
): Promise<SearchConnection> {
  const size = pageSize(args.first, 10);
  const text = args.text.trim();
  if (text === '') throw badInput('text must not be empty', 'text');
  if (text.length > 500) throw badInput('text must be at most 500 characters', 'text');
  const settings = fusionSettings(args.fusion);
  const scope = searchScope('searchTracks', [text, args.filter ?? null, settings]);
  const position = args.after ? decodeCursor<SearchPosition>(args.after, scope) : null;
  if (position && (typeof position.v !== 'string' || typeof position.o !== 'number')) {
    throw clientError(ErrorCode.BAD_USER_INPUT, 'after is not a valid cursor', { field: 'after' });
  }
  const started = performance.now();
  const version = await searchVersion(ctx, position?.v ?? null);
  const filter = await searchFilterSql(ctx.db, args.filter, ctx.visible, [], ctx.viewer.role);

  const textHits = await textMatches(ctx, text, filter.sql);
  const lists: Parameters<typeof fuse>[0] = [
    {
      name: 'TEXT',
      weight: settings.textWeight,
      items: textHits.map(({ trackId, score }) => ({ trackId, score })),
    },
  ];
  if (settings.semanticWeight > 0) {
    // Text with no word in it ("&") has nothing to embed: BAD_USER_INPUT naming `text`.
    const query = await embedVideoQuery(embedders, version, { text: { title: text } }, 'text');
    const neighbours = await nearestTracks(ctx.db, {
      versionId: version.id,
      query,
      where: filter.sql,
      limit: FUSION_DEPTH,
      mode: 'index',
    });
    lists.push({
      name: 'VECTOR',
      weight: settings.semanticWeight,
      items: neighbours.map((n) => ({ trackId: n.trackId, score: 1 - n.distance })),
    });
  }
  const fused = exactTitlesFirst(fuse(lists, settings.method, settings.k), textHits);
  observeSearch(
    'searchTracks',
    settings.semanticWeight > 0 ? 'hnsw' : 'none',
    (performance.now() - started) / 1000,
  );
  const offset = position?.o ?? 0;
  const window = fused.slice(offset, offset + size + 1);
  return searchPage(ctx, {
    version,
    filter,
    size,
    hasPreviousPage: offset > 0,
    queryText: text,
    rows: window.map((row, i) => ({
      trackId: row.trackId,
      score: row.score,
      signals: [{ name: 'FUSED', score: row.score, rank: offset + i + 1 }, ...row.signals],
      cursor: encodeCursor(scope, { v: version.id, o: offset + i + 1 } satisfies SearchPosition),
    })),
  });
}
