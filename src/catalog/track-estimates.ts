import type { KeyMode } from '../generated/prisma/enums.js';
import type { Prisma, Track } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import { notFound } from '../errors.js';
import { asActor, type Actor } from './audit/actor.js';
import { BPM_RANGE, DURATION_RANGE } from './validation.js';

/**
 * Track fields estimated from the track's audio, and who wins when a person and an estimate
 * disagree (migration 20261202010000_media_front_end):
 * - `track.estimates` lists the fields whose current value is an estimate, with its confidence.
 * - `track.edited_fields` lists the fields an editor set; an estimate never overwrites them.
 *   updateTrack marks every estimable field it sets (a value) and unmarks one it clears (null:
 *   the field is handed back to the estimates); createTrack marks the optional ones it is given
 *   (bpm, key, mode, loudness). createTrack's durationSec is required, so it is provisional: the
 *   audio's measured duration replaces it unless an editor confirms it with updateTrack.
 *   Imports (CSV, datasets, YouTube-8M, the demo) mark nothing.
 */
export const ESTIMATED_FIELDS = ['durationSec', 'bpm', 'key', 'mode', 'loudness'] as const;
export type EstimatedField = (typeof ESTIMATED_FIELDS)[number];

export interface FieldEstimate {
  value: number | string;
  confidence: number;
  /** The front end whose analysis made it (e.g. "vmr-logmel@1"), when known. */
  frontEnd?: string;
  /** ISO time. */
  at: string;
}
export type TrackEstimates = Partial<Record<EstimatedField, FieldEstimate>>;

/** The analysis INGEST passes in (media/audio's AudioAnalysis has this shape). */
export interface AudioEstimatesInput {
  durationS: number;
  bpm: { value: number; confidence: number } | null;
  key: { tonic: string; mode: 'MAJOR' | 'MINOR'; confidence: number } | null;
  loudnessLufs: { value: number; confidence: number } | null;
}

type Tx = Prisma.TransactionClient;

/** The track's estimates as stored (a JSON object; anything else reads as none). */
export function trackEstimates(track: Pick<Track, 'estimates'>): TrackEstimates {
  const e = track.estimates;
  if (!e || typeof e !== 'object' || Array.isArray(e)) return {};
  const out: TrackEstimates = {};
  for (const field of ESTIMATED_FIELDS) {
    const v = (e as Record<string, unknown>)[field];
    if (v && typeof v === 'object') out[field] = v as FieldEstimate;
  }
  return out;
}

/** Column updates for each estimable field, given its estimate (null: no estimate). */
function columnsFor(field: EstimatedField, value: number | string | null): Prisma.TrackUpdateInput {
  switch (field) {
    case 'durationSec':
      return { durationSec: value as number };
    case 'bpm':
      return { bpm: value as number | null };
    case 'key':
      return { musicalKey: value as string | null };
    case 'mode':
      return { mode: value as KeyMode | null };
    case 'loudness':
      return { loudnessLufs: value as number | null };
  }
}

const clamp01 = (c: number) => Math.round(Math.min(1, Math.max(0, c)) * 100) / 100;

/** Only values a track column accepts become estimates (a 300-BPM guess stays out). */
function estimatesOf(
  a: AudioEstimatesInput,
): Record<EstimatedField, { value: number | string; confidence: number } | null> {
  const inRange = (v: number, r: { min: number; max: number }) =>
    Number.isFinite(v) && v >= r.min && v <= r.max;
  return {
    durationSec: inRange(a.durationS, DURATION_RANGE)
      ? { value: Math.round(a.durationS * 1000) / 1000, confidence: 1 }
      : null,
    bpm:
      a.bpm && inRange(a.bpm.value, BPM_RANGE)
        ? { value: a.bpm.value, confidence: clamp01(a.bpm.confidence) }
        : null,
    key: a.key ? { value: a.key.tonic, confidence: clamp01(a.key.confidence) } : null,
    mode: a.key ? { value: a.key.mode, confidence: clamp01(a.key.confidence) } : null,
    loudness:
      a.loudnessLufs && Number.isFinite(a.loudnessLufs.value)
        ? { value: a.loudnessLufs.value, confidence: clamp01(a.loudnessLufs.confidence) }
        : null,
  };
}

