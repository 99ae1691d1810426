import type { Resolvers } from '../../generated/graphql.js';
import { toGlobalId } from '../ids.js';
import { listTracks } from './track-listing.js';
import { visibleTrack } from './visibility.js';
import { ESTIMATED_FIELDS, trackEstimates, type TrackEstimates } from '../../catalog/track-estimates.js';
import type { EstimatedField } from '../../generated/graphql.js';

const ESTIMATED_FIELD_ENUM = {
  durationSec: 'DURATION_SEC',
  bpm: 'BPM',
  key: 'KEY',
  mode: 'MODE',
  loudness: 'LOUDNESS',
} as const satisfies Record<(typeof ESTIMATED_FIELDS)[number], EstimatedField>;

/** Track.estimates: the stored map as a list in the fields' fixed order. */
function fieldEstimates(estimates: TrackEstimates) {
  return ESTIMATED_FIELDS.flatMap((field) => {
    const e = estimates[field];
    return e
      ? [
          {
            field: ESTIMATED_FIELD_ENUM[field],
            value: String(e.value),
            confidence: e.confidence,
            frontEnd: e.frontEnd ?? null,
            estimatedAt: new Date(e.at),
          },
        ]
      : [];
  });
}

/** `f` of a value, synchronously when the value is at hand (a listing's preloaded lists). */
function mapEventually<T, U>(value: T | Promise<T>, f: (value: T) => U): U | Promise<U> {
  return value instanceof Promise ? value.then(f) : f(value);
}

/** Field resolvers of the object types; nested lists go through the per-request loaders. */
export const typeResolvers: Resolvers = {
  Node: {
    __resolveType: (node) => (node as unknown as { __typename: 'Track' }).__typename,
  },
  Track: {
    id: (t) => toGlobalId('Track', t.id),
    key: (t) => t.musicalKey,
    loudness: (t) => t.loudnessLufs,
    estimates: (t) => fieldEstimates(trackEstimates(t)),
    artists: (t, _, ctx) =>
      mapEventually(ctx.loaders.creditsOf(t.id), (credits) => credits.map((c) => c.artist)),
    credits: (t, _, ctx) => ctx.loaders.creditsOf(t.id),
    tags: (t, _, ctx) =>
      mapEventually(ctx.loaders.tagWeightsOf(t.id), (weights) => weights.map((w) => w.tag)),
    tagWeights: (t, _, ctx) => ctx.loaders.tagWeightsOf(t.id),
    licences: (t, _, ctx) => ctx.loaders.licencesByTrack.load(t.id),
    audioFeatures: async (t, _, ctx) =>
      (await ctx.loaders.featuresByTrack.load(t.id)).find((f) => f.kind === 'AUDIO') ?? null,
    embeddings: async (t, _, ctx) => {
      const hasFeatures = (await ctx.loaders.featuresByTrack.load(t.id)).some((f) => f.kind === 'AUDIO');
      return ctx.loaders.embeddingsByTrack.load({ trackId: t.id, hasFeatures });
    },
  },
  // When the stored sequence was last written (featureRowData stamps created_at on each write).
  FeatureInfo: { updatedAt: (f) => f.createdAt },
  TrackEmbeddingStatus: {},
  TrainingPair: {
    id: (p) => toGlobalId('TrainingPair', p.id),
    video: (p, _, ctx) => ctx.loaders.video.load(p.videoId),
    // Training data is for keyed callers (trainingPairs needs a key), who see every status.
    track: (p, _, ctx) => ctx.loaders.track.load(p.trackId),
  },
  TrainingPairConnection: { totalCount: (c) => c.totalCount() },
  Artist: {
    id: (a) => toGlobalId('Artist', a.id),
    tracks: (a, { first, after }, ctx, info) => listTracks(ctx, { first, after }, info, a.id),
  },
  Tag: {
    id: (t) => toGlobalId('Tag', t.id),
    trackCount: (t, _, ctx) => ctx.loaders.trackCountByTag.load(t.id),
  },
  LicenceTerm: {
    id: (l) => toGlobalId('LicenceTerm', l.id),
    track: async (l, _, ctx) => (await visibleTrack(ctx, l.trackId)) ?? ctx.loaders.track.load(l.trackId),
    territoriesAllow: (l) => l.territoriesAllow ?? [],
    territoriesDeny: (l) => l.territoriesDeny ?? [],
    usages: (l) => l.usages ?? [],
  },
  Video: {
    id: (v) => toGlobalId('Video', v.id),
    pairedTracks: (v, _, ctx) => ctx.loaders.pairedTracksByVideo.load(v.id),
    visualFeatures: async (v, _, ctx) =>
      (await ctx.loaders.featuresByVideo.load(v.id)).find((f) => f.kind === 'VISUAL') ?? null,
    audioFeatures: async (v, _, ctx) =>
      (await ctx.loaders.featuresByVideo.load(v.id)).find((f) => f.kind === 'AUDIO') ?? null,
  },
  ApiKey: {
    id: (k) => toGlobalId('ApiKey', k.id),
  },
  TrackConnection: { totalCount: (c) => c.totalCount() },
  ArtistConnection: { totalCount: (c) => c.totalCount() },
  VideoConnection: { totalCount: (c) => c.totalCount() },
};
