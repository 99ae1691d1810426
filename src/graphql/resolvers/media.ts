import type { MutationResolvers, QueryResolvers, Resolvers } from '../../generated/graphql.js';
import { requireRole } from '../../auth/roles.js';
import { nullIfNotFound } from '../../errors.js';
import {
  attachTrackAudio,
  catalogAudioFile,
  createVideoFromUpload,
  ingestAudioUpload,
} from '../../media/ingest/index.js';
import { fromGlobalId, toGlobalId } from '../ids.js';

/** Media ingest at the edge: global ids in and out; the domain (src/media/ingest) does the rest. */
export const mediaQueries: Pick<QueryResolvers, 'ingestJob'> = {
  ingestJob: (_, { id }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'Reading ingest jobs');
    return ctx.db.ingestJob.findUnique({ where: { id: fromGlobalId(id, 'IngestJob') } });
  },
};

export const mediaMutations: Pick<
  MutationResolvers,
  'attachTrackAudio' | 'ingestAudio' | 'createVideoFromUpload'
> = {
  attachTrackAudio: (_, { trackId, uploadId }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'attachTrackAudio');
    return attachTrackAudio(ctx.db, ctx.viewer, fromGlobalId(trackId, 'Track', 'trackId'), uploadId);
  },
  ingestAudio: (_, { uploadId }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'ingestAudio');
    return ingestAudioUpload(ctx.db, ctx.viewer, uploadId);
  },
  createVideoFromUpload: (_, { uploadId, text, pairOwnAudio, ocr }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'createVideoFromUpload');
    return createVideoFromUpload(ctx.db, ctx.viewer, uploadId, {
      title: text?.title,
      onScreenText: text?.onScreenText,
      captions: text?.captions,
      pairOwnAudio: pairOwnAudio ?? false,
      ...(ocr != null ? { ocr } : {}),
    });
  },
};

export const mediaTypes: Resolvers = {
  Track: {
    audioFile: async (t, _, ctx) => {
      const file = await catalogAudioFile(ctx.db, t.id);
      return file ? { ...file, url: `/media/tracks/${toGlobalId('Track', t.id)}/audio` } : null;
    },
  },
  IngestJob: {
    id: (j) => toGlobalId('IngestJob', j.id),
    track: (j, _, ctx) => (j.trackId ? ctx.loaders.track.load(j.trackId).catch(nullIfNotFound) : null),
    video: (j, _, ctx) => (j.videoId ? ctx.loaders.video.load(j.videoId).catch(nullIfNotFound) : null),
  },
};
