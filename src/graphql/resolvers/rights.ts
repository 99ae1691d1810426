import type { MutationResolvers, QueryResolvers, Resolvers } from '../../generated/graphql.js';
import type { AuditLog } from '../../generated/prisma/client.js';
import { requireRole } from '../../auth/roles.js';
import { checkLicence } from '../../catalog/rights/licence-check.js';
import { validateCampaign } from '../../catalog/rights/campaign.js';
import {
  createRestriction,
  deleteRestriction,
  updateRestriction,
} from '../../catalog/rights/restrictions.js';
import { createRightsParty, setRightsHoldings } from '../../catalog/rights/holdings.js';
import { auditEntries } from '../../catalog/audit/audit-log.js';
import type { Actor } from '../../catalog/audit/actor.js';
import { importDdexDeals } from '../../catalog/ddex/import-deals.js';
import { badInput, notFound } from '../../errors.js';
import { decodeCursor, pageSize } from '../../paging/cursors.js';
import type { GraphQLContext } from '../context.js';
import { toConnection } from '../connection.js';
import { fromGlobalId, toGlobalId } from '../ids.js';
import { visibleTrack } from './visibility.js';

/** The caller as the audit log names it. */
export const actorOf = (ctx: GraphQLContext): Actor => ({ keyId: ctx.viewer.keyId, source: 'api' });

function auditPage(
  ctx: GraphQLContext,
  query: { trackId?: string | null; keyId?: string | null },
  first: number | null | undefined,
  after: string | null | undefined,
) {
  requireRole(ctx.viewer, 'EDITOR', 'Reading the audit log');
  const size = pageSize(first);
  const scope = `auditLog:${query.trackId ?? ''}:${query.keyId ?? ''}`;
  const position = after ? decodeCursor<string>(after, scope) : null;
  if (position !== null && !/^\d+$/.test(position)) throw badInput('after is not a valid cursor', 'after');
  return auditEntries(ctx.db, query, size + 1, position === null ? null : BigInt(position)).then((rows) =>
    toConnection(
      rows,
      size,
      scope,
      (r) => r.id.toString(),
      position !== null,
      () => Promise.resolve(0),
    ),
  );
}

export const rightsQueries: Pick<QueryResolvers, 'licenceCheck' | 'auditLog' | 'rightsParties'> = {
  licenceCheck: async (_, args, ctx) => {
    const use = validateCampaign(args);
    const id = fromGlobalId(args.trackId, 'Track', 'trackId');
    if (!(await visibleTrack(ctx, id))) throw notFound('Track', args.trackId);
    return checkLicence(ctx.db, id, use, (termId) => toGlobalId('LicenceTerm', termId));
  },
  auditLog: (_, { trackId, keyId, first, after }, ctx) =>
    auditPage(
      ctx,
      {
        trackId: trackId != null ? fromGlobalId(trackId, 'Track', 'trackId') : null,
        keyId: keyId != null ? fromGlobalId(keyId, 'ApiKey', 'keyId') : null,
      },
      first,
      after,
    ),
  rightsParties: (_, { name, first }, ctx) =>
    ctx.db.rightsParty.findMany({
      where: name ? { name: { contains: name, mode: 'insensitive' } } : {},
      orderBy: [{ name: 'asc' }],
      take: pageSize(first, 50),
    }),
};

export const rightsMutations: Pick<
  MutationResolvers,
  | 'createLicenceRestriction'
  | 'updateLicenceRestriction'
  | 'deleteLicenceRestriction'
  | 'createRightsParty'
  | 'setRightsHoldings'
  | 'importDdexDeals'
