import type { Track } from '../../generated/prisma/client.js';
import type { NodeType } from '../ids.js';
import type { GraphQLContext } from '../context.js';
import { nullIfNotFound, UnreachableCaseError } from '../../errors.js';

/** A track the caller may see, or null (unknown and invisible look the same to the caller). */
export async function visibleTrack(ctx: GraphQLContext, id: string): Promise<Track | null> {
  const track = await ctx.loaders.track.load(id).catch(nullIfNotFound);
  return track && ctx.visible.includes(track.status) ? track : null;
}

type NodeValue = { __typename: NodeType } & Record<string, unknown>;

/** `node(id:)`: loads by type, applying the same visibility rules as the typed fields. */
export async function loadNode(
  ctx: GraphQLContext,
  ref: { type: NodeType; id: string },
): Promise<NodeValue | null> {
  const tag = <T extends object>(value: T | null): NodeValue | null =>
    value ? { ...value, __typename: ref.type } : null;
  switch (ref.type) {
    case 'Track':
      return tag(await visibleTrack(ctx, ref.id));
    case 'Artist':
      return tag(await ctx.loaders.artist.load(ref.id).catch(nullIfNotFound));
    case 'Tag':
      return tag(await ctx.loaders.tag.load(ref.id).catch(nullIfNotFound));
    case 'Video':
      return tag(await ctx.loaders.video.load(ref.id).catch(nullIfNotFound));
    case 'LicenceTerm': {
      const licence = await ctx.loaders.licence.load(ref.id).catch(nullIfNotFound);
      return licence && (await visibleTrack(ctx, licence.trackId)) ? tag(licence) : null;
    }
    case 'LicenceRestriction': {
      const restriction = await ctx.db.licenceRestriction.findUnique({ where: { id: ref.id } });
      return restriction && (await visibleTrack(ctx, restriction.trackId)) ? tag(restriction) : null;
    }
    case 'RightsParty':
      return tag(await ctx.db.rightsParty.findUnique({ where: { id: ref.id } }));
    case 'ModelVersion':
      return tag(await ctx.db.modelVersion.findUnique({ where: { id: ref.id } }));
    case 'TrainingPair':
      return tag(await ctx.db.videoMusicPair.findUnique({ where: { id: ref.id } }));
    case 'TrainingRun':
      if (!ctx.viewer.role) return null;
      return tag(await ctx.db.trainingRun.findUnique({ where: { id: ref.id } }));
    case 'IngestJob':
      if (ctx.viewer.role !== 'EDITOR' && ctx.viewer.role !== 'ADMIN') return null;
      return tag(await ctx.db.ingestJob.findUnique({ where: { id: ref.id } }));
    case 'ApiKey':
      if (ctx.viewer.role !== 'ADMIN') return null;
      return tag(await ctx.db.apiKey.findUnique({ where: { id: ref.id } }));
    default:
      throw new UnreachableCaseError(ref.type);
  }
}
