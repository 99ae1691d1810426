import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Prisma } from '../generated/prisma/client.js';
import type { FeatureKind, PairSplit } from '../generated/prisma/enums.js';
import type { Db } from '../db/client.js';
import { assignSyntheticIsrcs, syntheticIsrc } from './synthetic-isrc.js';
import {
  readYt8mFrameFile,
  YT8M_AUDIO_DIM,
  YT8M_MAX,
  YT8M_MIN,
  YT8M_RGB_DIM,
  type Yt8mFrameRecord,
} from '../ml/index.js';

/*
 * YouTube-8M frame-level records into the catalog, following the paper's set-up: each music
 * video is a reference video (its Inception rgb frames, and its audio) paired with "its" track,
 * whose audio is the VGGish audio of the same clip. One record makes
 *   video  externalId = id,           source 'yt8m', VISUAL (rgb) and AUDIO features
 *   track  externalId = 'yt8m:' + id, synthetic ISRC, AUDIO feature
 *   video_music_pair (video, track),  source 'yt8m', split from a hash of the id
 * and, with a vocabulary, a THEME tag per label. Upserts by externalId, so a re-import of the
 * same files writes nothing and counts every record unchanged.
 */

export const YT8M_SOURCE = 'yt8m';
export const YT8M_RGB_EXTRACTOR = 'yt8m-inception-v3-pca';
export const YT8M_AUDIO_EXTRACTOR = 'yt8m-vggish-pca';

/** Label index -> entity name, from YouTube-8M's vocabulary.csv. */
export type Yt8mVocabulary = ReadonlyMap<number, string>;

export interface Yt8mImportOptions {
  /** Records per transaction (default 200). */
  batchSize?: number;
  /** With a vocabulary, labels become THEME tags on the track; without one they are ignored. */
  vocabulary?: Yt8mVocabulary;
  /** Share of pairs, in percent, put in VALIDATION by a hash of the id (default 10). */
  validationPercent?: number;
  onProgress?: (progress: Yt8mProgress) => void;
}

export interface Yt8mProgress {
  file: string;
  fileIndex: number;
  files: number;
  /** Records read so far, over all files. */
  records: number;
  /** Bytes read so far, over all files, and the total size of all files. */
  bytesRead: number;
  totalBytes: number;
}

export interface Yt8mImportReport {
  files: number;
  records: number;
  /** Records that created their video or track / changed an existing one / changed nothing. */
  created: number;
  updated: number;
  unchanged: number;
  /** Records whose id appeared earlier in the same batch (the later one is skipped). */
  duplicates: number;
  /** Records with no frames, skipped: there is nothing to train on or embed. */
  empty: number;
  /** Records skipped because a video from another source already has their id as externalId. */
  conflicts: number;
  /** The first few of those ids. */
  conflictIds: string[];
  videosCreated: number;
  tracksCreated: number;
  pairsCreated: number;
  featuresCreated: number;
  featuresUpdated: number;
  tagsCreated: number;
  trackTagsCreated: number;
  /** Labels not found in the vocabulary (when one is given). */
  unknownLabels: number;
}

export function emptyYt8mReport(): Yt8mImportReport {
  return {
    files: 0,
    records: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    duplicates: 0,
    empty: 0,
    conflicts: 0,
    conflictIds: [],
    videosCreated: 0,
    tracksCreated: 0,
    pairsCreated: 0,
    featuresCreated: 0,
    featuresUpdated: 0,
    tagsCreated: 0,
    trackTagsCreated: 0,
    unknownLabels: 0,
  };
}

/**
 * Parses YouTube-8M's vocabulary.csv (RFC 4180, header Index,TrainVideoCount,KnowledgeGraphId,
 * Name,...). Only Index and Name are used; rows without a name are skipped.
 */
