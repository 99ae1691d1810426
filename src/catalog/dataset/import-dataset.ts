import { createHash } from 'node:crypto';
import type { Prisma } from '../../generated/prisma/client.js';
import type { FeatureKind, PairSplit } from '../../generated/prisma/enums.js';
import type { Db } from '../../db/client.js';
import {
  loadDatasetFromDisk,
  YT8M_MAX,
  YT8M_MIN,
  type DatasetTrack,
  type DatasetVideo,
  type FeatureSequence,
  type TrainingDataset,
} from '../../ml/index.js';
import { featureBytes } from '../features.js';
import { checkFeatures, type FeatureRole } from '../media-features.js';
import { normalizeIsrc } from '../validation.js';
import { catalogMetaOf, type CatalogDatasetMeta } from './catalog-meta.js';
import { syntheticIsrc } from './synthetic-isrc.js';

/*
 * A vmr-dataset/1 directory into the catalog:
 *   track  matched by externalId = dataset id, else by the ISRC in meta.catalog.tracks; a new one
 *          gets the meta title (else the id), the meta ISRC (else a synthetic ZZ code), and
 *          durationSec = frames of its audio; its AUDIO media_feature (source 'dataset')
 *   video  matched by externalId = dataset id; text cues; VISUAL and AUDIO media_feature rows
 *   pair   video_music_pair with the dataset's split, source = the dataset name
 * The dataset is authoritative for what it carries (features, text cues, splits, durations); a
 * matched track keeps its title and ISRC, a matched video its source: editors own those.
 * Writes go in batches, each its own transaction, so the embedded single-connection database is
 * never held for long; a re-import compares everything first and writes nothing.
 */

export const DATASET_FEATURE_SOURCE = 'dataset';
export const DATASET_EXTRACTOR = 'vmr-dataset';

export interface KindCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface DatasetImportReport {
  name: string;
  tracks: KindCounts;
  videos: KindCounts;
  pairs: KindCounts;
  features: KindCounts;
}

export interface DatasetImportOptions {
  /** Rows per transaction (default 500); a batch is also cut at 32 MiB of feature bytes. */
  batchSize?: number;
  onProgress?: (progress: { phase: 'tracks' | 'videos' | 'pairs'; done: number; total: number }) => void;
}

const MAX_BATCH_BYTES = 32 * 2 ** 20;
const SPLIT: Record<string, PairSplit> = { train: 'TRAIN', val: 'VALIDATION', test: 'TEST' };
const TX_OPTIONS = { timeout: 120_000, maxWait: 30_000 };

type Tx = Prisma.TransactionClient;

const counts = (): KindCounts => ({ created: 0, updated: 0, unchanged: 0 });

export async function importDatasetDir(
  db: Db,
  dir: string,
  options: DatasetImportOptions = {},
): Promise<DatasetImportReport> {
  return importDataset(db, await loadDatasetFromDisk(dir), options);
}

export async function importDataset(
  db: Db,
  ds: TrainingDataset,
  options: DatasetImportOptions = {},
): Promise<DatasetImportReport> {
  const batchSize = options.batchSize ?? 500;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError(`batchSize must be a positive integer, got ${options.batchSize}`);
  const meta = catalogMetaOf(ds);
  checkDataset(ds);
  const report: DatasetImportReport = {
    name: ds.name,
    tracks: counts(),
    videos: counts(),
    pairs: counts(),
    features: counts(),
  };
  const trackIds = new Map<string, string>(); // dataset id -> track.id
  const videoIds = new Map<string, string>(); // dataset id -> video.id

  for (const [done, batch] of batches(ds.tracks, batchSize, (t) => t.audio.data.byteLength)) {
    await db.$transaction((tx) => writeTracks(tx, batch, meta, trackIds, report), TX_OPTIONS);
    options.onProgress?.({ phase: 'tracks', done, total: ds.tracks.length });
  }
  const videoBytes = (v: DatasetVideo) => (v.visual?.data.byteLength ?? 0) + (v.audio?.data.byteLength ?? 0);
  for (const [done, batch] of batches(ds.videos, batchSize, videoBytes)) {
    await db.$transaction((tx) => writeVideos(tx, batch, ds, meta, videoIds, report), TX_OPTIONS);
    options.onProgress?.({ phase: 'videos', done, total: ds.videos.length });
  }
  for (const [done, batch] of batches(ds.pairs, batchSize, () => 0)) {
    const rows = batch.map((p) => ({
      videoId: videoIds.get(p.videoId)!,
      trackId: trackIds.get(p.trackId)!,
      split: SPLIT[p.split]!,
      source: pairSource(ds, meta, p.videoId, p.trackId),
    }));
    await db.$transaction((tx) => writePairs(tx, rows, report), TX_OPTIONS);
    options.onProgress?.({ phase: 'pairs', done, total: ds.pairs.length });
  }
  return report;
}

