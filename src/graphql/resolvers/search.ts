import type { QueryResolvers, Resolvers } from '../../generated/graphql.js';
import { embeddingsOf } from '../../db/vectors.js';
import { badInput, notFound } from '../../errors.js';
import { fromGlobalId, toGlobalId } from '../ids.js';
import { embedVideoQuery, videoInputOf } from '../../search/query-vector.js';
import { videoInputFromUpload } from '../../media/ingest/index.js';
import { searchTracks } from '../../search/text-search.js';
import { musicLikeUpload } from '../../search/music-like-upload.js';
import { vectorSearch } from '../../search/vector-search.js';
import { visibleTrack } from './visibility.js';

const MAX_SEEDS = 20;

export const searchQueries: Pick<
  QueryResolvers,
  'musicForVideo' | 'similarTracks' | 'musicLikeUpload' | 'searchTracks' | 'activeModel' | 'modelVersions'
> = {
  musicForVideo: async (_, { video, filter, first, after }, ctx) => {
    const videoDbId = video.videoId ? fromGlobalId(video.videoId, 'Video', 'video.videoId') : null;
    // A search upload is extracted here, synchronously, and deleted (src/media/ingest).
    const input = video.uploadId
      ? (
          await videoInputFromUpload(
            ctx.db,
            ctx.viewer,
            { ...video, uploadId: video.uploadId },
            {
              maxSeconds: ctx.config.uploads.maxSeconds,
              ocr: ctx.config.video.ocr,
              config: ctx.config.video,
            },
          )
        ).input
      : await videoInputOf(ctx.db, video, videoDbId);
    const queryText =
      [input.text?.title, input.text?.onScreenText, input.text?.captions].filter(Boolean).join(' ') || null;
    return vectorSearch(ctx, {
      kind: 'musicForVideo',
      definition: video,
      filter,
      first,
      after,
      queryText,
      vectorFor: (version) => embedVideoQuery(ctx.services.embedders, version, input),
    });
  },

  similarTracks: async (_, { trackIds, excludeTrackIds, filter, first, after }, ctx) => {
    if (trackIds.length === 0) throw badInput('trackIds must name at least one track', 'trackIds');
    if (trackIds.length > MAX_SEEDS)
      throw badInput(`trackIds may name at most ${MAX_SEEDS} tracks`, 'trackIds');
    const seeds = [...new Set(trackIds.map((id, i) => fromGlobalId(id, 'Track', `trackIds[${i}]`)))];
    for (const seed of seeds) if (!(await visibleTrack(ctx, seed))) throw notFound('Track', seed);
    const excluded = (excludeTrackIds ?? []).map((id, i) =>
      fromGlobalId(id, 'Track', `excludeTrackIds[${i}]`),
    );
    return vectorSearch(ctx, {
      kind: 'similarTracks',
      definition: seeds,
      filter,
      first,
      after,
      excludeTrackIds: [...seeds, ...excluded],
      // The query is the normalised mean of the seeds' embeddings: the centre of what they share.
      vectorFor: async (version) => {
        const vectors = await embeddingsOf(ctx.db, version.id, seeds);
        const missing = seeds.find((id) => !vectors.has(id));
        if (missing)
          throw badInput(
            `track ${toGlobalId('Track', missing)} has no embedding under model ${version.version} (no audio features yet)`,
            'trackIds',
          );
        const mean = new Float32Array(vectors.values().next().value!.length);
        for (const v of vectors.values()) for (let i = 0; i < v.length; i += 1) mean[i] += v[i];
        const norm = Math.hypot(...mean) || 1;
        return mean.map((x) => x / norm);
      },
    });
  },

  // A search upload's audio, extracted as ingest does and deleted (src/search/music-like-upload.ts).
  musicLikeUpload: (_, { uploadId, filter, first, after }, ctx) =>
    musicLikeUpload(
      ctx,
      ctx.services.embedders,
      ctx.viewer,
      { uploadId, filter, first, after },
      { maxSeconds: ctx.config.uploads.maxSeconds },
    ),

  searchTracks: (_, args, ctx) => searchTracks(ctx, ctx.services.embedders, args),
  activeModel: (_, __, ctx) => ctx.db.modelVersion.findFirst({ where: { status: 'ACTIVE' } }),
  modelVersions: (_, __, ctx) => ctx.db.modelVersion.findMany({ orderBy: { createdAt: 'desc' } }),
};

export const searchTypes: Resolvers = {
  ModelVersion: {
    id: (m) => toGlobalId('ModelVersion', m.id),
  },
  SearchExplanation: {
    matchedTags: (e) => e.matchedTags(),
    licence: (e) => e.licence(),
    summary: (e) => e.summary(),
  },
  SearchFacets: {
    tags: (f, { category }) => f.tags(category ?? null),
    bpm: (f) => f.bpm(),
    durationSec: (f) => f.durationSec(),
  },
};