export function parseYt8mVocabulary(csv: string): Map<number, string> {
  const rows = parseCsv(csv, { columns: true, bom: true, skip_empty_lines: true, trim: true }) as Array<
    Record<string, string | undefined>
  >;
  const first = rows[0];
  if (first && (!('Index' in first) || !('Name' in first)))
    throw new RangeError(
      `vocabulary: the header must have Index and Name columns, got ${Object.keys(first).join(',')}`,
    );
  const vocabulary = new Map<number, string>();
  rows.forEach((row, i) => {
    const index = Number(row.Index);
    if (!Number.isInteger(index) || index < 0)
      throw new RangeError(`vocabulary row ${i + 2}: Index must be a non-negative integer, got ${row.Index}`);
    const name = (row.Name ?? '').slice(0, 100);
    if (name) vocabulary.set(index, name);
  });
  return vocabulary;
}

export function yt8mTrackExternalId(id: string): string {
  return `${YT8M_SOURCE}:${id}`;
}

/** The synthetic ISRC of a YouTube-8M video's track (keyed by the bare id; ./synthetic-isrc.ts). */
export const yt8mIsrc = (id: string, attempt = 0): string => syntheticIsrc(id, attempt);

/**
 * The pair's split, from a hash of the id, so that it is the same on every import and machine,
 * and a retrain on source 'yt8m' finds VALIDATION pairs without a further hold-out.
 */
export function yt8mSplit(id: string, validationPercent = 10): PairSplit {
  const h = createHash('sha256').update(`yt8m-split:${id}`).digest().readUInt32BE(0);
  return h % 100 < validationPercent ? 'VALIDATION' : 'TRAIN';
}

/** Imports frame-level TFRecord files, file by file and batch by batch (bounded memory). */
export async function importYt8mFiles(
  db: Db,
  files: readonly string[],
  options: Yt8mImportOptions = {},
): Promise<Yt8mImportReport> {
  const sizes = await Promise.all(files.map(async (f) => (await stat(f)).size));
  const totalBytes = sizes.reduce((a, b) => a + b, 0);
  const report = emptyYt8mReport();
  const importer = new BatchImporter(db, options, report);
  let doneBytes = 0;
  for (const [fileIndex, file] of files.entries()) {
    let fileBytes = 0;
    const progress = () =>
      options.onProgress?.({
        file,
        fileIndex,
        files: files.length,
        records: report.records,
        bytesRead: doneBytes + fileBytes,
        totalBytes,
      });
    for await (const record of readYt8mFrameFile(file, { onBytes: (b) => (fileBytes = b) })) {
      report.records += 1;
      await importer.add(record);
      if (report.records % 100 === 0) progress();
    }
    await importer.flush();
    doneBytes += sizes[fileIndex]!;
    fileBytes = 0;
    report.files += 1;
    progress();
  }
  return report;
}

/** Imports records from any source (a generator, a test array) with the same batching. */
export async function importYt8mRecords(
  db: Db,
  records: Iterable<Yt8mFrameRecord> | AsyncIterable<Yt8mFrameRecord>,
  options: Yt8mImportOptions = {},
): Promise<Yt8mImportReport> {
  const report = emptyYt8mReport();
  const importer = new BatchImporter(db, options, report);
  for await (const record of records) {
    report.records += 1;
    await importer.add(record);
  }
  await importer.flush();
  return report;
}

/** A batch is also cut at this many feature bytes, so 300-second videos do not pile up. */
const MAX_BATCH_BYTES = 32 * 2 ** 20;

type Tx = Prisma.TransactionClient;

interface FeatureRow {
  videoId: string | null;
  trackId: string | null;
  kind: FeatureKind;
  extractor: string;
  dim: number;
  frames: number;
  data: Uint8Array<ArrayBuffer>;
}

interface StoredFeature {
  id: string;
  video_id: string | null;
  track_id: string | null;
  kind: FeatureKind;
  extractor: string;
  dim: number;
  frames: number;
  dtype: string;
  quant_min: number | null;
  quant_max: number | null;
  source: string;
  md5: string;
}

function arrayBufferBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer
    ? (bytes as Uint8Array<ArrayBuffer>)
    : new Uint8Array(bytes as Uint8Array<ArrayBuffer>);
}

function featureKey(f: { videoId?: string | null; trackId?: string | null; kind: string }): string {
  return f.videoId ? `v:${f.videoId}:${f.kind}` : `t:${f.trackId}:${f.kind}`;
}

