import { Worker } from 'node:worker_threads';
import type { Prisma } from '../../generated/prisma/client.js';
import type { Db } from '../../db/client.js';
import { generateSyntheticDataset, type FeatureSequence, type TrainingDataset } from '../../ml/index.js';
import { demoFeatureRow } from '../media-features.js';
import { stableUuid } from './random.js';

/**
 * The shipped default model's own training data (models/default/manifest.json: dataset
 * `synthetic-s1`, i.e. `generateSyntheticDataset({ seed: 1 })` at its default sizes), so that a
 * retrain from `startTraining` with defaults learns from what `default` learned from and is
 * validated on the same 300 held-out pairs. The generator draws the train split, then val, then
 * test from one stream, so leaving out the test split (`testPairs: 0`) changes none of the
 * 3000 + 300 pairs it keeps.
 *
 * These are training data, not catalog content: the tracks are TRAINING_ONLY (out of every
 * listing, count and search unless a key holder asks for that status; the backfill still embeds
 * them, which costs well under a second at start-up), the videos `trainingOnly` (out of `videos`
 * unless its `source` names them), and videos, features and pairs carry the source `synthetic`, so
 * `startTraining(input: { sources: ["demo"] })` trains without them and
 * `removeTrainingPairs` / a `source` filter finds them.
 *
 * Cost: generating the set takes ~20 s of CPU and writing its 170 MB of features into PGlite
 * ~45 s on 2 cores, far over the 30 s first-start budget, so `npm start` seeds it in the
 * background after the catalog (see `seedDemoTrainingSetInBackground`): generation in a worker
 * thread, then one short transaction per batch, so the API answers between batches. Seeding is
 * resumable (ids are stable, inserts skip duplicates): a start that finds the set incomplete
 * fills it in.
 */
export const TRAINING_SET_SOURCE = 'synthetic';
export const TRAINING_SET_SEED = 1;
export const TRAINING_SET_PAIRS = { train: 3000, val: 300 } as const;

/** Rows per multi-row INSERT: big enough to amortise round trips, small enough for PGlite's memory. */
const BATCH = 250;

const SPLIT = { train: 'TRAIN', val: 'VALIDATION', test: 'TEST' } as const;

export function generateDemoTrainingSet(): TrainingDataset {
  return generateSyntheticDataset({
    seed: TRAINING_SET_SEED,
    trainPairs: TRAINING_SET_PAIRS.train,
    valPairs: TRAINING_SET_PAIRS.val,
    testPairs: 0,
  }).dataset;
}

/** Pairs of the training set already in the catalog (TRAINING_SET_PAIRS in all when complete). */
export function countDemoTrainingPairs(db: Db): Promise<number> {
  return db.videoMusicPair.count({ where: { source: TRAINING_SET_SOURCE } });
}

/**
 * Generates the set in a worker thread: its ~20 s of CPU would otherwise block the event loop
 * (and under Jest's VM modules the same code runs several times slower than in a plain thread).
 */
export function generateDemoTrainingSetInWorker(): Promise<TrainingDataset> {
  return new Promise<TrainingDataset>((resolve, reject) => {
    // Workers do not inherit loaders registered with module.register(), so when this runs from
    // TypeScript sources (tsx) the worker's entry registers tsx before importing the generator.
    const worker = new Worker(new URL('./training-set-worker.mjs', import.meta.url));
    worker.once('message', (dataset: TrainingDataset) => resolve(dataset));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`training-set worker exited with code ${code}`)));
    worker.unref();
  });
}

