import type { QueryResolvers, Resolvers } from '../../generated/graphql.js';
import { checkLicence } from '../../catalog/rights/licence-check.js';
import { validateCampaign } from '../../catalog/rights/campaign.js';
import { notFound } from '../../errors.js';
import { fromGlobalId, toGlobalId } from '../ids.js';
import { visibleTrack } from './visibility.js';

export const rightsQueries: Pick<QueryResolvers, 'licenceCheck'> = {
  licenceCheck: async (_, args, ctx) => {
    const use = validateCampaign(args);
    const id = fromGlobalId(args.trackId, 'Track', 'trackId');
    if (!(await visibleTrack(ctx, id))) throw notFound('Track', args.trackId);
    return checkLicence(ctx.db, id, use, (termId) => toGlobalId('LicenceTerm', termId));
  },
};

export const rightsTypes: Pick<Resolvers, 'LicenceReason'> = {
  LicenceReason: {
    term: (r, _, ctx) => (r.termId ? ctx.loaders.licence.load(r.termId) : null),
  },
};