class BatchImporter {
  private batch = new Map<string, Yt8mFrameRecord>();
  private batchBytes = 0;
  private readonly batchSize: number;
  private tags: Map<string, string> | null = null; // lower-cased THEME tag name -> id

  constructor(
    private readonly db: Db,
    private readonly options: Yt8mImportOptions,
    private readonly report: Yt8mImportReport,
  ) {
    this.batchSize = options.batchSize ?? 200;
    if (!Number.isInteger(this.batchSize) || this.batchSize < 1)
      throw new RangeError(`batchSize must be a positive integer, got ${options.batchSize}`);
    const pct = options.validationPercent ?? 10;
    if (!(pct >= 0 && pct <= 100)) throw new RangeError(`validationPercent must be 0-100, got ${pct}`);
  }

  async add(record: Yt8mFrameRecord): Promise<void> {
    if (record.frames === 0) {
      this.report.empty += 1;
      return;
    }
    if (this.batch.has(record.id)) {
      this.report.duplicates += 1;
      return;
    }
    this.batch.set(record.id, record);
    this.batchBytes += record.rgb.length + 2 * record.audio.length;
    if (this.batch.size >= this.batchSize || this.batchBytes >= MAX_BATCH_BYTES) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.batch.size === 0) return;
    const records = [...this.batch.values()];
    this.batch = new Map();
    this.batchBytes = 0;
    await this.db.$transaction((tx) => this.write(tx, records), { timeout: 120_000, maxWait: 30_000 });
  }

  private async write(tx: Tx, batch: Yt8mFrameRecord[]): Promise<void> {
    const report = this.report;
    const created = new Set<string>();
    const updated = new Set<string>();

    // Videos. One that another source (the API, a dataset) created under the same externalId is
    // not ours to overwrite: the record is skipped and reported.
    const videos = new Map(
      (
        await tx.video.findMany({
          where: { externalId: { in: batch.map((r) => r.id) } },
          select: { id: true, externalId: true, title: true, source: true, durationSec: true },
        })
      ).map((v) => [v.externalId!, v]),
    );
    const records = batch.filter((r) => {
      const v = videos.get(r.id);
      if (!v || v.source === YT8M_SOURCE) return true;
      report.conflicts += 1;
      if (report.conflictIds.length < 20) report.conflictIds.push(r.id);
      return false;
    });
    if (records.length === 0) return;
    const newVideos = records.filter((r) => !videos.has(r.id));
    if (newVideos.length) {
      const made = await tx.video.createManyAndReturn({
        data: newVideos.map((r) => ({
          externalId: r.id,
          source: YT8M_SOURCE,
          title: r.id,
          durationSec: r.frames,
        })),
        select: { id: true, externalId: true, title: true, source: true, durationSec: true },
      });
      for (const v of made) {
        videos.set(v.externalId!, v);
        created.add(v.externalId!);
      }
      report.videosCreated += made.length;
    }
    for (const r of records) {
      const v = videos.get(r.id)!;
      if (!created.has(r.id) && v.durationSec !== r.frames) {
        await tx.video.update({ where: { id: v.id }, data: { durationSec: r.frames } });
        updated.add(r.id);
      }
    }

    // Tracks. On existing rows only the duration follows the record: titles, status and ISRC,
    // once set, are the catalog's (an editor may have changed them).
    const tracks = new Map(
      (
        await tx.track.findMany({
          where: { externalId: { in: records.map((r) => yt8mTrackExternalId(r.id)) } },
          select: { id: true, externalId: true, title: true, durationSec: true },
        })
      ).map((t) => [t.externalId!, t]),
    );
    const newTracks = records.filter((r) => !tracks.has(yt8mTrackExternalId(r.id)));
    if (newTracks.length) {
      const isrcs = await assignSyntheticIsrcs(
        tx,
        newTracks.map((r) => r.id),
        (id) => id,
      );
      const made = await tx.track.createManyAndReturn({
        data: newTracks.map((r) => ({
          externalId: yt8mTrackExternalId(r.id),
          isrc: isrcs.get(r.id)!,
          title: `YouTube-8M ${r.id}`,
          durationSec: r.frames,
          status: 'ACTIVE' as const,
        })),
        select: { id: true, externalId: true, title: true, durationSec: true },
      });
      for (const t of made) {
        tracks.set(t.externalId!, t);
        created.add(t.externalId!.slice(YT8M_SOURCE.length + 1));
      }
      report.tracksCreated += made.length;
    }
    for (const r of records) {
      const t = tracks.get(yt8mTrackExternalId(r.id))!;
      if (!created.has(r.id) && t.durationSec !== r.frames) {
        await tx.track.update({ where: { id: t.id }, data: { durationSec: r.frames } });
        updated.add(r.id);
      }
    }
    const videoOf = (r: Yt8mFrameRecord) => videos.get(r.id)!.id;
    const trackOf = (r: Yt8mFrameRecord) => tracks.get(yt8mTrackExternalId(r.id))!.id;

    // Features, compared by md5 computed in the database, so existing bytes are never fetched.
    const wanted = new Map<string, { row: FeatureRow; recordId: string }>();
    for (const r of records) {
      const rgb = arrayBufferBytes(r.rgb);
      const audio = arrayBufferBytes(r.audio);
      const rows: FeatureRow[] = [
        {
          videoId: videoOf(r),
          trackId: null,
          kind: 'VISUAL',
          extractor: YT8M_RGB_EXTRACTOR,
          dim: YT8M_RGB_DIM,
          frames: r.frames,
          data: rgb,
        },
        {
          videoId: videoOf(r),
          trackId: null,
          kind: 'AUDIO',
          extractor: YT8M_AUDIO_EXTRACTOR,
          dim: YT8M_AUDIO_DIM,
          frames: r.frames,
          data: audio,
        },
        {
          videoId: null,
          trackId: trackOf(r),
          kind: 'AUDIO',
          extractor: YT8M_AUDIO_EXTRACTOR,
          dim: YT8M_AUDIO_DIM,
          frames: r.frames,
          data: audio,
        },
      ];
      for (const row of rows) wanted.set(featureKey(row), { row, recordId: r.id });
    }
    const videoIds = records.map(videoOf);
    const trackIds = records.map(trackOf);
    const stored = await tx.$queryRaw<StoredFeature[]>`
      SELECT id, video_id, track_id, kind::text AS kind, extractor, dim, frames, dtype::text AS dtype,
             quant_min, quant_max, source, md5(data) AS md5
        FROM media_feature
       WHERE video_id = ANY(${videoIds}::uuid[]) OR track_id = ANY(${trackIds}::uuid[])`;
    const storedByKey = new Map(
      stored.map((s) => [featureKey({ videoId: s.video_id, trackId: s.track_id, kind: s.kind }), s]),
    );
    const toCreate: FeatureRow[] = [];
    for (const [key, { row, recordId }] of wanted) {
      const s = storedByKey.get(key);
      if (!s) {
        toCreate.push(row);
        continue;
      }
      const same =
        s.md5 === createHash('md5').update(row.data).digest('hex') &&
        s.extractor === row.extractor &&
        s.dim === row.dim &&
        s.frames === row.frames &&
        s.dtype === 'UINT8' &&
        s.quant_min === YT8M_MIN &&
        s.quant_max === YT8M_MAX &&
        s.source === YT8M_SOURCE;
      if (same) continue;
      await tx.mediaFeature.update({ where: { id: s.id }, data: featureValues(row) });
      report.featuresUpdated += 1;
      if (!created.has(recordId)) updated.add(recordId);
    }
    if (toCreate.length) {
      const { count } = await tx.mediaFeature.createMany({ data: toCreate.map(featureColumns) });
      report.featuresCreated += count;
      for (const row of toCreate) {
        const recordId = wanted.get(featureKey(row))!.recordId;
        if (!created.has(recordId)) updated.add(recordId);
      }
    }

    // Pairs: an existing pair keeps its split (an editor may have moved it).
    const pairs = new Set(
      (
        await tx.videoMusicPair.findMany({
          where: { videoId: { in: videoIds }, trackId: { in: trackIds } },
          select: { videoId: true, trackId: true },
        })
      ).map((p) => `${p.videoId}/${p.trackId}`),
    );
    const newPairs = records.filter((r) => !pairs.has(`${videoOf(r)}/${trackOf(r)}`));
    if (newPairs.length) {
      const { count } = await tx.videoMusicPair.createMany({
        data: newPairs.map((r) => ({
          videoId: videoOf(r),
          trackId: trackOf(r),
          source: YT8M_SOURCE,
          split: yt8mSplit(r.id, this.options.validationPercent ?? 10),
        })),
        skipDuplicates: true,
      });
      report.pairsCreated += count;
      for (const r of newPairs) if (!created.has(r.id)) updated.add(r.id);
    }

    if (this.options.vocabulary) {
      for (const id of await this.writeTags(tx, records, trackOf)) if (!created.has(id)) updated.add(id);
    }

    for (const id of created) updated.delete(id);
    report.created += created.size;
    report.updated += updated.size;
    report.unchanged += records.length - created.size - updated.size;
  }

  /** Labels -> THEME tags (matched case-insensitively, created when missing); returns the record ids that gained a tag. */
  private async writeTags(
    tx: Tx,
    records: Yt8mFrameRecord[],
    trackOf: (r: Yt8mFrameRecord) => string,
  ): Promise<Set<string>> {
    const vocabulary = this.options.vocabulary!;
    if (!this.tags) {
      const all = await tx.tag.findMany({ where: { category: 'THEME' }, select: { id: true, name: true } });
      this.tags = new Map(all.map((t) => [t.name.toLowerCase(), t.id]));
    }
    const tags = this.tags;
    const wanted: Array<{ recordId: string; trackId: string; name: string }> = [];
    for (const r of records) {
      for (const label of new Set(r.labels)) {
        const name = vocabulary.get(label);
        if (name === undefined) this.report.unknownLabels += 1;
        else wanted.push({ recordId: r.id, trackId: trackOf(r), name });
      }
    }
    const missing = [...new Set(wanted.map((w) => w.name))].filter((n) => !tags.has(n.toLowerCase()));
    if (missing.length) {
      const made = await tx.tag.createManyAndReturn({
        data: missing.map((name) => ({ category: 'THEME' as const, name })),
        skipDuplicates: true,
        select: { id: true, name: true },
      });
      this.report.tagsCreated += made.length;
      for (const t of made) tags.set(t.name.toLowerCase(), t.id);
    }
    const existing = new Set(
      (
        await tx.trackTag.findMany({
          where: { trackId: { in: [...new Set(wanted.map((w) => w.trackId))] } },
          select: { trackId: true, tagId: true },
        })
      ).map((t) => `${t.trackId}/${t.tagId}`),
    );
    const fresh = wanted.filter((w) => !existing.has(`${w.trackId}/${tags.get(w.name.toLowerCase())}`));
    const changed = new Set<string>();
    if (fresh.length) {
      const { count } = await tx.trackTag.createMany({
        data: fresh.map((w) => ({ trackId: w.trackId, tagId: tags.get(w.name.toLowerCase())!, weight: 1 })),
        skipDuplicates: true,
      });
      this.report.trackTagsCreated += count;
      for (const w of fresh) changed.add(w.recordId);
    }
    return changed;
  }
}

function featureColumns(row: FeatureRow): Prisma.MediaFeatureCreateManyInput {
  return { videoId: row.videoId, trackId: row.trackId, kind: row.kind, ...featureValues(row) };
}

/** What a YouTube-8M feature row holds besides its owner and kind (written on create and update). */
function featureValues(row: FeatureRow) {
  return {
    extractor: row.extractor,
    dim: row.dim,
    frames: row.frames,
    dtype: 'UINT8' as const,
    quantMin: YT8M_MIN,
    quantMax: YT8M_MAX,
    data: row.data,
    source: YT8M_SOURCE,
  };
}