/** Everything that would fail half-way through the import, checked before the first write. */
function checkDataset(ds: TrainingDataset): void {
  const tracks = new Set<string>();
  for (const t of ds.tracks) {
    if (tracks.has(t.id))
      throw new RangeError(`dataset ${ds.name}: duplicate track id ${JSON.stringify(t.id)}`);
    tracks.add(t.id);
    check(t.audio, 'trackAudio', `track ${t.id} audio`);
  }
  const videos = new Set<string>();
  for (const v of ds.videos) {
    if (videos.has(v.id))
      throw new RangeError(`dataset ${ds.name}: duplicate video id ${JSON.stringify(v.id)}`);
    videos.add(v.id);
    if (v.visual) check(v.visual, 'videoVisual', `video ${v.id} visual`);
    if (v.audio) check(v.audio, 'videoAudio', `video ${v.id} audio`);
  }
  const pairs = new Set<string>();
  for (const p of ds.pairs) {
    if (!videos.has(p.videoId))
      throw new RangeError(
        `dataset ${ds.name}: a pair references unknown video ${JSON.stringify(p.videoId)}`,
      );
    if (!tracks.has(p.trackId))
      throw new RangeError(
        `dataset ${ds.name}: a pair references unknown track ${JSON.stringify(p.trackId)}`,
      );
    if (!SPLIT[p.split])
      throw new RangeError(
        `dataset ${ds.name}: pair ${p.videoId}/${p.trackId} has unknown split ${JSON.stringify(p.split)}`,
      );
    const key = JSON.stringify([p.videoId, p.trackId]);
    if (pairs.has(key)) throw new RangeError(`dataset ${ds.name}: duplicate pair ${p.videoId}/${p.trackId}`);
    pairs.add(key);
  }
}

function check(seq: FeatureSequence, role: FeatureRole, field: string): void {
  try {
    checkFeatures(seq, role, field);
  } catch (error) {
    throw new RangeError(`dataset: ${(error as Error).message}`);
  }
}

/** Slices of at most `size` items and `MAX_BATCH_BYTES` feature bytes, with the running count. */
function* batches<T>(
  items: readonly T[],
  size: number,
  bytes: (item: T) => number,
): Generator<[number, T[]]> {
  let batch: T[] = [];
  let batchBytes = 0;
  let done = 0;
  for (const item of items) {
    batch.push(item);
    batchBytes += bytes(item);
    if (batch.length >= size || batchBytes >= MAX_BATCH_BYTES) {
      done += batch.length;
      yield [done, batch];
      batch = [];
      batchBytes = 0;
    }
  }
  if (batch.length) yield [done + batch.length, batch];
}

function pairSource(
  ds: TrainingDataset,
  meta: CatalogDatasetMeta,
  videoId: string,
  trackId: string,
): string | null {
  const override = meta.pairSources?.[videoId];
  if (override && Object.hasOwn(override, trackId)) return override[trackId] ?? null;
  return ds.name || DATASET_FEATURE_SOURCE;
}