/**
 * applyAudioEstimates: fills the track's duration, bpm, key, mode and loudness from an analysis of
 * its audio, each marked estimated with its confidence, except the fields an editor set. A field
 * the analysis could not estimate (no steady pulse: bpm null) that held an earlier estimate is
 * cleared: that estimate described other audio. The track row is locked for the read-modify-write,
 * so an editor's concurrent updateTrack is never lost. Pass a transaction client to make it part
 * of a larger write (ingest: features, embeddings, estimates, the job row, all or nothing).
 */
export async function applyAudioEstimates(
  db: Db | Tx,
  trackId: string,
  analysis: AudioEstimatesInput,
  options: { frontEnd?: string; actor?: Actor; now?: Date } = {},
): Promise<Track> {
  const own = '$transaction' in db;
  const run = async (tx: Tx): Promise<Track> => {
    // In a caller's transaction the caller has named the actor, unless it passes one here.
    if (own || options.actor) await asActor(tx, options.actor ?? { keyId: null, source: 'media-ingest' });
    const locked = await tx.$queryRaw<
      Array<{ id: string }>
    >`SELECT id FROM track WHERE id = ${trackId}::uuid FOR UPDATE`;
    if (locked.length === 0) throw notFound('Track', trackId);
    const track = (await tx.track.findUnique({ where: { id: trackId } }))!;
    const edited = new Set(track.editedFields);
    const previous = trackEstimates(track);
    const next: TrackEstimates = {};
    let data: Prisma.TrackUpdateInput = {};
    const at = (options.now ?? new Date()).toISOString();
    const estimates = estimatesOf(analysis);
    for (const field of ESTIMATED_FIELDS) {
      if (edited.has(field)) continue;
      const e = estimates[field];
      if (e) {
        data = { ...data, ...columnsFor(field, e.value) };
        next[field] = { ...e, ...(options.frontEnd ? { frontEnd: options.frontEnd } : {}), at };
      } else if (previous[field] && field !== 'durationSec') {
        data = { ...data, ...columnsFor(field, null) };
      }
    }
    return tx.track.update({
      where: { id: trackId },
      data: { ...data, estimates: next as Prisma.InputJsonObject },
    });
  };
  return own ? (db as Db).$transaction(run) : run(db as Tx);
}

/**
 * For createTrack and updateTrack: which estimable fields `columns` set (a value marks the field
 * edited, null unmarks it), and the estimates and edit marks that result. `creating`: only the
 * optional fields mark (durationSec is provisional, see the header).
 */
export function editMarks(
  columns: {
    durationSec?: number;
    bpm?: number | null;
    musicalKey?: string | null;
    mode?: KeyMode | null;
    loudnessLufs?: number | null;
  },
  current: { editedFields: string[]; estimates: TrackEstimates },
  creating: boolean,
): { editedFields: string[]; estimates: TrackEstimates } | null {
  const given: Array<[EstimatedField, unknown]> = [
    ['durationSec', creating ? undefined : columns.durationSec],
    ['bpm', columns.bpm],
    ['key', columns.musicalKey],
    ['mode', columns.mode],
    ['loudness', columns.loudnessLufs],
  ];
  const touched = given.filter(([, v]) => v !== undefined);
  if (touched.length === 0) return null;
  const edited = new Set(current.editedFields);
  const estimates = { ...current.estimates };
  for (const [field, value] of touched) {
    delete estimates[field];
    if (value === null) edited.delete(field);
    else edited.add(field);
  }
  return { editedFields: ESTIMATED_FIELDS.filter((f) => edited.has(f)), estimates };
}
