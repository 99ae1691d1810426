import type { LicenceTermInput, MutationResolvers, TrackTagInput } from '../../generated/graphql.js';
import { createApiKey, revokeApiKey } from '../../auth/api-keys.js';
import { requireRole } from '../../auth/roles.js';
import { createArtist, deleteArtist, updateArtist } from '../../catalog/artists.js';
import { importTracks } from '../../catalog/import/import-tracks.js';
import { createLicenceTerm, deleteLicenceTerm, updateLicenceTerm } from '../../catalog/licences.js';
import { createTag, deleteTag, updateTag, type TagAssignment } from '../../catalog/tags.js';
import {
  createTrack,
  deleteTrack,
  setTrackTags,
  updateTrack,
  type CreditInput,
} from '../../catalog/tracks.js';
import { addTrainingPairs, removeTrainingPairs } from '../../catalog/training-pairs.js';
import { createVideo, deleteVideo, updateVideo, type VideoFields } from '../../catalog/videos.js';
import { decodeFeatures, type FeatureInputArg } from '../../search/query-vector.js';
import { clearTrackAudioFeatures, setTrackAudioFeatures } from '../../search/track-audio.js';
import { fromGlobalId } from '../ids.js';
import { actorOf } from './rights.js';

/** Rows per import transaction on the embedded database (measured in README, Embedded database). */
const EMBEDDED_IMPORT_BATCH = 50;

function tagAssignments(tags: readonly TrackTagInput[] | null | undefined, field: string): TagAssignment[] {
  return (tags ?? []).map((t, i) => ({
    ...t,
    tagId: t.tagId ? fromGlobalId(t.tagId, 'Tag', `${field}[${i}].tagId`) : null,
  }));
}

function credits(
  list: ReadonlyArray<{ artistId: string; role?: CreditInput['role'] }> | null | undefined,
): CreditInput[] | null {
  return list
    ? list.map((c, i) => ({
        artistId: fromGlobalId(c.artistId, 'Artist', `input.credits[${i}].artistId`),
        role: c.role,
      }))
    : null;
}

type VideoInputArg = Omit<VideoFields, 'visual' | 'audio'> & {
  visual?: FeatureInputArg | null;
  audio?: FeatureInputArg | null;
};

/** A video input with its base64 features decoded (absent stays absent, null clears). */
function videoFields(input: VideoInputArg): VideoFields {
  const { visual, audio, ...rest } = input;
  return {
    ...rest,
    ...(visual !== undefined ? { visual: visual && decodeFeatures(visual, 'input.visual') } : {}),
    ...(audio !== undefined ? { audio: audio && decodeFeatures(audio, 'input.audio') } : {}),
  };
}

/** A grant's input with its party's global id decoded (absent stays absent, null clears). */
function grantInput(input: LicenceTermInput) {
  const { partyId, ...rest } = input;
  return {
    ...rest,
    ...(partyId !== undefined
      ? { partyId: partyId && fromGlobalId(partyId, 'RightsParty', 'input.partyId') }
      : {}),
  };
}

function pairRefs(pairs: ReadonlyArray<{ videoId: string; trackId: string }>) {
  return pairs.map((p, i) => ({
    videoId: fromGlobalId(p.videoId, 'Video', `pairs[${i}].videoId`),
    trackId: fromGlobalId(p.trackId, 'Track', `pairs[${i}].trackId`),
  }));
}

/**
 * Catalog edits need EDITOR (or ADMIN); key management needs ADMIN. The role check comes first
 * in every resolver, before any argument is looked at, so unauthorised callers learn nothing.
 */