async function writeTracks(
  tx: Tx,
  batch: DatasetTrack[],
  meta: CatalogDatasetMeta,
  ids: Map<string, string>,
  report: DatasetImportReport,
): Promise<void> {
  type Row = { id: string; externalId: string | null; durationSec: number };
  const select = { id: true, externalId: true, durationSec: true } as const;
  const found = new Map<string, Row>();
  for (const t of await tx.track.findMany({ where: { externalId: { in: batch.map((t) => t.id) } }, select }))
    found.set(t.externalId!, t);
  const isrcOf = new Map<string, string>();
  for (const t of batch) {
    const isrc = meta.tracks?.[t.id]?.isrc;
    if (isrc !== undefined) isrcOf.set(t.id, normalizeIsrcOrThrow(isrc, t.id));
  }
  const byIsrc = batch.filter((t) => !found.has(t.id) && isrcOf.has(t.id));
  if (byIsrc.length) {
    const rows = await tx.track.findMany({
      where: { isrc: { in: byIsrc.map((t) => isrcOf.get(t.id)!) } },
      select: { ...select, isrc: true },
    });
    const rowOfIsrc = new Map(rows.map((r) => [r.isrc, r]));
    for (const t of byIsrc) {
      const row = rowOfIsrc.get(isrcOf.get(t.id)!);
      if (row) found.set(t.id, row);
    }
  }

  const created = new Set<string>();
  const updated = new Set<string>();
  const fresh = batch.filter((t) => !found.has(t.id));
  if (fresh.length) {
    const isrcs = await assignIsrcs(
      tx,
      fresh.map((t) => t.id),
      isrcOf,
    );
    const made = await tx.track.createManyAndReturn({
      data: fresh.map((t) => ({
        externalId: t.id,
        isrc: isrcs.get(t.id)!,
        title: meta.tracks?.[t.id]?.title ?? t.id,
        durationSec: t.audio.frames,
      })),
      select,
    });
    for (const row of made) {
      found.set(row.externalId!, row);
      created.add(row.externalId!);
    }
  }
  for (const t of batch) {
    const row = found.get(t.id)!;
    ids.set(t.id, row.id);
    if (created.has(t.id)) continue;
    const data: Prisma.TrackUpdateInput = {};
    if (row.durationSec !== t.audio.frames) data.durationSec = t.audio.frames;
    // Matched by ISRC: link it to the dataset id so the next import matches it directly.
    if (row.externalId === null) data.externalId = t.id;
    if (Object.keys(data).length) {
      await tx.track.update({ where: { id: row.id }, data });
      updated.add(t.id);
    }
  }
  const changed = await syncFeatures(
    tx,
    batch.map((t) => ({ owner: t.id, trackId: ids.get(t.id)!, videoId: null, kind: 'AUDIO', seq: t.audio })),
    report,
  );
  tally(report.tracks, batch.length, created, updated, changed);
}

function normalizeIsrcOrThrow(isrc: string, id: string): string {
  try {
    return normalizeIsrc(isrc);
  } catch {
    throw new RangeError(`dataset: track ${id} has an invalid ISRC in meta.catalog: ${JSON.stringify(isrc)}`);
  }
}

/** The meta ISRC where there is one, else a synthetic code, rehashed past any already taken. */
async function assignIsrcs(tx: Tx, ids: string[], given: Map<string, string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const id of ids) {
    const isrc = given.get(id);
    if (isrc === undefined) continue;
    if (taken.has(isrc))
      throw new RangeError(`dataset: ISRC ${isrc} is given to more than one track (${id})`);
    taken.add(isrc);
    out.set(id, isrc);
  }
  let pending = ids.filter((id) => !out.has(id)).map((id) => ({ id, attempt: 0 }));
  while (pending.length) {
    const candidates = pending.map((p) => ({ ...p, isrc: syntheticIsrc(p.id, p.attempt) }));
    const clashes = new Set(
      (
        await tx.track.findMany({
          where: { isrc: { in: candidates.map((c) => c.isrc) } },
          select: { isrc: true },
        })
      ).map((t) => t.isrc),
    );
    pending = [];
    for (const c of candidates) {
      if (clashes.has(c.isrc) || taken.has(c.isrc)) pending.push({ id: c.id, attempt: c.attempt + 1 });
      else {
        taken.add(c.isrc);
        out.set(c.id, c.isrc);
      }
    }
  }
  return out;
}

