import type { MutationResolvers, TrackTagInput } from '../../generated/graphql.js';
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
import { fromGlobalId } from '../ids.js';

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

/**
 * Catalog edits need EDITOR (or ADMIN); key management needs ADMIN. The role check comes first
 * in every resolver, before any argument is looked at, so unauthorised callers learn nothing.
 */
export const Mutation: MutationResolvers = {
  createTrack: (_, { input }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'createTrack');
    return createTrack(ctx.db, {
      ...input,
      credits: credits(input.credits),
      tags: tagAssignments(input.tags, 'input.tags'),
    });
  },
  updateTrack: (_, { id, input }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'updateTrack');
    return updateTrack(ctx.db, fromGlobalId(id, 'Track'), { ...input, credits: credits(input.credits) });
  },
  deleteTrack: async (_, { id }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'deleteTrack');
    await deleteTrack(ctx.db, fromGlobalId(id, 'Track'));
    return id;
  },
  setTrackTags: (_, { trackId, tags }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'setTrackTags');
    return setTrackTags(ctx.db, fromGlobalId(trackId, 'Track', 'trackId'), tagAssignments(tags, 'tags'));
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
    return createLicenceTerm(ctx.db, fromGlobalId(trackId, 'Track', 'trackId'), input);
  },
  updateLicenceTerm: (_, { id, input }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'updateLicenceTerm');
    return updateLicenceTerm(ctx.db, fromGlobalId(id, 'LicenceTerm'), input);
  },
  deleteLicenceTerm: async (_, { id }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'deleteLicenceTerm');
    await deleteLicenceTerm(ctx.db, fromGlobalId(id, 'LicenceTerm'));
    return id;
  },

  importTracks: (_, { format, data }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'importTracks');
    return importTracks(ctx.db, format, data, {
      maxBytes: ctx.config.maxImportBytes,
      maxRows: ctx.config.maxImportRows,
    });
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
