import type { Db } from '../../db/client.js';
import { badInput } from '../../errors.js';
import type { FeatureSequence, VideoInput } from '../../ml/index.js';
import { extractVideo, type VideoExtraction } from '../video/index.js';
import { extractAudio } from '../audio/index.js';
import { checkFeatures } from '../../catalog/media-features.js';
import type { VideoConfig } from '../../config.js';
import { frontEndKey } from '../front-end.js';
import { deleteUpload, uploadFor } from '../uploads/index.js';
import { mediaErrorToClient } from './media-errors.js';
import type { Caller } from './requests.js';
import { asSequence } from './sequences.js';

export interface UploadQuery {
  uploadId: string;
  videoId?: string | null;
  visual?: unknown;
  audio?: unknown;
  text?: { title?: string | null; onScreenText?: string | null; captions?: string | null } | null;
}

export interface UploadedVideoInput {
  /** The encoder's input, with the front ends its features came from (checked against the model's). */
  input: VideoInput & { frontEnds: { visual: string; audio: string | null } };
  extraction: VideoExtraction;
}

const clean = (text: string | null | undefined) => text?.trim() || undefined;

/**
 * musicForVideo(video: { uploadId }): the caller's own search upload, extracted now (frames,
 * audio, and on-screen text when OCR is on), then deleted whatever the outcome: a creator's
 * video is never kept and never reaches the catalog. Text cues given alongside win over OCR.
 */
export async function videoInputFromUpload(
  db: Db,
  caller: Caller,
  query: UploadQuery,
  options: { maxSeconds: number; ocr: boolean; signal?: AbortSignal; config?: VideoConfig },
): Promise<UploadedVideoInput> {
  if (query.videoId || query.visual || query.audio)
    throw badInput(
      'video: give an uploadId alone (optionally with text), not with videoId or features',
      'video',
    );
  const upload = await uploadFor(db, query.uploadId, caller, 'SEARCH', 'video.uploadId');
  let extraction: VideoExtraction;
  try {
    extraction = await extractVideo(upload.path, options);
  } catch (error) {
    throw mediaErrorToClient(error, 'video.uploadId');
  } finally {
    await deleteUpload(db, upload);
  }
  const text = {
    title: clean(query.text?.title),
    onScreenText: clean(query.text?.onScreenText) ?? clean(extraction.onScreenText),
    captions: clean(query.text?.captions),
  };
  return {
    extraction,
    input: {
      visual: asSequence(extraction.visual),
      ...(extraction.audio ? { audio: asSequence(extraction.audio) } : {}),
      ...(text.title || text.onScreenText || text.captions ? { text } : {}),
      frontEnds: {
        visual: frontEndKey(extraction.visual.frontEnd),
        audio: extraction.audio ? frontEndKey(extraction.audio.frontEnd) : null,
      },
    },
  };
}

/** A search upload's audio as ingest extracts it: per-second music features and their front end. */
export interface UploadedAudioQuery {
  features: FeatureSequence;
  /** The audio front end's key, e.g. "vmr-logmel@1" (checked against the model's). */
  frontEnd: string;
  durationS: number;
  /** When the upload would have expired: the longest a search may keep using its features. */
  expiresAt: Date | null;
}

/**
 * musicLikeUpload(uploadId): the caller's own search upload (an audio file, or a video file's
 * audio track), extracted with ingest's extractAudio (front end vmr-logmel@1), then deleted
 * whatever the outcome, as musicForVideo's upload is. Same access rules (uploadFor: another
 * key's upload is NOT_FOUND); a file that cannot be used (no audio stream, silent, corrupt, too
 * long) is BAD_USER_INPUT naming `field`, with `extensions.reason` the media error's code.
 */
export async function audioQueryFromUpload(
  db: Db,
  caller: Caller,
  uploadId: string,
  options: { maxSeconds: number; signal?: AbortSignal; field?: string },
): Promise<UploadedAudioQuery> {
  const field = options.field ?? 'uploadId';
  const upload = await uploadFor(db, uploadId, caller, 'SEARCH', field);
  let extracted: Awaited<ReturnType<typeof extractAudio>>;
  try {
    extracted = await extractAudio(upload.path, { maxSeconds: options.maxSeconds, signal: options.signal });
  } catch (error) {
    throw mediaErrorToClient(error, field);
  } finally {
    await deleteUpload(db, upload);
  }
  return {
    features: checkFeatures(asSequence(extracted.features), 'trackAudio', field),
    frontEnd: frontEndKey(extracted.features.frontEnd),
    durationS: extracted.durationS,
    expiresAt: upload.expiresAt,
  };
}