export const Mutation: MutationResolvers = {
  createTrack: (_, { input }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'createTrack');
    return createTrack(
      ctx.db,
      { ...input, credits: credits(input.credits), tags: tagAssignments(input.tags, 'input.tags') },
      actorOf(ctx),
    );
  },
  updateTrack: (_, { id, input }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'updateTrack');
    return updateTrack(
      ctx.db,
      fromGlobalId(id, 'Track'),
      { ...input, credits: credits(input.credits) },
      actorOf(ctx),
    );
  },
  deleteTrack: async (_, { id }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'deleteTrack');
    await deleteTrack(ctx.db, fromGlobalId(id, 'Track'), actorOf(ctx));
    return id;
  },
  setTrackTags: (_, { trackId, tags }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'setTrackTags');
    return setTrackTags(
      ctx.db,
      fromGlobalId(trackId, 'Track', 'trackId'),
      tagAssignments(tags, 'tags'),
      actorOf(ctx),
    );
  },

  createArtist: (_, { input }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'createArtist');
    return createArtist(ctx.db, input);
  },
  updateArtist: (_, { id, input }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'updateArtist');
    return updateArtist(ctx.db, fromGlobalId(id, 'Artist'), input);
  },
  deleteArtist: async (_, { id }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'deleteArtist');
    await deleteArtist(ctx.db, fromGlobalId(id, 'Artist'));
    return id;
  },

  createTag: (_, { input }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'createTag');
    return createTag(ctx.db, input.category, input.name);
  },
  updateTag: (_, { id, input }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'updateTag');
    return updateTag(ctx.db, fromGlobalId(id, 'Tag'), input);
  },
  deleteTag: async (_, { id }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'deleteTag');
    await deleteTag(ctx.db, fromGlobalId(id, 'Tag'));
    return id;
  },

  createLicenceTerm: (_, { trackId, input }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'createLicenceTerm');
    return createLicenceTerm(
      ctx.db,
      fromGlobalId(trackId, 'Track', 'trackId'),
      grantInput(input),
      actorOf(ctx),
    );
  },
  updateLicenceTerm: (_, { id, input }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'updateLicenceTerm');
    return updateLicenceTerm(ctx.db, fromGlobalId(id, 'LicenceTerm'), grantInput(input), actorOf(ctx));
  },
  deleteLicenceTerm: async (_, { id }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'deleteLicenceTerm');
    await deleteLicenceTerm(ctx.db, fromGlobalId(id, 'LicenceTerm'), actorOf(ctx));
    return id;
  },

  setTrackAudioFeatures: (_, { trackId, features }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'setTrackAudioFeatures');
    const id = fromGlobalId(trackId, 'Track', 'trackId');
    return setTrackAudioFeatures(ctx.db, ctx.services.embedders, id, decodeFeatures(features, 'features'));
  },
  clearTrackAudioFeatures: (_, { trackId }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'clearTrackAudioFeatures');
    return clearTrackAudioFeatures(ctx.db, fromGlobalId(trackId, 'Track', 'trackId'));
  },

  createVideo: (_, { input }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'createVideo');
    return createVideo(ctx.db, videoFields(input));
  },
  updateVideo: (_, { id, input }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'updateVideo');
    return updateVideo(ctx.db, fromGlobalId(id, 'Video'), videoFields(input));
  },
  deleteVideo: async (_, { id }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'deleteVideo');
    await deleteVideo(ctx.db, fromGlobalId(id, 'Video'));
    return id;
  },
  addTrainingPairs: (_, { pairs }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'addTrainingPairs');
    const refs = pairRefs(pairs);
    return addTrainingPairs(
      ctx.db,
      pairs.map((p, i) => ({ ...refs[i]!, source: p.source, split: p.split })),
    );
  },
  removeTrainingPairs: (_, { pairs }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'removeTrainingPairs');
    return removeTrainingPairs(ctx.db, pairRefs(pairs));
  },

  importTracks: (_, { format, data, lenient, dryRun }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'importTracks');
    return importTracks(
      ctx.db,
      format,
      data,
      { maxBytes: ctx.config.maxImportBytes, maxRows: ctx.config.maxImportRows },
      {
        lenient: lenient ?? false,
        dryRun: dryRun ?? false,
        // One session on the embedded database: short transactions let other requests in between.
        ...(ctx.config.embeddedDatabase ? { batchRows: EMBEDDED_IMPORT_BATCH } : {}),
      },
    );
  },

  createApiKey: (_, { name, role }, ctx) => {
    requireRole(ctx.viewer, 'ADMIN', 'createApiKey');
    return createApiKey(ctx.db, name, role);
  },
  revokeApiKey: (_, { id }, ctx) => {
    requireRole(ctx.viewer, 'ADMIN', 'revokeApiKey');
    return revokeApiKey(ctx.db, fromGlobalId(id, 'ApiKey'));
  },
};
