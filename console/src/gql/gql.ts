/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    viewer {\n      role\n      keyName\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query IngestJobStatus($id: ID!) {\n    ingestJob(id: $id) {\n      id\n      status\n      reason\n      track {\n        id\n        title\n      }\n      video {\n        id\n        title\n      }\n    }\n  }\n": typeof types.IngestJobStatusDocument,
    "\n  query ModelFamiliarity {\n    activeModel {\n      id\n      version\n      audioFrontEnd\n      unfamiliarTracks\n    }\n  }\n": typeof types.ModelFamiliarityDocument,
    "\n  mutation StartAdaptation($input: TrainingInput!) {\n    startTraining(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.StartAdaptationDocument,
    "\n  query TrackAudit($id: ID!, $after: String) {\n    track(id: $id) {\n      id\n      auditLog(first: 20, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            at\n            entity\n            action\n            source\n            before\n            after\n            apiKey {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TrackAuditDocument,
    "\n  mutation DdexDeals($xml: String!, $side: RightsSide) {\n    importDdexDeals(xml: $xml, side: $side) {\n      releases\n      grantsCreated\n      grantsReplaced\n      unknownIsrcs\n      ignoredUseTypes\n      tracks {\n        id\n        title\n      }\n      takenDown {\n        id\n        title\n      }\n      restored {\n        id\n        title\n      }\n    }\n  }\n": typeof types.DdexDealsDocument,
    "\n  mutation IngestAudio($uploadId: ID!) {\n    ingestAudio(uploadId: $uploadId) {\n      id\n      status\n    }\n  }\n": typeof types.IngestAudioDocument,
    "\n  mutation ActivateRunModel($id: ID!, $force: Boolean!) {\n    activateModel(id: $id, force: $force) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.ActivateRunModelDocument,
    "\n  fragment SearchResultFields on TrackSearchConnection {\n    modelVersion {\n      version\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      score\n      signals {\n        name\n        score\n        rank\n      }\n      explanation {\n        summary\n        signals\n        matchedTags {\n          name\n        }\n        licence {\n          rightsHolder\n          side\n        }\n      }\n      node {\n        id\n        title\n        status\n        bpm\n        artists {\n          name\n        }\n      }\n    }\n  }\n": typeof types.SearchResultFieldsFragmentDoc,
    "\n  mutation AttachTrackAudio($trackId: ID!, $uploadId: ID!) {\n    attachTrackAudio(trackId: $trackId, uploadId: $uploadId) {\n      id\n      status\n    }\n  }\n": typeof types.AttachTrackAudioDocument,
    "\n  query TrackRightsDetail($id: ID!) {\n    track(id: $id) {\n      id\n      restrictions {\n        id\n        side\n        reason\n        territories\n        usages\n        validFrom\n        validUntil\n      }\n      holdings {\n        side\n        share\n        party {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.TrackRightsDetailDocument,
    "\n  mutation CreateRestriction($trackId: ID!, $input: LicenceRestrictionInput!) {\n    createLicenceRestriction(trackId: $trackId, input: $input) {\n      id\n    }\n  }\n": typeof types.CreateRestrictionDocument,
    "\n  mutation DeleteRestriction($id: ID!) {\n    deleteLicenceRestriction(id: $id)\n  }\n": typeof types.DeleteRestrictionDocument,
    "\n  query FindParties($name: String) {\n    rightsParties(name: $name, first: 10) {\n      id\n      name\n    }\n  }\n": typeof types.FindPartiesDocument,
    "\n  mutation CreateParty($name: String!) {\n    createRightsParty(input: { name: $name }) {\n      id\n      name\n    }\n  }\n": typeof types.CreatePartyDocument,
    "\n  mutation SetHoldings($trackId: ID!, $side: RightsSide!, $holdings: [RightsHoldingInput!]!) {\n    setRightsHoldings(trackId: $trackId, side: $side, holdings: $holdings) {\n      share\n    }\n  }\n": typeof types.SetHoldingsDocument,
    "\n  query CatalogTracks($first: Int!, $after: String, $filter: TrackFilter, $orderBy: TrackOrder) {\n    tracks(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          isrc\n          title\n          bpm\n          key\n          mode\n          durationSec\n          releaseDate\n          status\n          artists {\n            name\n          }\n          tagWeights {\n            weight\n            tag {\n              id\n              name\n              category\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CatalogTracksDocument,
    "\n  query CatalogFacets($filter: TrackFilter) {\n    trackFacets(filter: $filter) {\n      tags {\n        count\n        tag {\n          name\n          category\n        }\n      }\n    }\n  }\n": typeof types.CatalogFacetsDocument,
    "\n  mutation BulkSetStatus($id: ID!, $status: TrackStatus!) {\n    updateTrack(id: $id, input: { status: $status }) {\n      id\n      status\n    }\n  }\n": typeof types.BulkSetStatusDocument,
    "\n  mutation BulkSetTags($trackId: ID!, $tags: [TrackTagInput!]!) {\n    setTrackTags(trackId: $trackId, tags: $tags) {\n      id\n    }\n  }\n": typeof types.BulkSetTagsDocument,
    "\n  mutation ImportTracks($format: ImportFormat!, $data: String!, $lenient: Boolean, $dryRun: Boolean) {\n    importTracks(format: $format, data: $data, lenient: $lenient, dryRun: $dryRun) {\n      applied\n      created\n      updated\n      unchanged\n      duplicates\n      rows {\n        line\n        isrc\n        title\n        outcome\n        reason\n      }\n      rejected {\n        line\n        isrc\n        reason\n      }\n    }\n  }\n": typeof types.ImportTracksDocument,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      role\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateKey($name: String!, $role: ApiRole!) {\n    createApiKey(name: $name, role: $role) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateKeyDocument,
    "\n  mutation RevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeKeyDocument,
    "\n  query ModelVersions {\n    activeModel {\n      id\n      version\n    }\n    modelVersions {\n      id\n      version\n      status\n      dim\n      embeddedTracks\n      createdAt\n      activatedAt\n      datasetHash\n      parent {\n        version\n      }\n      validationR10 {\n        value\n        low\n        high\n      }\n    }\n  }\n": typeof types.ModelVersionsDocument,
    "\n  mutation ActivateModel($id: ID!, $force: Boolean!) {\n    activateModel(id: $id, force: $force) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.ActivateModelDocument,
    "\n  mutation RollbackModel {\n    rollbackModel {\n      id\n      version\n    }\n  }\n": typeof types.RollbackModelDocument,
    "\n  query MusicForVideo($video: VideoQuery!, $filter: TrackFilter, $first: Int) {\n    musicForVideo(video: $video, filter: $filter, first: $first) {\n      ...SearchResultFields\n    }\n  }\n": typeof types.MusicForVideoDocument,
    "\n  query MusicLikeUpload($uploadId: ID!, $filter: TrackFilter, $first: Int) {\n    musicLikeUpload(uploadId: $uploadId, filter: $filter, first: $first) {\n      ...SearchResultFields\n    }\n  }\n": typeof types.MusicLikeUploadDocument,
    "\n  query SimilarTracks($trackIds: [ID!]!, $excludeTrackIds: [ID!], $filter: TrackFilter, $first: Int) {\n    similarTracks(trackIds: $trackIds, excludeTrackIds: $excludeTrackIds, filter: $filter, first: $first) {\n      ...SearchResultFields\n    }\n  }\n": typeof types.SimilarTracksDocument,
    "\n  query TextSearch($text: String!, $fusion: FusionInput, $filter: TrackFilter, $first: Int) {\n    searchTracks(text: $text, fusion: $fusion, filter: $filter, first: $first) {\n      ...SearchResultFields\n    }\n  }\n": typeof types.TextSearchDocument,
    "\n  query SearchVideos {\n    videos(first: 50) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.SearchVideosDocument,
    "\n  query PickTracks($text: String) {\n    tracks(first: 10, filter: { text: $text }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.PickTracksDocument,
    "\n  query TrackDetail($id: ID!) {\n    track(id: $id) {\n      id\n      isrc\n      title\n      durationSec\n      bpm\n      key\n      mode\n      hasVocals\n      explicit\n      energy\n      releaseDate\n      language\n      status\n      loudness\n      estimates {\n        field\n        value\n        confidence\n        frontEnd\n      }\n      credits {\n        role\n        position\n        artist {\n          id\n          name\n        }\n      }\n      tagWeights {\n        weight\n        tag {\n          id\n          name\n          category\n        }\n      }\n      licences {\n        id\n        side\n        rightsHolder\n        usages\n        worldwide\n        territoriesAllow\n        territoriesDeny\n        validFrom\n        validUntil\n        priceTier\n        exclusive\n        contentIdRegistered\n      }\n      audioFile {\n        url\n        mime\n        fileName\n      }\n      audioFeatures {\n        kind\n        frames\n        dim\n        dtype\n        source\n        updatedAt\n      }\n      embeddings {\n        state\n        embeddedAt\n        modelVersion {\n          version\n          status\n        }\n      }\n    }\n  }\n": typeof types.TrackDetailDocument,
    "\n  mutation UpdateTrack($id: ID!, $input: UpdateTrackInput!) {\n    updateTrack(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateTrackDocument,
    "\n  mutation DeleteTrack($id: ID!) {\n    deleteTrack(id: $id)\n  }\n": typeof types.DeleteTrackDocument,
    "\n  mutation SetTrackTags($trackId: ID!, $tags: [TrackTagInput!]!) {\n    setTrackTags(trackId: $trackId, tags: $tags) {\n      id\n    }\n  }\n": typeof types.SetTrackTagsDocument,
    "\n  query FindArtists($name: String) {\n    artists(first: 10, name: $name) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.FindArtistsDocument,
    "\n  mutation CreateGrant($trackId: ID!, $input: LicenceTermInput!) {\n    createLicenceTerm(trackId: $trackId, input: $input) {\n      id\n    }\n  }\n": typeof types.CreateGrantDocument,
    "\n  mutation UpdateGrant($id: ID!, $input: LicenceTermInput!) {\n    updateLicenceTerm(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateGrantDocument,
    "\n  mutation DeleteGrant($id: ID!) {\n    deleteLicenceTerm(id: $id)\n  }\n": typeof types.DeleteGrantDocument,
    "\n  query CheckLicence($trackId: ID!, $territories: [String!]!, $usage: LicenceUsage!, $period: PeriodInput) {\n    licenceCheck(trackId: $trackId, territories: $territories, usage: $usage, period: $period) {\n      available\n      reasons {\n        side\n        code\n        message\n        territory\n      }\n    }\n  }\n": typeof types.CheckLicenceDocument,
    "\n  query TrainingRuns {\n    trainingRuns(first: 20) {\n      edges {\n        node {\n          id\n          status\n          epoch\n          totalEpochs\n          createdAt\n          activated\n          modelVersion {\n            version\n          }\n        }\n      }\n    }\n  }\n": typeof types.TrainingRunsDocument,
    "\n  query TrainingRunDetail($id: ID!) {\n    trainingRun(id: $id) {\n      id\n      status\n      epoch\n      step\n      totalEpochs\n      error\n      activated\n      objectives\n      leftOut {\n        unit\n        count\n        reason\n        message\n      }\n      activeModelScore\n      newModelScore\n      settings {\n        lambda\n        tauIn\n        tauOut\n        bestEpoch\n        chosen\n        validation {\n          value\n          low\n          high\n        }\n        meanRank {\n          value\n          low\n          high\n        }\n      }\n      modelVersion {\n        id\n        version\n        status\n      }\n      comparison {\n        metric\n        pairs\n        better\n        newModel {\n          value\n          low\n          high\n        }\n        activeModel {\n          value\n          low\n          high\n        }\n        gain {\n          value\n          low\n          high\n        }\n      }\n      losses {\n        step\n        epoch\n        inter\n        intraVideo\n        intraMusic\n        total\n      }\n      validation {\n        epoch\n        score\n        best\n      }\n    }\n  }\n": typeof types.TrainingRunDetailDocument,
    "\n  mutation StartTraining($input: TrainingInput!) {\n    startTraining(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.StartTrainingDocument,
    "\n  mutation CancelTraining($id: ID!) {\n    cancelTraining(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CancelTrainingDocument,
    "\n  query TrainingData($source: String, $split: PairSplit, $after: String) {\n    trainingPairCounts {\n      source\n      split\n      count\n    }\n    videos(first: 20) {\n      edges {\n        node {\n          id\n          title\n          onScreenText\n          captions\n          source\n          durationSec\n          visualFeatures {\n            frames\n          }\n          audioFeatures {\n            frames\n          }\n        }\n      }\n    }\n    trainingPairs(first: 20, source: $source, split: $split, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          source\n          split\n          video {\n            id\n            title\n          }\n          track {\n            id\n            title\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.TrainingDataDocument,
    "\n  mutation AddPairs($pairs: [TrainingPairInput!]!) {\n    addTrainingPairs(pairs: $pairs) {\n      added\n      updated\n      unchanged\n    }\n  }\n": typeof types.AddPairsDocument,
    "\n  mutation RemovePairs($pairs: [TrainingPairRef!]!) {\n    removeTrainingPairs(pairs: $pairs) {\n      removed\n    }\n  }\n": typeof types.RemovePairsDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      role\n      keyName\n    }\n  }\n": types.ViewerDocument,
    "\n  query IngestJobStatus($id: ID!) {\n    ingestJob(id: $id) {\n      id\n      status\n      reason\n      track {\n        id\n        title\n      }\n      video {\n        id\n        title\n      }\n    }\n  }\n": types.IngestJobStatusDocument,
    "\n  query ModelFamiliarity {\n    activeModel {\n      id\n      version\n      audioFrontEnd\n      unfamiliarTracks\n    }\n  }\n": types.ModelFamiliarityDocument,
    "\n  mutation StartAdaptation($input: TrainingInput!) {\n    startTraining(input: $input) {\n      id\n      status\n    }\n  }\n": types.StartAdaptationDocument,
    "\n  query TrackAudit($id: ID!, $after: String) {\n    track(id: $id) {\n      id\n      auditLog(first: 20, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            at\n            entity\n            action\n            source\n            before\n            after\n            apiKey {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TrackAuditDocument,
    "\n  mutation DdexDeals($xml: String!, $side: RightsSide) {\n    importDdexDeals(xml: $xml, side: $side) {\n      releases\n      grantsCreated\n      grantsReplaced\n      unknownIsrcs\n      ignoredUseTypes\n      tracks {\n        id\n        title\n      }\n      takenDown {\n        id\n        title\n      }\n      restored {\n        id\n        title\n      }\n    }\n  }\n": types.DdexDealsDocument,
    "\n  mutation IngestAudio($uploadId: ID!) {\n    ingestAudio(uploadId: $uploadId) {\n      id\n      status\n    }\n  }\n": types.IngestAudioDocument,
    "\n  mutation ActivateRunModel($id: ID!, $force: Boolean!) {\n    activateModel(id: $id, force: $force) {\n      id\n      version\n      status\n    }\n  }\n": types.ActivateRunModelDocument,
    "\n  fragment SearchResultFields on TrackSearchConnection {\n    modelVersion {\n      version\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      score\n      signals {\n        name\n        score\n        rank\n      }\n      explanation {\n        summary\n        signals\n        matchedTags {\n          name\n        }\n        licence {\n          rightsHolder\n          side\n        }\n      }\n      node {\n        id\n        title\n        status\n        bpm\n        artists {\n          name\n        }\n      }\n    }\n  }\n": types.SearchResultFieldsFragmentDoc,
    "\n  mutation AttachTrackAudio($trackId: ID!, $uploadId: ID!) {\n    attachTrackAudio(trackId: $trackId, uploadId: $uploadId) {\n      id\n      status\n    }\n  }\n": types.AttachTrackAudioDocument,
    "\n  query TrackRightsDetail($id: ID!) {\n    track(id: $id) {\n      id\n      restrictions {\n        id\n        side\n        reason\n        territories\n        usages\n        validFrom\n        validUntil\n      }\n      holdings {\n        side\n        share\n        party {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.TrackRightsDetailDocument,
    "\n  mutation CreateRestriction($trackId: ID!, $input: LicenceRestrictionInput!) {\n    createLicenceRestriction(trackId: $trackId, input: $input) {\n      id\n    }\n  }\n": types.CreateRestrictionDocument,
    "\n  mutation DeleteRestriction($id: ID!) {\n    deleteLicenceRestriction(id: $id)\n  }\n": types.DeleteRestrictionDocument,
    "\n  query FindParties($name: String) {\n    rightsParties(name: $name, first: 10) {\n      id\n      name\n    }\n  }\n": types.FindPartiesDocument,
    "\n  mutation CreateParty($name: String!) {\n    createRightsParty(input: { name: $name }) {\n      id\n      name\n    }\n  }\n": types.CreatePartyDocument,
    "\n  mutation SetHoldings($trackId: ID!, $side: RightsSide!, $holdings: [RightsHoldingInput!]!) {\n    setRightsHoldings(trackId: $trackId, side: $side, holdings: $holdings) {\n      share\n    }\n  }\n": types.SetHoldingsDocument,
    "\n  query CatalogTracks($first: Int!, $after: String, $filter: TrackFilter, $orderBy: TrackOrder) {\n    tracks(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          isrc\n          title\n          bpm\n          key\n          mode\n          durationSec\n          releaseDate\n          status\n          artists {\n            name\n          }\n          tagWeights {\n            weight\n            tag {\n              id\n              name\n              category\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CatalogTracksDocument,
    "\n  query CatalogFacets($filter: TrackFilter) {\n    trackFacets(filter: $filter) {\n      tags {\n        count\n        tag {\n          name\n          category\n        }\n      }\n    }\n  }\n": types.CatalogFacetsDocument,
    "\n  mutation BulkSetStatus($id: ID!, $status: TrackStatus!) {\n    updateTrack(id: $id, input: { status: $status }) {\n      id\n      status\n    }\n  }\n": types.BulkSetStatusDocument,
    "\n  mutation BulkSetTags($trackId: ID!, $tags: [TrackTagInput!]!) {\n    setTrackTags(trackId: $trackId, tags: $tags) {\n      id\n    }\n  }\n": types.BulkSetTagsDocument,
    "\n  mutation ImportTracks($format: ImportFormat!, $data: String!, $lenient: Boolean, $dryRun: Boolean) {\n    importTracks(format: $format, data: $data, lenient: $lenient, dryRun: $dryRun) {\n      applied\n      created\n      updated\n      unchanged\n      duplicates\n      rows {\n        line\n        isrc\n        title\n        outcome\n        reason\n      }\n      rejected {\n        line\n        isrc\n        reason\n      }\n    }\n  }\n": types.ImportTracksDocument,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      role\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateKey($name: String!, $role: ApiRole!) {\n    createApiKey(name: $name, role: $role) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n": types.CreateKeyDocument,
    "\n  mutation RevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeKeyDocument,
    "\n  query ModelVersions {\n    activeModel {\n      id\n      version\n    }\n    modelVersions {\n      id\n      version\n      status\n      dim\n      embeddedTracks\n      createdAt\n      activatedAt\n      datasetHash\n      parent {\n        version\n      }\n      validationR10 {\n        value\n        low\n        high\n      }\n    }\n  }\n": types.ModelVersionsDocument,
    "\n  mutation ActivateModel($id: ID!, $force: Boolean!) {\n    activateModel(id: $id, force: $force) {\n      id\n      version\n      status\n    }\n  }\n": types.ActivateModelDocument,
    "\n  mutation RollbackModel {\n    rollbackModel {\n      id\n      version\n    }\n  }\n": types.RollbackModelDocument,
    "\n  query MusicForVideo($video: VideoQuery!, $filter: TrackFilter, $first: Int) {\n    musicForVideo(video: $video, filter: $filter, first: $first) {\n      ...SearchResultFields\n    }\n  }\n": types.MusicForVideoDocument,
    "\n  query MusicLikeUpload($uploadId: ID!, $filter: TrackFilter, $first: Int) {\n    musicLikeUpload(uploadId: $uploadId, filter: $filter, first: $first) {\n      ...SearchResultFields\n    }\n  }\n": types.MusicLikeUploadDocument,
    "\n  query SimilarTracks($trackIds: [ID!]!, $excludeTrackIds: [ID!], $filter: TrackFilter, $first: Int) {\n    similarTracks(trackIds: $trackIds, excludeTrackIds: $excludeTrackIds, filter: $filter, first: $first) {\n      ...SearchResultFields\n    }\n  }\n": types.SimilarTracksDocument,
    "\n  query TextSearch($text: String!, $fusion: FusionInput, $filter: TrackFilter, $first: Int) {\n    searchTracks(text: $text, fusion: $fusion, filter: $filter, first: $first) {\n      ...SearchResultFields\n    }\n  }\n": types.TextSearchDocument,
    "\n  query SearchVideos {\n    videos(first: 50) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.SearchVideosDocument,
    "\n  query PickTracks($text: String) {\n    tracks(first: 10, filter: { text: $text }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.PickTracksDocument,
    "\n  query TrackDetail($id: ID!) {\n    track(id: $id) {\n      id\n      isrc\n      title\n      durationSec\n      bpm\n      key\n      mode\n      hasVocals\n      explicit\n      energy\n      releaseDate\n      language\n      status\n      loudness\n      estimates {\n        field\n        value\n        confidence\n        frontEnd\n      }\n      credits {\n        role\n        position\n        artist {\n          id\n          name\n        }\n      }\n      tagWeights {\n        weight\n        tag {\n          id\n          name\n          category\n        }\n      }\n      licences {\n        id\n        side\n        rightsHolder\n        usages\n        worldwide\n        territoriesAllow\n        territoriesDeny\n        validFrom\n        validUntil\n        priceTier\n        exclusive\n        contentIdRegistered\n      }\n      audioFile {\n        url\n        mime\n        fileName\n      }\n      audioFeatures {\n        kind\n        frames\n        dim\n        dtype\n        source\n        updatedAt\n      }\n      embeddings {\n        state\n        embeddedAt\n        modelVersion {\n          version\n          status\n        }\n      }\n    }\n  }\n": types.TrackDetailDocument,
    "\n  mutation UpdateTrack($id: ID!, $input: UpdateTrackInput!) {\n    updateTrack(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateTrackDocument,
    "\n  mutation DeleteTrack($id: ID!) {\n    deleteTrack(id: $id)\n  }\n": types.DeleteTrackDocument,
    "\n  mutation SetTrackTags($trackId: ID!, $tags: [TrackTagInput!]!) {\n    setTrackTags(trackId: $trackId, tags: $tags) {\n      id\n    }\n  }\n": types.SetTrackTagsDocument,
    "\n  query FindArtists($name: String) {\n    artists(first: 10, name: $name) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.FindArtistsDocument,
    "\n  mutation CreateGrant($trackId: ID!, $input: LicenceTermInput!) {\n    createLicenceTerm(trackId: $trackId, input: $input) {\n      id\n    }\n  }\n": types.CreateGrantDocument,
    "\n  mutation UpdateGrant($id: ID!, $input: LicenceTermInput!) {\n    updateLicenceTerm(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateGrantDocument,
    "\n  mutation DeleteGrant($id: ID!) {\n    deleteLicenceTerm(id: $id)\n  }\n": types.DeleteGrantDocument,
    "\n  query CheckLicence($trackId: ID!, $territories: [String!]!, $usage: LicenceUsage!, $period: PeriodInput) {\n    licenceCheck(trackId: $trackId, territories: $territories, usage: $usage, period: $period) {\n      available\n      reasons {\n        side\n        code\n        message\n        territory\n      }\n    }\n  }\n": types.CheckLicenceDocument,
    "\n  query TrainingRuns {\n    trainingRuns(first: 20) {\n      edges {\n        node {\n          id\n          status\n          epoch\n          totalEpochs\n          createdAt\n          activated\n          modelVersion {\n            version\n          }\n        }\n      }\n    }\n  }\n": types.TrainingRunsDocument,
    "\n  query TrainingRunDetail($id: ID!) {\n    trainingRun(id: $id) {\n      id\n      status\n      epoch\n      step\n      totalEpochs\n      error\n      activated\n      objectives\n      leftOut {\n        unit\n        count\n        reason\n        message\n      }\n      activeModelScore\n      newModelScore\n      settings {\n        lambda\n        tauIn\n        tauOut\n        bestEpoch\n        chosen\n        validation {\n          value\n          low\n          high\n        }\n        meanRank {\n          value\n          low\n          high\n        }\n      }\n      modelVersion {\n        id\n        version\n        status\n      }\n      comparison {\n        metric\n        pairs\n        better\n        newModel {\n          value\n          low\n          high\n        }\n        activeModel {\n          value\n          low\n          high\n        }\n        gain {\n          value\n          low\n          high\n        }\n      }\n      losses {\n        step\n        epoch\n        inter\n        intraVideo\n        intraMusic\n        total\n      }\n      validation {\n        epoch\n        score\n        best\n      }\n    }\n  }\n": types.TrainingRunDetailDocument,
    "\n  mutation StartTraining($input: TrainingInput!) {\n    startTraining(input: $input) {\n      id\n      status\n    }\n  }\n": types.StartTrainingDocument,
    "\n  mutation CancelTraining($id: ID!) {\n    cancelTraining(id: $id) {\n      id\n      status\n    }\n  }\n": types.CancelTrainingDocument,
    "\n  query TrainingData($source: String, $split: PairSplit, $after: String) {\n    trainingPairCounts {\n      source\n      split\n      count\n    }\n    videos(first: 20) {\n      edges {\n        node {\n          id\n          title\n          onScreenText\n          captions\n          source\n          durationSec\n          visualFeatures {\n            frames\n          }\n          audioFeatures {\n            frames\n          }\n        }\n      }\n    }\n    trainingPairs(first: 20, source: $source, split: $split, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          source\n          split\n          video {\n            id\n            title\n          }\n          track {\n            id\n            title\n            status\n          }\n        }\n      }\n    }\n  }\n": types.TrainingDataDocument,
    "\n  mutation AddPairs($pairs: [TrainingPairInput!]!) {\n    addTrainingPairs(pairs: $pairs) {\n      added\n      updated\n      unchanged\n    }\n  }\n": types.AddPairsDocument,
    "\n  mutation RemovePairs($pairs: [TrainingPairRef!]!) {\n    removeTrainingPairs(pairs: $pairs) {\n      removed\n    }\n  }\n": types.RemovePairsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      role\n      keyName\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      role\n      keyName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IngestJobStatus($id: ID!) {\n    ingestJob(id: $id) {\n      id\n      status\n      reason\n      track {\n        id\n        title\n      }\n      video {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query IngestJobStatus($id: ID!) {\n    ingestJob(id: $id) {\n      id\n      status\n      reason\n      track {\n        id\n        title\n      }\n      video {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelFamiliarity {\n    activeModel {\n      id\n      version\n      audioFrontEnd\n      unfamiliarTracks\n    }\n  }\n"): (typeof documents)["\n  query ModelFamiliarity {\n    activeModel {\n      id\n      version\n      audioFrontEnd\n      unfamiliarTracks\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartAdaptation($input: TrainingInput!) {\n    startTraining(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation StartAdaptation($input: TrainingInput!) {\n    startTraining(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackAudit($id: ID!, $after: String) {\n    track(id: $id) {\n      id\n      auditLog(first: 20, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            at\n            entity\n            action\n            source\n            before\n            after\n            apiKey {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrackAudit($id: ID!, $after: String) {\n    track(id: $id) {\n      id\n      auditLog(first: 20, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            at\n            entity\n            action\n            source\n            before\n            after\n            apiKey {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DdexDeals($xml: String!, $side: RightsSide) {\n    importDdexDeals(xml: $xml, side: $side) {\n      releases\n      grantsCreated\n      grantsReplaced\n      unknownIsrcs\n      ignoredUseTypes\n      tracks {\n        id\n        title\n      }\n      takenDown {\n        id\n        title\n      }\n      restored {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DdexDeals($xml: String!, $side: RightsSide) {\n    importDdexDeals(xml: $xml, side: $side) {\n      releases\n      grantsCreated\n      grantsReplaced\n      unknownIsrcs\n      ignoredUseTypes\n      tracks {\n        id\n        title\n      }\n      takenDown {\n        id\n        title\n      }\n      restored {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestAudio($uploadId: ID!) {\n    ingestAudio(uploadId: $uploadId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation IngestAudio($uploadId: ID!) {\n    ingestAudio(uploadId: $uploadId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateRunModel($id: ID!, $force: Boolean!) {\n    activateModel(id: $id, force: $force) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ActivateRunModel($id: ID!, $force: Boolean!) {\n    activateModel(id: $id, force: $force) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SearchResultFields on TrackSearchConnection {\n    modelVersion {\n      version\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      score\n      signals {\n        name\n        score\n        rank\n      }\n      explanation {\n        summary\n        signals\n        matchedTags {\n          name\n        }\n        licence {\n          rightsHolder\n          side\n        }\n      }\n      node {\n        id\n        title\n        status\n        bpm\n        artists {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SearchResultFields on TrackSearchConnection {\n    modelVersion {\n      version\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      score\n      signals {\n        name\n        score\n        rank\n      }\n      explanation {\n        summary\n        signals\n        matchedTags {\n          name\n        }\n        licence {\n          rightsHolder\n          side\n        }\n      }\n      node {\n        id\n        title\n        status\n        bpm\n        artists {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachTrackAudio($trackId: ID!, $uploadId: ID!) {\n    attachTrackAudio(trackId: $trackId, uploadId: $uploadId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AttachTrackAudio($trackId: ID!, $uploadId: ID!) {\n    attachTrackAudio(trackId: $trackId, uploadId: $uploadId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackRightsDetail($id: ID!) {\n    track(id: $id) {\n      id\n      restrictions {\n        id\n        side\n        reason\n        territories\n        usages\n        validFrom\n        validUntil\n      }\n      holdings {\n        side\n        share\n        party {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrackRightsDetail($id: ID!) {\n    track(id: $id) {\n      id\n      restrictions {\n        id\n        side\n        reason\n        territories\n        usages\n        validFrom\n        validUntil\n      }\n      holdings {\n        side\n        share\n        party {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRestriction($trackId: ID!, $input: LicenceRestrictionInput!) {\n    createLicenceRestriction(trackId: $trackId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRestriction($trackId: ID!, $input: LicenceRestrictionInput!) {\n    createLicenceRestriction(trackId: $trackId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRestriction($id: ID!) {\n    deleteLicenceRestriction(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteRestriction($id: ID!) {\n    deleteLicenceRestriction(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindParties($name: String) {\n    rightsParties(name: $name, first: 10) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query FindParties($name: String) {\n    rightsParties(name: $name, first: 10) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateParty($name: String!) {\n    createRightsParty(input: { name: $name }) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateParty($name: String!) {\n    createRightsParty(input: { name: $name }) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetHoldings($trackId: ID!, $side: RightsSide!, $holdings: [RightsHoldingInput!]!) {\n    setRightsHoldings(trackId: $trackId, side: $side, holdings: $holdings) {\n      share\n    }\n  }\n"): (typeof documents)["\n  mutation SetHoldings($trackId: ID!, $side: RightsSide!, $holdings: [RightsHoldingInput!]!) {\n    setRightsHoldings(trackId: $trackId, side: $side, holdings: $holdings) {\n      share\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogTracks($first: Int!, $after: String, $filter: TrackFilter, $orderBy: TrackOrder) {\n    tracks(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          isrc\n          title\n          bpm\n          key\n          mode\n          durationSec\n          releaseDate\n          status\n          artists {\n            name\n          }\n          tagWeights {\n            weight\n            tag {\n              id\n              name\n              category\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogTracks($first: Int!, $after: String, $filter: TrackFilter, $orderBy: TrackOrder) {\n    tracks(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          isrc\n          title\n          bpm\n          key\n          mode\n          durationSec\n          releaseDate\n          status\n          artists {\n            name\n          }\n          tagWeights {\n            weight\n            tag {\n              id\n              name\n              category\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogFacets($filter: TrackFilter) {\n    trackFacets(filter: $filter) {\n      tags {\n        count\n        tag {\n          name\n          category\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogFacets($filter: TrackFilter) {\n    trackFacets(filter: $filter) {\n      tags {\n        count\n        tag {\n          name\n          category\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkSetStatus($id: ID!, $status: TrackStatus!) {\n    updateTrack(id: $id, input: { status: $status }) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation BulkSetStatus($id: ID!, $status: TrackStatus!) {\n    updateTrack(id: $id, input: { status: $status }) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkSetTags($trackId: ID!, $tags: [TrackTagInput!]!) {\n    setTrackTags(trackId: $trackId, tags: $tags) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BulkSetTags($trackId: ID!, $tags: [TrackTagInput!]!) {\n    setTrackTags(trackId: $trackId, tags: $tags) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportTracks($format: ImportFormat!, $data: String!, $lenient: Boolean, $dryRun: Boolean) {\n    importTracks(format: $format, data: $data, lenient: $lenient, dryRun: $dryRun) {\n      applied\n      created\n      updated\n      unchanged\n      duplicates\n      rows {\n        line\n        isrc\n        title\n        outcome\n        reason\n      }\n      rejected {\n        line\n        isrc\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportTracks($format: ImportFormat!, $data: String!, $lenient: Boolean, $dryRun: Boolean) {\n    importTracks(format: $format, data: $data, lenient: $lenient, dryRun: $dryRun) {\n      applied\n      created\n      updated\n      unchanged\n      duplicates\n      rows {\n        line\n        isrc\n        title\n        outcome\n        reason\n      }\n      rejected {\n        line\n        isrc\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      role\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      role\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateKey($name: String!, $role: ApiRole!) {\n    createApiKey(name: $name, role: $role) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateKey($name: String!, $role: ApiRole!) {\n    createApiKey(name: $name, role: $role) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelVersions {\n    activeModel {\n      id\n      version\n    }\n    modelVersions {\n      id\n      version\n      status\n      dim\n      embeddedTracks\n      createdAt\n      activatedAt\n      datasetHash\n      parent {\n        version\n      }\n      validationR10 {\n        value\n        low\n        high\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModelVersions {\n    activeModel {\n      id\n      version\n    }\n    modelVersions {\n      id\n      version\n      status\n      dim\n      embeddedTracks\n      createdAt\n      activatedAt\n      datasetHash\n      parent {\n        version\n      }\n      validationR10 {\n        value\n        low\n        high\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateModel($id: ID!, $force: Boolean!) {\n    activateModel(id: $id, force: $force) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ActivateModel($id: ID!, $force: Boolean!) {\n    activateModel(id: $id, force: $force) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RollbackModel {\n    rollbackModel {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RollbackModel {\n    rollbackModel {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MusicForVideo($video: VideoQuery!, $filter: TrackFilter, $first: Int) {\n    musicForVideo(video: $video, filter: $filter, first: $first) {\n      ...SearchResultFields\n    }\n  }\n"): (typeof documents)["\n  query MusicForVideo($video: VideoQuery!, $filter: TrackFilter, $first: Int) {\n    musicForVideo(video: $video, filter: $filter, first: $first) {\n      ...SearchResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MusicLikeUpload($uploadId: ID!, $filter: TrackFilter, $first: Int) {\n    musicLikeUpload(uploadId: $uploadId, filter: $filter, first: $first) {\n      ...SearchResultFields\n    }\n  }\n"): (typeof documents)["\n  query MusicLikeUpload($uploadId: ID!, $filter: TrackFilter, $first: Int) {\n    musicLikeUpload(uploadId: $uploadId, filter: $filter, first: $first) {\n      ...SearchResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarTracks($trackIds: [ID!]!, $excludeTrackIds: [ID!], $filter: TrackFilter, $first: Int) {\n    similarTracks(trackIds: $trackIds, excludeTrackIds: $excludeTrackIds, filter: $filter, first: $first) {\n      ...SearchResultFields\n    }\n  }\n"): (typeof documents)["\n  query SimilarTracks($trackIds: [ID!]!, $excludeTrackIds: [ID!], $filter: TrackFilter, $first: Int) {\n    similarTracks(trackIds: $trackIds, excludeTrackIds: $excludeTrackIds, filter: $filter, first: $first) {\n      ...SearchResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TextSearch($text: String!, $fusion: FusionInput, $filter: TrackFilter, $first: Int) {\n    searchTracks(text: $text, fusion: $fusion, filter: $filter, first: $first) {\n      ...SearchResultFields\n    }\n  }\n"): (typeof documents)["\n  query TextSearch($text: String!, $fusion: FusionInput, $filter: TrackFilter, $first: Int) {\n    searchTracks(text: $text, fusion: $fusion, filter: $filter, first: $first) {\n      ...SearchResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchVideos {\n    videos(first: 50) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchVideos {\n    videos(first: 50) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickTracks($text: String) {\n    tracks(first: 10, filter: { text: $text }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PickTracks($text: String) {\n    tracks(first: 10, filter: { text: $text }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackDetail($id: ID!) {\n    track(id: $id) {\n      id\n      isrc\n      title\n      durationSec\n      bpm\n      key\n      mode\n      hasVocals\n      explicit\n      energy\n      releaseDate\n      language\n      status\n      loudness\n      estimates {\n        field\n        value\n        confidence\n        frontEnd\n      }\n      credits {\n        role\n        position\n        artist {\n          id\n          name\n        }\n      }\n      tagWeights {\n        weight\n        tag {\n          id\n          name\n          category\n        }\n      }\n      licences {\n        id\n        side\n        rightsHolder\n        usages\n        worldwide\n        territoriesAllow\n        territoriesDeny\n        validFrom\n        validUntil\n        priceTier\n        exclusive\n        contentIdRegistered\n      }\n      audioFile {\n        url\n        mime\n        fileName\n      }\n      audioFeatures {\n        kind\n        frames\n        dim\n        dtype\n        source\n        updatedAt\n      }\n      embeddings {\n        state\n        embeddedAt\n        modelVersion {\n          version\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrackDetail($id: ID!) {\n    track(id: $id) {\n      id\n      isrc\n      title\n      durationSec\n      bpm\n      key\n      mode\n      hasVocals\n      explicit\n      energy\n      releaseDate\n      language\n      status\n      loudness\n      estimates {\n        field\n        value\n        confidence\n        frontEnd\n      }\n      credits {\n        role\n        position\n        artist {\n          id\n          name\n        }\n      }\n      tagWeights {\n        weight\n        tag {\n          id\n          name\n          category\n        }\n      }\n      licences {\n        id\n        side\n        rightsHolder\n        usages\n        worldwide\n        territoriesAllow\n        territoriesDeny\n        validFrom\n        validUntil\n        priceTier\n        exclusive\n        contentIdRegistered\n      }\n      audioFile {\n        url\n        mime\n        fileName\n      }\n      audioFeatures {\n        kind\n        frames\n        dim\n        dtype\n        source\n        updatedAt\n      }\n      embeddings {\n        state\n        embeddedAt\n        modelVersion {\n          version\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTrack($id: ID!, $input: UpdateTrackInput!) {\n    updateTrack(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTrack($id: ID!, $input: UpdateTrackInput!) {\n    updateTrack(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTrack($id: ID!) {\n    deleteTrack(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteTrack($id: ID!) {\n    deleteTrack(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTrackTags($trackId: ID!, $tags: [TrackTagInput!]!) {\n    setTrackTags(trackId: $trackId, tags: $tags) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetTrackTags($trackId: ID!, $tags: [TrackTagInput!]!) {\n    setTrackTags(trackId: $trackId, tags: $tags) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindArtists($name: String) {\n    artists(first: 10, name: $name) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindArtists($name: String) {\n    artists(first: 10, name: $name) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGrant($trackId: ID!, $input: LicenceTermInput!) {\n    createLicenceTerm(trackId: $trackId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGrant($trackId: ID!, $input: LicenceTermInput!) {\n    createLicenceTerm(trackId: $trackId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGrant($id: ID!, $input: LicenceTermInput!) {\n    updateLicenceTerm(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGrant($id: ID!, $input: LicenceTermInput!) {\n    updateLicenceTerm(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGrant($id: ID!) {\n    deleteLicenceTerm(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteGrant($id: ID!) {\n    deleteLicenceTerm(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckLicence($trackId: ID!, $territories: [String!]!, $usage: LicenceUsage!, $period: PeriodInput) {\n    licenceCheck(trackId: $trackId, territories: $territories, usage: $usage, period: $period) {\n      available\n      reasons {\n        side\n        code\n        message\n        territory\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckLicence($trackId: ID!, $territories: [String!]!, $usage: LicenceUsage!, $period: PeriodInput) {\n    licenceCheck(trackId: $trackId, territories: $territories, usage: $usage, period: $period) {\n      available\n      reasons {\n        side\n        code\n        message\n        territory\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingRuns {\n    trainingRuns(first: 20) {\n      edges {\n        node {\n          id\n          status\n          epoch\n          totalEpochs\n          createdAt\n          activated\n          modelVersion {\n            version\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingRuns {\n    trainingRuns(first: 20) {\n      edges {\n        node {\n          id\n          status\n          epoch\n          totalEpochs\n          createdAt\n          activated\n          modelVersion {\n            version\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingRunDetail($id: ID!) {\n    trainingRun(id: $id) {\n      id\n      status\n      epoch\n      step\n      totalEpochs\n      error\n      activated\n      objectives\n      leftOut {\n        unit\n        count\n        reason\n        message\n      }\n      activeModelScore\n      newModelScore\n      settings {\n        lambda\n        tauIn\n        tauOut\n        bestEpoch\n        chosen\n        validation {\n          value\n          low\n          high\n        }\n        meanRank {\n          value\n          low\n          high\n        }\n      }\n      modelVersion {\n        id\n        version\n        status\n      }\n      comparison {\n        metric\n        pairs\n        better\n        newModel {\n          value\n          low\n          high\n        }\n        activeModel {\n          value\n          low\n          high\n        }\n        gain {\n          value\n          low\n          high\n        }\n      }\n      losses {\n        step\n        epoch\n        inter\n        intraVideo\n        intraMusic\n        total\n      }\n      validation {\n        epoch\n        score\n        best\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingRunDetail($id: ID!) {\n    trainingRun(id: $id) {\n      id\n      status\n      epoch\n      step\n      totalEpochs\n      error\n      activated\n      objectives\n      leftOut {\n        unit\n        count\n        reason\n        message\n      }\n      activeModelScore\n      newModelScore\n      settings {\n        lambda\n        tauIn\n        tauOut\n        bestEpoch\n        chosen\n        validation {\n          value\n          low\n          high\n        }\n        meanRank {\n          value\n          low\n          high\n        }\n      }\n      modelVersion {\n        id\n        version\n        status\n      }\n      comparison {\n        metric\n        pairs\n        better\n        newModel {\n          value\n          low\n          high\n        }\n        activeModel {\n          value\n          low\n          high\n        }\n        gain {\n          value\n          low\n          high\n        }\n      }\n      losses {\n        step\n        epoch\n        inter\n        intraVideo\n        intraMusic\n        total\n      }\n      validation {\n        epoch\n        score\n        best\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTraining($input: TrainingInput!) {\n    startTraining(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation StartTraining($input: TrainingInput!) {\n    startTraining(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTraining($id: ID!) {\n    cancelTraining(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelTraining($id: ID!) {\n    cancelTraining(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingData($source: String, $split: PairSplit, $after: String) {\n    trainingPairCounts {\n      source\n      split\n      count\n    }\n    videos(first: 20) {\n      edges {\n        node {\n          id\n          title\n          onScreenText\n          captions\n          source\n          durationSec\n          visualFeatures {\n            frames\n          }\n          audioFeatures {\n            frames\n          }\n        }\n      }\n    }\n    trainingPairs(first: 20, source: $source, split: $split, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          source\n          split\n          video {\n            id\n            title\n          }\n          track {\n            id\n            title\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingData($source: String, $split: PairSplit, $after: String) {\n    trainingPairCounts {\n      source\n      split\n      count\n    }\n    videos(first: 20) {\n      edges {\n        node {\n          id\n          title\n          onScreenText\n          captions\n          source\n          durationSec\n          visualFeatures {\n            frames\n          }\n          audioFeatures {\n            frames\n          }\n        }\n      }\n    }\n    trainingPairs(first: 20, source: $source, split: $split, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          source\n          split\n          video {\n            id\n            title\n          }\n          track {\n            id\n            title\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPairs($pairs: [TrainingPairInput!]!) {\n    addTrainingPairs(pairs: $pairs) {\n      added\n      updated\n      unchanged\n    }\n  }\n"): (typeof documents)["\n  mutation AddPairs($pairs: [TrainingPairInput!]!) {\n    addTrainingPairs(pairs: $pairs) {\n      added\n      updated\n      unchanged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePairs($pairs: [TrainingPairRef!]!) {\n    removeTrainingPairs(pairs: $pairs) {\n      removed\n    }\n  }\n"): (typeof documents)["\n  mutation RemovePairs($pairs: [TrainingPairRef!]!) {\n    removeTrainingPairs(pairs: $pairs) {\n      removed\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;