import type { Resolvers } from '../../generated/graphql.js';
import { DateScalar, DateTimeScalar } from '../scalars.js';
import { Mutation } from './mutation.js';
import { Query } from './query.js';
import { typeResolvers } from './types.js';
import { searchQueries, searchTypes } from './search.js';
import { trainingMutations, trainingQueries, trainingTypes } from './training.js';
import { rightsQueries, rightsTypes } from './rights.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: { ...Query, ...searchQueries, ...trainingQueries, ...rightsQueries },
  Mutation: { ...Mutation, ...trainingMutations },
  ...typeResolvers,
  ...searchTypes,
  ...trainingTypes,
  ...rightsTypes,
  ModelVersion: { ...searchTypes.ModelVersion, ...trainingTypes.ModelVersion },
};
