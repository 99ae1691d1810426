import type { Prisma } from '../../generated/prisma/client.js';
import type { Db } from '../../db/client.js';
import { checkFeatures, featureRowData } from '../../catalog/media-features.js';
import type { FeatureSequence } from '../../ml/index.js';
import type { EmbedderPool } from '../../models/embedders.js';
import { embedTrackAudio, writeTrackAudio, type TrackAudioEmbedding } from '../../search/track-audio.js';
import { extractAudio, type AudioAnalysis } from '../audio/index.js';
import { frontEndKey } from '../front-end.js';
import { asSequence } from './sequences.js';
import { applyAudioEstimates } from '../../catalog/track-estimates.js';
import type { Actor } from '../../catalog/audit/actor.js';

/** A file's audio, extracted and embedded, ready to be written in one transaction. */
export interface PreparedTrackAudio {
  seq: FeatureSequence;
  row: ReturnType<typeof featureRowData>;
  /** The audio front end's key, e.g. "vmr-logmel@1" (src/media/front-end.ts). */
  frontEnd: string;
  embedded: TrackAudioEmbedding[];
  analysis: AudioAnalysis;
  durationS: number;
  timings: { decodeMs: number; featuresMs: number; analysisMs: number; embedMs: number };
}

/**
 * Decodes a file and computes everything that is written for it, before anything is: per-second
 * features (the AUDIO front end), the analysis (duration, BPM, key, loudness) and the embeddings
 * under every version that serves the track (`trackId` null: a track not yet created).
 */
export async function prepareTrackAudio(
  db: Db,
  embedders: EmbedderPool,
  trackId: string | null,
  file: string,
  options: { maxSeconds: number; signal?: AbortSignal; source: string },
): Promise<PreparedTrackAudio> {
  const extracted = await extractAudio(file, { maxSeconds: options.maxSeconds, signal: options.signal });
  const seq = checkFeatures(asSequence(extracted.features), 'trackAudio', 'features');
  const started = performance.now();
  const embedded = await embedTrackAudio(db, embedders, trackId, seq);
  const frontEnd = frontEndKey(extracted.features.frontEnd);
  return {
    seq,
    row: featureRowData(seq, 'trackAudio', options.source, extracted.features.frontEnd.name, frontEnd),
    frontEnd,
    embedded,
    analysis: extracted.analysis,
    durationS: extracted.durationS,
    timings: { ...extracted.timings, embedMs: performance.now() - started },
  };
}

/**
 * Writes prepared audio for a track inside the caller's transaction: the features and embeddings,
 * then the estimates (duration, BPM, key, loudness) on every field an editor has not set.
 */
export async function writePreparedTrackAudio(
  tx: Prisma.TransactionClient,
  trackId: string,
  prepared: PreparedTrackAudio,
  actor: Actor = { keyId: null, source: 'media-ingest' },
): Promise<void> {
  await writeTrackAudio(tx, trackId, prepared.row, prepared.embedded);
  await applyAudioEstimates(tx, trackId, prepared.analysis, {
    frontEnd: prepared.frontEnd,
    actor,
  });
}