async function writeVideos(
  tx: Tx,
  batch: DatasetVideo[],
  ds: TrainingDataset,
  meta: CatalogDatasetMeta,
  ids: Map<string, string>,
  report: DatasetImportReport,
): Promise<void> {
  const select = {
    id: true,
    externalId: true,
    title: true,
    onScreenText: true,
    captions: true,
    durationSec: true,
  } as const;
  const found = new Map(
    (await tx.video.findMany({ where: { externalId: { in: batch.map((v) => v.id) } }, select })).map((v) => [
      v.externalId!,
      v,
    ]),
  );
  const durationOf = (v: DatasetVideo) => v.visual?.frames ?? v.audio?.frames ?? null;
  const created = new Set<string>();
  const updated = new Set<string>();
  const fresh = batch.filter((v) => !found.has(v.id));
  if (fresh.length) {
    const made = await tx.video.createManyAndReturn({
      data: fresh.map((v) => {
        const m = meta.videos?.[v.id];
        return {
          externalId: v.id,
          source: m && Object.hasOwn(m, 'source') ? (m.source ?? null) : ds.name || DATASET_FEATURE_SOURCE,
          title: v.text?.title ?? v.id,
          onScreenText: v.text?.onScreenText ?? null,
          captions: v.text?.captions ?? null,
          durationSec: durationOf(v),
        };
      }),
      select,
    });
    for (const row of made) {
      found.set(row.externalId!, row);
      created.add(row.externalId!);
    }
  }
  for (const v of batch) {
    const row = found.get(v.id)!;
    ids.set(v.id, row.id);
    if (created.has(v.id)) continue;
    const data: Prisma.VideoUpdateInput = {};
    if (row.durationSec !== durationOf(v)) data.durationSec = durationOf(v);
    if (v.text) {
      const title = v.text.title ?? row.title;
      const onScreenText = v.text.onScreenText ?? null;
      const captions = v.text.captions ?? null;
      if (row.title !== title) data.title = title;
      if (row.onScreenText !== onScreenText) data.onScreenText = onScreenText;
      if (row.captions !== captions) data.captions = captions;
    }
    if (Object.keys(data).length) {
      await tx.video.update({ where: { id: row.id }, data });
      updated.add(v.id);
    }
  }
  const wanted: WantedFeature[] = [];
  for (const v of batch) {
    const videoId = ids.get(v.id)!;
    if (v.visual) wanted.push({ owner: v.id, videoId, trackId: null, kind: 'VISUAL', seq: v.visual });
    if (v.audio) wanted.push({ owner: v.id, videoId, trackId: null, kind: 'AUDIO', seq: v.audio });
  }
  const changed = await syncFeatures(tx, wanted, report);
  tally(report.videos, batch.length, created, updated, changed);
}

function tally(
  c: KindCounts,
  total: number,
  created: Set<string>,
  updated: Set<string>,
  changed: Set<string>,
): void {
  for (const id of changed) if (!created.has(id)) updated.add(id);
  c.created += created.size;
  c.updated += updated.size;
  c.unchanged += total - created.size - updated.size;
}

interface WantedFeature {
  /** The dataset id of the video or track, for the report. */
  owner: string;
  videoId: string | null;
  trackId: string | null;
  kind: FeatureKind;
  seq: FeatureSequence;
}

interface StoredFeature {
  id: string;
  video_id: string | null;
  track_id: string | null;
  kind: FeatureKind;
  dim: number;
  frames: number;
  dtype: string;
  quant_min: number | null;
  quant_max: number | null;
  md5: string;
}

const featureKey = (f: { videoId: string | null; trackId: string | null; kind: string }) =>
  f.videoId ? `v:${f.videoId}:${f.kind}` : `t:${f.trackId}:${f.kind}`;

