import type { Prisma } from '../generated/prisma/client.js';
import type { PairSplit } from '../generated/prisma/enums.js';
import type { Db } from '../db/client.js';
import { badInput, notFound } from '../errors.js';
import { nonEmpty } from './validation.js';

/** A training pair as the API takes it: database ids, source and split. */
export interface PairInput {
  videoId: string;
  trackId: string;
  source?: string | null;
  split?: PairSplit | null;
}

export interface PairsReport {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
}

export const MAX_PAIRS_PER_CALL = 10_000;

function checkCount(count: number, field: string): void {
  if (count === 0) throw badInput(`${field} must name at least one pair`, field);
  if (count > MAX_PAIRS_PER_CALL)
    throw badInput(`${field} may name at most ${MAX_PAIRS_PER_CALL} pairs a call, got ${count}`, field);
}

/** Every pair names each of its video and track once; a repeated pair is an input error. */
function checkDistinct(pairs: readonly { videoId: string; trackId: string }[], field: string): void {
  const seen = new Set<string>();
  pairs.forEach((p, i) => {
    const key = `${p.videoId}/${p.trackId}`;
    if (seen.has(key)) throw badInput(`${field}[${i}] repeats an earlier pair`, `${field}[${i}]`);
    seen.add(key);
  });
}

/**
 * addTrainingPairs: all-or-nothing. Every video must exist and have visual features, every
 * track must exist and have audio features (a pair the trainer would skip is refused here, so a
 * client learns it now, not from a training run's skipped count). Existing pairs take the given
 * source and split. One statement writes them all, in the caller's transaction.
 */
export async function addTrainingPairs(db: Db, input: readonly PairInput[]): Promise<PairsReport> {
  checkCount(input.length, 'pairs');
  checkDistinct(input, 'pairs');
  const pairs = input.map((p, i) => ({
    videoId: p.videoId,
    trackId: p.trackId,
    source: p.source == null ? null : nonEmpty(p.source, `pairs[${i}].source`, 100),
    split: p.split ?? 'TRAIN',
  }));
  return db.$transaction(async (tx) => {
    const videoIds = [...new Set(pairs.map((p) => p.videoId))];
    const trackIds = [...new Set(pairs.map((p) => p.trackId))];
    const [videos, tracks] = await Promise.all([
      tx.video.findMany({
        where: { id: { in: videoIds } },
        select: { id: true, features: { where: { kind: 'VISUAL' }, select: { id: true } } },
      }),
      tx.track.findMany({
        where: { id: { in: trackIds } },
        select: { id: true, features: { where: { kind: 'AUDIO' }, select: { id: true } } },
      }),
    ]);
    const videoById = new Map(videos.map((v) => [v.id, v]));
    const trackById = new Map(tracks.map((t) => [t.id, t]));
    pairs.forEach((p, i) => {
      const video = videoById.get(p.videoId);
      if (!video) throw notFoundAt(notFound('Video', p.videoId), `pairs[${i}].videoId`);
      if (video.features.length === 0)
        throw badInput(
          `pairs[${i}]: video ${p.videoId} has no visual features to train on`,
          `pairs[${i}].videoId`,
        );
      const track = trackById.get(p.trackId);
      if (!track) throw notFoundAt(notFound('Track', p.trackId), `pairs[${i}].trackId`);
      if (track.features.length === 0)
        throw badInput(
          `pairs[${i}]: track ${p.trackId} has no audio features to train on`,
          `pairs[${i}].trackId`,
        );
    });
    const existing = await tx.videoMusicPair.findMany({
      where: { OR: pairs.map((p) => ({ videoId: p.videoId, trackId: p.trackId })) },
      select: { videoId: true, trackId: true, source: true, split: true },
    });
    const before = new Map(existing.map((e) => [`${e.videoId}/${e.trackId}`, e]));
    const report: PairsReport = { added: 0, updated: 0, unchanged: 0, removed: 0 };
    for (const p of pairs) {
      const old = before.get(`${p.videoId}/${p.trackId}`);
      if (!old) report.added += 1;
      else if (old.source !== p.source || old.split !== p.split) report.updated += 1;
      else report.unchanged += 1;
    }
    await tx.$executeRaw`
      INSERT INTO "video_music_pair" ("id", "video_id", "track_id", "source", "split")
      SELECT gen_random_uuid(), u.v, u.t, u.s, u.p::"PairSplit"
      FROM unnest(${pairs.map((p) => p.videoId)}::uuid[], ${pairs.map((p) => p.trackId)}::uuid[],
                  ${pairs.map((p) => p.source)}::text[], ${pairs.map((p) => p.split)}::text[]) AS u(v, t, s, p)
      ON CONFLICT ("video_id", "track_id") DO UPDATE SET "source" = EXCLUDED."source", "split" = EXCLUDED."split"
      WHERE ("video_music_pair"."source", "video_music_pair"."split") IS DISTINCT FROM (EXCLUDED."source", EXCLUDED."split")`;
    return report;
  });
}

/** NOT_FOUND that also names the input field it came from. */
function notFoundAt(error: ReturnType<typeof notFound>, field: string) {
  (error.extensions as Record<string, unknown>).field = field;
  return error;
}

/** removeTrainingPairs: deletes the named pairs in one statement; unknown pairs count as unchanged. */
export async function removeTrainingPairs(
  db: Db,
  input: readonly { videoId: string; trackId: string }[],
): Promise<PairsReport> {
  checkCount(input.length, 'pairs');
  checkDistinct(input, 'pairs');
  const removed = await db.$executeRaw`
    DELETE FROM "video_music_pair" p
    USING unnest(${input.map((p) => p.videoId)}::uuid[], ${input.map((p) => p.trackId)}::uuid[]) AS u(v, t)
    WHERE p."video_id" = u.v AND p."track_id" = u.t`;
  return { added: 0, updated: 0, unchanged: input.length - removed, removed };
}

export interface PairCount {
  source: string | null;
  split: PairSplit;
  count: number;
}

export async function trainingPairCounts(db: Db): Promise<PairCount[]> {
  const rows = await db.videoMusicPair.groupBy({
    by: ['source', 'split'],
    _count: { _all: true },
    orderBy: [{ source: 'asc' }, { split: 'asc' }],
  });
  return rows.map((r) => ({ source: r.source, split: r.split, count: r._count._all }));
}

export const pairWhere = (filter: { source?: string | null; split?: PairSplit | null }) =>
  ({
    ...(filter.source != null ? { source: filter.source } : {}),
    ...(filter.split != null ? { split: filter.split } : {}),
  }) satisfies Prisma.VideoMusicPairWhereInput;
