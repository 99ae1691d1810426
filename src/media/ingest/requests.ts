import type { IngestJob } from '../../generated/prisma/client.js';
import type { Db } from '../../db/client.js';
import { notFound } from '../../errors.js';
import { uploadFor } from '../uploads/index.js';
import { enqueueNewTrackAudio, enqueueTrackAudio, enqueueVideo, type VideoJobOptions } from './jobs.js';

/** Who asks: the API key's id (null when anonymous), for upload ownership and job records. */
export interface Caller {
  keyId: string | null;
}

/** Queues a catalog upload's audio for the track (the worker runs it); idempotent by content. */
export async function attachTrackAudio(
  db: Db,
  caller: Caller,
  trackId: string,
  uploadId: string,
): Promise<IngestJob> {
  const track = await db.track.findUnique({ where: { id: trackId }, select: { id: true } });
  if (!track) throw notFound('Track', trackId);
  const upload = await uploadFor(db, uploadId, caller, 'CATALOG');
  return (await enqueueTrackAudio(db, upload, trackId, caller.keyId)).job;
}

/** Queues a catalog upload's audio to become a track (matched by ISRC, or new); idempotent by content. */
export async function ingestAudioUpload(db: Db, caller: Caller, uploadId: string): Promise<IngestJob> {
  const upload = await uploadFor(db, uploadId, caller, 'CATALOG');
  return (await enqueueNewTrackAudio(db, upload, caller.keyId)).job;
}

/** Queues a catalog upload to become a video (the worker runs it); idempotent by content. */
export async function createVideoFromUpload(
  db: Db,
  caller: Caller,
  uploadId: string,
  options: VideoJobOptions,
): Promise<IngestJob> {
  const upload = await uploadFor(db, uploadId, caller, 'CATALOG');
  return (await enqueueVideo(db, upload, options, caller.keyId)).job;
}