> = {
  createLicenceRestriction: (_, { trackId, input }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'createLicenceRestriction');
    return createRestriction(ctx.db, fromGlobalId(trackId, 'Track', 'trackId'), input, actorOf(ctx));
  },
  updateLicenceRestriction: (_, { id, input }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'updateLicenceRestriction');
    return updateRestriction(ctx.db, fromGlobalId(id, 'LicenceRestriction'), input, actorOf(ctx));
  },
  deleteLicenceRestriction: async (_, { id }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'deleteLicenceRestriction');
    await deleteRestriction(ctx.db, fromGlobalId(id, 'LicenceRestriction'), actorOf(ctx));
    return id;
  },
  createRightsParty: (_, { input }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'createRightsParty');
    return createRightsParty(ctx.db, input.name, actorOf(ctx));
  },
  setRightsHoldings: (_, { trackId, side, holdings }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'setRightsHoldings');
    if (side === 'BOTH') throw badInput('side must be MASTER or PUBLISHING (holdings are per side)', 'side');
    const track = fromGlobalId(trackId, 'Track', 'trackId');
    const parsed = holdings.map((h, i) => ({
      partyId: fromGlobalId(h.partyId, 'RightsParty', `holdings[${i}].partyId`),
      share: h.share,
    }));
    return setRightsHoldings(ctx.db, track, side, parsed, actorOf(ctx));
  },
  importDdexDeals: (_, { xml, side }, ctx) => {
    requireRole(ctx.viewer, 'EDITOR', 'importDdexDeals');
    return importDdexDeals(ctx.db, xml, { side: side ?? 'BOTH', keyId: ctx.viewer.keyId });
  },
};

const auditEntity = (r: AuditLog) => {
  if (!r.entityId) return null;
  switch (r.entity) {
    case 'TRACK':
      return toGlobalId('Track', r.entityId);
    case 'GRANT':
      return toGlobalId('LicenceTerm', r.entityId);
    case 'RESTRICTION':
      return toGlobalId('LicenceRestriction', r.entityId);
    case 'PARTY':
      return toGlobalId('RightsParty', r.entityId);
    default:
      return r.entityId;
  }
};

export const rightsTypes: Pick<
  Resolvers,
  | 'LicenceReason'
  | 'LicenceRestriction'
  | 'RightsParty'
  | 'RightsHolding'
  | 'AuditEntry'
  | 'DdexImportReport'
  | 'Track'
  | 'LicenceTerm'
> = {
  LicenceReason: {
    term: (r, _, ctx) => (r.termId ? ctx.loaders.licence.load(r.termId) : null),
    party: (r, _, ctx) => (r.partyId ? ctx.loaders.rightsParty.load(r.partyId) : null),
    restriction: (r, _, ctx) =>
      r.restrictionId ? ctx.db.licenceRestriction.findUnique({ where: { id: r.restrictionId } }) : null,
  },
  LicenceRestriction: {
    id: (r) => toGlobalId('LicenceRestriction', r.id),
    track: (r, _, ctx) => ctx.loaders.track.load(r.trackId),
    territories: (r) => r.territories ?? [],
    usages: (r) => r.usages ?? [],
  },
  RightsParty: { id: (p) => toGlobalId('RightsParty', p.id) },
  RightsHolding: {
    share: (h) => Number(h.share),
    side: (h) => h.side,
    party: (h, _, ctx) => ctx.loaders.rightsParty.load(h.partyId),
  },
  AuditEntry: {
    id: (r) => r.id.toString(),
    apiKey: (r, _, ctx) => (r.apiKeyId ? ctx.db.apiKey.findUnique({ where: { id: r.apiKeyId } }) : null),
    apiKeyId: (r) => (r.apiKeyId ? toGlobalId('ApiKey', r.apiKeyId) : null),
    entity: (r) => r.entity as 'TRACK',
    entityId: auditEntity,
    trackId: (r) => (r.trackId ? toGlobalId('Track', r.trackId) : null),
    action: (r) => r.action as 'INSERT',
    before: (r) => (r.before == null ? null : JSON.stringify(r.before)),
    after: (r) => (r.after == null ? null : JSON.stringify(r.after)),
  },
  DdexImportReport: {},
  Track: {
    restrictions: (t, _, ctx) => ctx.loaders.restrictionsByTrack.load(t.id),
    holdings: (t, _, ctx) => ctx.loaders.holdingsByTrack.load(t.id),
    auditLog: (t, { first, after }, ctx) => auditPage(ctx, { trackId: t.id }, first, after),
  },
  LicenceTerm: {
    party: (l, _, ctx) => (l.partyId ? ctx.loaders.rightsParty.load(l.partyId) : null),
    commercialModels: (l) => l.commercialModels ?? [],
  },
};
