import type { Db } from '../../db/client.js';
import { badInput } from '../../errors.js';
import type { VideoInput } from '../../ml/index.js';
import { extractVideo, type VideoExtraction } from '../video/index.js';
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
