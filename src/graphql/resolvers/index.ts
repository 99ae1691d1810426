import type { Resolvers } from '../../generated/graphql.js';
import { DateScalar, DateTimeScalar } from '../scalars.js';
import { Mutation } from './mutation.js';
import { Query } from './query.js';
import { typeResolvers } from './types.js';
import { searchQueries, searchTypes } from './search.js';
import { trainingMutations, trainingQueries, trainingTypes } from './training.js';
import { rightsMutations, rightsQueries, rightsTypes } from './rights.js';
import { mediaMutations, mediaQueries, mediaTypes } from './media.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: { ...Query, ...searchQueries, ...trainingQueries, ...rightsQueries, ...mediaQueries },
  Mutation: { ...Mutation, ...trainingMutations, ...mediaMutations, ...rightsMutations },
  ...typeResolvers,
  ...searchTypes,
  ...trainingTypes,
  ...rightsTypes,
  ...mediaTypes,
  ModelVersion: { ...searchTypes.ModelVersion, ...trainingTypes.ModelVersion },
  Track: { ...typeResolvers.Track, ...rightsTypes.Track, ...mediaTypes.Track },
  LicenceTerm: { ...typeResolvers.LicenceTerm, ...rightsTypes.LicenceTerm },
};
