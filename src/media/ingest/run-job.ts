import type { IngestJob, Prisma } from '../../generated/prisma/client.js';
import { syntheticIsrc } from '../../catalog/synthetic-isrc.js';
import { createVideo } from '../../catalog/videos.js';
import { invariantHeld } from './lease.js';
import { extractVideo } from '../video/index.js';
import { frontEndKey } from '../front-end.js';
import { MediaError } from '../errors.js';
import type { IngestEnvironment } from './environment.js';
import { finishJob, type VideoJobOptions } from './jobs.js';
import { asSequence } from './sequences.js';
import { prepareTrackAudio, writePreparedTrackAudio } from './track-audio.js';
import { fileTags, titleFromName } from './ingest-files.js';
import { toTrackColumns } from '../../catalog/track-fields.js';
import { checkFeatures, featureRowData } from '../../catalog/media-features.js';
import { embedTrackAudio, writeTrackAudio, type TrackAudioEmbedding } from '../../search/track-audio.js';
import type { FeatureSequence } from '../../ml/index.js';

/** A job's writes queue behind the API's on a busy (or single-connection embedded) database. */
const WRITE_TRANSACTION = { maxWait: 30_000, timeout: 60_000 };

async function uploadOf(env: IngestEnvironment, job: IngestJob) {
  const upload = job.uploadId ? await env.db.upload.findUnique({ where: { id: job.uploadId } }) : null;
  if (!upload)
    throw new MediaError(
      'CORRUPT',
      'The uploaded file is gone (it expired before the job ran); upload it again.',
    );
  return upload;
}

/**
 * attachTrackAudio's job: the upload's audio becomes the track's features (written through the
 * catalog's embedding path, so the track is searchable once the job is DONE), and the job is
 * marked DONE in the same transaction: a crash anywhere before leaves the job to be run again,
 * and a rerun overwrites the same rows (features are one row per track and kind).
 */
async function runTrackAudio(env: IngestEnvironment, job: IngestJob, workerId: string, signal: AbortSignal) {
  const upload = await uploadOf(env, job);
  if (!job.trackId) return runNewTrackAudio(env, job, workerId, signal);
  const trackId = job.trackId;
  const prepared = await prepareTrackAudio(env.db, env.embedders, trackId, upload.path, {
    maxSeconds: env.uploads.maxSeconds,
    signal,
    source: 'upload',
  });
  signal.throwIfAborted();
  await env.db.$transaction(async (tx) => {
    invariantHeld(await finishJob(tx, job.id, workerId, { status: 'DONE', trackId }));
    await writePreparedTrackAudio(tx, trackId, prepared, { keyId: job.createdBy, source: 'media-ingest' });
    await tx.upload.updateMany({ where: { id: upload.id }, data: { expiresAt: null } });
  }, WRITE_TRANSACTION);
  return `track ${trackId}: ${prepared.durationS.toFixed(1)} s of audio, ${prepared.seq.frames} frames`;
}

/**
 * ingestAudio's job: the upload becomes a track the way `npm run ingest` makes one. The track
 * holding the ISRC in the file's tags or name gets the audio; otherwise a new track, titled
 * from the tags or the file name, with a synthetic ISRC from the content. Track, features and
 * the job's DONE land in one transaction.
 */
async function runNewTrackAudio(
  env: IngestEnvironment,
  job: IngestJob,
  workerId: string,
  signal: AbortSignal,
) {
  const upload = await uploadOf(env, job);
  const name = upload.fileName ?? 'Untitled';
  const tags = await fileTags(upload.path, name);
  const existing = tags.isrc ? await env.db.track.findUnique({ where: { isrc: tags.isrc } }) : null;
  const prepared = await prepareTrackAudio(env.db, env.embedders, existing?.id ?? null, upload.path, {
    maxSeconds: env.uploads.maxSeconds,
    signal,
    source: 'upload',
  });
  signal.throwIfAborted();
  const track = await env.db.$transaction(async (tx) => {
    const row =
      existing ??
      (await tx.track.create({
        data: toTrackColumns(
          {
            isrc: tags.isrc ?? (await freeIsrc(tx, `ingest:${upload.sha256}`)),
            title: tags.title ?? titleFromName(name),
            durationSec: prepared.durationS,
          },
          true,
          '',
        ) as { isrc: string; title: string; durationSec: number },
      }));
    invariantHeld(await finishJob(tx, job.id, workerId, { status: 'DONE', trackId: row.id }));
    await writePreparedTrackAudio(tx, row.id, prepared, { keyId: job.createdBy, source: 'media-ingest' });
    await tx.upload.updateMany({ where: { id: upload.id }, data: { expiresAt: null } });
    return row;
  }, WRITE_TRANSACTION);
  return `track ${track.id} (${existing ? 'matched by ISRC' : 'new'}): ${prepared.durationS.toFixed(1)} s of audio`;
}