/** Seeds the training set, awaiting it. */
export async function seedDemoTrainingSet(db: Db, dataset?: TrainingDataset): Promise<{ pairs: number }> {
  dataset ??= await generateDemoTrainingSetInWorker();
  const trackOf = new Map(dataset.pairs.map((p) => [p.videoId, p.trackId]));
  const splitOf = new Map(dataset.pairs.map((p) => [p.videoId, p.split]));
  const tracks = new Map(dataset.tracks.map((t) => [t.id, t]));
  const id = (kind: string, name: string) => stableUuid(`${TRAINING_SET_SOURCE}:${kind}:${name}`);
  const feature = (
    owner: { trackId: string } | { videoId: string },
    kind: 'AUDIO' | 'VISUAL',
    seq: FeatureSequence,
  ): Prisma.MediaFeatureCreateManyInput => ({
    id: id(`feature:${kind}`, 'trackId' in owner ? owner.trackId : owner.videoId),
    ...owner,
    ...demoFeatureRow(owner, kind, seq, TRAINING_SET_SOURCE),
  });

  // One transaction per batch of pairs: the features (135 MB of visual frames in all) are never
  // all in memory as rows, a crash mid-seed leaves no half-seeded batch, and on PGlite (one
  // session) other queries run between batches.
  for (let start = 0; start < dataset.videos.length; start += BATCH) {
    await db.$transaction(
      async (tx) => {
        const videos = dataset.videos.slice(start, start + BATCH);
        const trackRows: Prisma.TrackCreateManyInput[] = [];
        const videoRows: Prisma.VideoCreateManyInput[] = [];
        const pairRows: Prisma.VideoMusicPairCreateManyInput[] = [];
        const features: Prisma.MediaFeatureCreateManyInput[] = [];
        for (const v of videos) {
          const t = tracks.get(trackOf.get(v.id)!)!;
          const n = start + videoRows.length;
          const trackId = id('track', t.id);
          const videoId = id('video', v.id);
          trackRows.push({
            id: trackId,
            isrc: `QZSYN${String(n + 1).padStart(7, '0')}`,
            externalId: `${dataset.name}:${t.id}`,
            title: `Synthetic ${t.id}`,
            durationSec: t.audio.frames,
            status: 'TRAINING_ONLY',
          });
          videoRows.push({
            id: videoId,
            externalId: `${dataset.name}:${v.id}`,
            source: TRAINING_SET_SOURCE,
            trainingOnly: true,
            title: v.text?.title ?? v.id,
            onScreenText: v.text?.onScreenText ?? null,
            captions: v.text?.captions ?? null,
            durationSec: v.visual!.frames,
          });
          features.push(feature({ trackId }, 'AUDIO', t.audio));
          features.push(feature({ videoId }, 'VISUAL', v.visual!));
          if (v.audio) features.push(feature({ videoId }, 'AUDIO', v.audio));
          pairRows.push({
            id: id('pair', v.id),
            videoId,
            trackId,
            split: SPLIT[splitOf.get(v.id)!],
            source: TRAINING_SET_SOURCE,
          });
        }
        await tx.track.createMany({ data: trackRows, skipDuplicates: true });
        await tx.video.createMany({ data: videoRows, skipDuplicates: true });
        await tx.videoMusicPair.createMany({ data: pairRows, skipDuplicates: true });
        await tx.mediaFeature.createMany({ data: features, skipDuplicates: true });
      },
      { timeout: 60_000, maxWait: 30_000 },
    );
  }
  return { pairs: dataset.pairs.length };
}

/**
 * Seeds the training set without holding up start-up: the generator runs in a worker thread
 * (its 20 s of CPU would otherwise block the event loop) and the batches are written as above.
 * Resolves with the number of pairs; failures are logged, never thrown (the catalog itself is
 * complete without the training set).
 */
let pending: Promise<number> | null = null;

/** The background seeding this process started, if any (bootstrap embeds its tracks once it is done). */
export const pendingDemoTrainingSet = (): Promise<number> | null => pending;

export function seedDemoTrainingSetInBackground(db: Db, log: (message: string) => void): Promise<number> {
  const started = Date.now();
  pending = seedDemoTrainingSet(db).then(
    ({ pairs }) => {
      log(
        `[db] seeded the demo training set (${pairs} pairs) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      return pairs;
    },
    (error: unknown) => {
      log(
        `[db] seeding the demo training set stopped: ${(error as Error).message}; the next start resumes it`,
      );
      return 0;
    },
  );
  return pending;
}
