import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types generated from schema.graphql. The mappers tell resolvers which internal shape
// (mostly Prisma rows) stands behind each GraphQL type. `npm run codegen:check` fails when the
// committed file is stale; CI runs it.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    // The console's typed operations: each graphql(`...`) document in console/src gets its
    // result and variable types, checked against the schema.
    'console/src/gql/': {
      preset: 'client',
      documents: ['console/src/**/*.{ts,tsx}', '!console/src/gql/**'],
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Date: 'string' },
      },
    },
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../graphql/context.js#GraphQLContext',
        enumsAsTypes: true,
        useIndexSignature: false,
        scalars: { DateTime: 'Date', Date: 'Date' },
        mappers: {
          Track: '../generated/prisma/client.js#Track as TrackRow',
          Artist: '../generated/prisma/client.js#Artist as ArtistRow',
          Tag: '../generated/prisma/client.js#Tag as TagRow',
          LicenceTerm: '../generated/prisma/client.js#LicenceTerm as LicenceTermRow',
          LicenceCheck: '../catalog/rights/licence-check.js#LicenceCheck as LicenceCheckResult',
          LicenceReason: '../catalog/rights/licence-check.js#LicenceReason as LicenceReasonResult',
          LicenceRestriction: '../generated/prisma/client.js#LicenceRestriction as LicenceRestrictionRow',
          RightsParty: '../generated/prisma/client.js#RightsParty as RightsPartyRow',
          RightsHolding: '../generated/prisma/client.js#RightsHolding as RightsHoldingRow',
          AuditEntry: '../generated/prisma/client.js#AuditLog as AuditLogRow',
          AuditEntryConnection: '../graphql/mapper-types.js#ConnectionParent<AuditLogRow>',
          AuditEntryEdge: '../graphql/mapper-types.js#EdgeParent<AuditLogRow>',
          DdexImportReport: '../catalog/ddex/import-deals.js#DdexImportReport as DdexImportReportResult',
          Video: '../generated/prisma/client.js#Video as VideoRow',
          ApiKey: '../generated/prisma/client.js#ApiKey as ApiKeyRow',
          IngestJob: '../generated/prisma/client.js#IngestJob as IngestJobRow',
          ArtistCredit: '../graphql/mapper-types.js#ArtistCreditParent',
          TagWeight: '../graphql/mapper-types.js#TagWeightParent',
          TrackConnection: '../graphql/mapper-types.js#ConnectionParent<TrackRow>',
          TrackEdge: '../graphql/mapper-types.js#EdgeParent<TrackRow>',
          ArtistConnection: '../graphql/mapper-types.js#ConnectionParent<ArtistRow>',
          ArtistEdge: '../graphql/mapper-types.js#EdgeParent<ArtistRow>',
          VideoConnection: '../graphql/mapper-types.js#ConnectionParent<VideoRow>',
          VideoEdge: '../graphql/mapper-types.js#EdgeParent<VideoRow>',
          ModelVersion: '../generated/prisma/client.js#ModelVersion as ModelVersionRow',
          TrackSearchConnection: '../search/search-result.js#SearchConnection',
          TrackSearchEdge: '../search/search-result.js#SearchEdge',
          SearchExplanation: '../search/search-result.js#SearchExplanation as SearchExplanationParent',
          SearchFacets: '../search/search-result.js#SearchFacetsParent',
          TagFacet: '../search/search-result.js#TagFacetParent',
          TrainingRun: '../generated/prisma/client.js#TrainingRun as TrainingRunRow',
          TrainingRunConnection: '../graphql/mapper-types.js#ConnectionParent<TrainingRunRow>',
          TrainingRunEdge: '../graphql/mapper-types.js#EdgeParent<TrainingRunRow>',
          TrainingPair: '../generated/prisma/client.js#VideoMusicPair as TrainingPairRow',
          TrainingPairConnection: '../graphql/mapper-types.js#ConnectionParent<TrainingPairRow>',
          TrainingPairEdge: '../graphql/mapper-types.js#EdgeParent<TrainingPairRow>',
          FeatureInfo: '../graphql/loaders.js#FeatureInfoRow',
          TrackEmbeddingStatus:
            '../catalog/track-media.js#TrackEmbeddingStatus as TrackEmbeddingStatusParent',
          LossPoint: '../jobs/training-views.js#LossPointParent',
          EpochValidation: '../jobs/training-views.js#EpochValidationParent',
        },
      },
    },
  },
  hooks: { afterOneFileWrite: ['prettier --write'] },
};

export { config as default };