/**
 * Creates or rewrites the media_feature rows whose bytes, dtype or shape differ from the
 * dataset's (compared by md5 computed in the database, so stored bytes are never fetched) and
 * returns the owners that changed. The bytes are stored as they are: uint8 stays uint8.
 */
async function syncFeatures(
  tx: Tx,
  wanted: WantedFeature[],
  report: DatasetImportReport,
): Promise<Set<string>> {
  const changed = new Set<string>();
  if (!wanted.length) return changed;
  const videoIds = wanted.flatMap((w) => (w.videoId ? [w.videoId] : []));
  const trackIds = wanted.flatMap((w) => (w.trackId ? [w.trackId] : []));
  const stored = await tx.$queryRaw<StoredFeature[]>`
    SELECT id, video_id, track_id, kind::text AS kind, dim, frames, dtype::text AS dtype,
           quant_min, quant_max, md5(data) AS md5
      FROM media_feature
     WHERE video_id = ANY(${videoIds}::uuid[]) OR track_id = ANY(${trackIds}::uuid[])`;
  const byKey = new Map(
    stored.map((s) => [featureKey({ videoId: s.video_id, trackId: s.track_id, kind: s.kind }), s]),
  );
  const toCreate: Prisma.MediaFeatureCreateManyInput[] = [];
  for (const w of wanted) {
    const data = featureBytes(w.seq);
    const columns = {
      dim: w.seq.dim,
      frames: w.seq.frames,
      dtype: w.seq.dtype === 'uint8' ? ('UINT8' as const) : ('FLOAT32' as const),
      quantMin: w.seq.dtype === 'uint8' ? YT8M_MIN : null,
      quantMax: w.seq.dtype === 'uint8' ? YT8M_MAX : null,
    };
    const s = byKey.get(featureKey(w));
    if (!s) {
      toCreate.push({
        videoId: w.videoId,
        trackId: w.trackId,
        kind: w.kind,
        extractor: DATASET_EXTRACTOR,
        source: DATASET_FEATURE_SOURCE,
        data,
        ...columns,
      });
      changed.add(w.owner);
      continue;
    }
    const same =
      s.md5 === createHash('md5').update(data).digest('hex') &&
      s.dim === columns.dim &&
      s.frames === columns.frames &&
      s.dtype === columns.dtype &&
      s.quant_min === columns.quantMin &&
      s.quant_max === columns.quantMax;
    if (same) {
      report.features.unchanged += 1;
      continue;
    }
    await tx.mediaFeature.update({
      where: { id: s.id },
      data: { ...columns, data, extractor: DATASET_EXTRACTOR, source: DATASET_FEATURE_SOURCE },
    });
    report.features.updated += 1;
    changed.add(w.owner);
  }
  if (toCreate.length)
    report.features.created += (await tx.mediaFeature.createMany({ data: toCreate })).count;
  return changed;
}

interface PairRow {
  videoId: string;
  trackId: string;
  split: PairSplit;
  source: string | null;
}

/** New pairs are created; an existing pair follows the dataset's split and keeps its source. */
async function writePairs(tx: Tx, rows: PairRow[], report: DatasetImportReport): Promise<void> {
  const existing = new Map(
    (
      await tx.videoMusicPair.findMany({
        where: { videoId: { in: rows.map((r) => r.videoId) }, trackId: { in: rows.map((r) => r.trackId) } },
        select: { id: true, videoId: true, trackId: true, split: true },
      })
    ).map((p) => [`${p.videoId}/${p.trackId}`, p]),
  );
  const fresh: PairRow[] = [];
  for (const r of rows) {
    const p = existing.get(`${r.videoId}/${r.trackId}`);
    if (!p) fresh.push(r);
    else if (p.split !== r.split) {
      await tx.videoMusicPair.update({ where: { id: p.id }, data: { split: r.split } });
      report.pairs.updated += 1;
    } else report.pairs.unchanged += 1;
  }
  if (fresh.length) report.pairs.created += (await tx.videoMusicPair.createMany({ data: fresh })).count;
}