/**
 * createVideoFromUpload's job: frame features (and the video's own audio, and on-screen text when
 * OCR is on) become a catalog video. With `pairOwnAudio`, that audio also becomes a TRAINING_ONLY
 * track paired with the video (training data, never catalog content: docs/rights.md, Visibility):
 * the catalog grows training pairs from its own videos. All of it and the
 * job's DONE land in one transaction.
 */
async function runVideo(env: IngestEnvironment, job: IngestJob, workerId: string, signal: AbortSignal) {
  const upload = await uploadOf(env, job);
  const options = (job.options ?? {}) as VideoJobOptions;
  const x = await extractVideo(upload.path, {
    maxSeconds: env.uploads.maxSeconds,
    ocr: options.ocr ?? env.video?.ocr ?? false,
    signal,
    ...(env.video ? { config: env.video } : {}),
  });
  const name = upload.fileName?.replace(/\.[^.]*$/, '') || 'Untitled video';
  const title = options.title?.trim() || name;
  const audio = x.audio ? asSequence(x.audio) : null;
  let pair: { seq: FeatureSequence; embedded: TrackAudioEmbedding[] } | null = null;
  if (options.pairOwnAudio) {
    if (!audio)
      throw new MediaError(
        'NO_AUDIO_STREAM',
        `${upload.fileName ?? 'The video'} has no audible audio track to pair with it as music.`,
      );
    const seq = checkFeatures(audio, 'trackAudio', 'audio');
    pair = { seq, embedded: await embedTrackAudio(env.db, env.embedders, null, seq) };
  }
  signal.throwIfAborted();
  const video = await createVideo(
    env.db,
    {
      title,
      onScreenText: options.onScreenText ?? x.onScreenText,
      captions: options.captions ?? null,
      durationSec: x.durationS,
      source: 'upload',
      visual: asSequence(x.visual),
      audio,
    },
    {
      featureSource: 'upload',
      transaction: WRITE_TRANSACTION,
      alsoInTransaction: async (tx, created) => {
        invariantHeld(await finishJob(tx, job.id, workerId, { status: 'DONE', videoId: created.id }));
        if (pair) {
          const track = await tx.track.create({
            data: {
              isrc: await freeIsrc(tx, `video-audio:${upload.sha256}`),
              title: `${title} (audio)`,
              durationSec: x.durationS,
              status: 'TRAINING_ONLY',
            },
          });
          await writeTrackAudio(
            tx,
            track.id,
            featureRowData(
              pair.seq,
              'trackAudio',
              'upload',
              x.audio!.frontEnd.name,
              frontEndKey(x.audio!.frontEnd),
            ),
            pair.embedded,
          );
          await tx.videoMusicPair.create({
            data: { videoId: created.id, trackId: track.id, source: 'upload' },
          });
          await tx.ingestJob.update({ where: { id: job.id }, data: { trackId: track.id } });
        }
        await tx.upload.updateMany({ where: { id: upload.id }, data: { expiresAt: null } });
      },
    },
  );
  return `video ${video.id}: ${x.durationS.toFixed(1)} s, ${x.visual.frames} frames${pair ? ', paired with its audio' : ''}`;
}

/** A synthetic ISRC (src/catalog/synthetic-isrc.ts) that no track holds yet. */
async function freeIsrc(tx: Prisma.TransactionClient, key: string): Promise<string> {
  for (let attempt = 0; ; attempt += 1) {
    const isrc = syntheticIsrc(key, attempt);
    if (!(await tx.track.findUnique({ where: { isrc }, select: { id: true } }))) return isrc;
  }
}

/** Runs one claimed job to DONE; throws (MediaError, client error, LeaseLost, …) otherwise. */
export async function runIngestJob(
  env: IngestEnvironment,
  job: IngestJob,
  workerId: string,
  signal: AbortSignal,
): Promise<string> {
  return job.kind === 'TRACK_AUDIO'
    ? runTrackAudio(env, job, workerId, signal)
    : runVideo(env, job, workerId, signal);
}
