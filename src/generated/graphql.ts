import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Track as TrackRow, Artist as ArtistRow, Tag as TagRow, LicenceTerm as LicenceTermRow, Video as VideoRow, ApiKey as ApiKeyRow, ModelVersion as ModelVersionRow, TrainingRun as TrainingRunRow, VideoMusicPair as TrainingPairRow } from '../generated/prisma/client.js';
import type { LicenceCheck as LicenceCheckResult, LicenceReason as LicenceReasonResult } from '../catalog/rights/licence-check.js';
import type { ArtistCreditParent, TagWeightParent, ConnectionParent, EdgeParent } from '../graphql/mapper-types.js';
import type { SearchConnection, SearchEdge, SearchExplanation as SearchExplanationParent, SearchFacetsParent, TagFacetParent } from '../search/search-result.js';
import type { FeatureInfoRow } from '../graphql/loaders.js';
import type { TrackEmbeddingStatus as TrackEmbeddingStatusParent } from '../catalog/track-media.js';
import type { LossPointParent, EpochValidationParent } from '../jobs/training-views.js';
import type { GraphQLContext } from '../graphql/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: Date; output: Date; }
  /** An ISO 8601 timestamp, e.g. 2026-11-27T14:05:00.000Z. */
  DateTime: { input: Date; output: Date; }
};

export type ApiKey = Node & {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The key's public prefix, for telling keys apart; the secret is never shown again. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  role: ApiRole;
};

export type ApiRole =
  | 'ADMIN'
  | 'EDITOR'
  | 'VIEWER';

export type Artist = Node & {
  __typename?: 'Artist';
  /** ISO 3166-1 alpha-2. */
  country?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  tracks: TrackConnection;
};


export type ArtistTracksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ArtistConnection = {
  __typename?: 'ArtistConnection';
  edges: Array<ArtistEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ArtistCredit = {
  __typename?: 'ArtistCredit';
  artist: Artist;
  position: Scalars['Int']['output'];
  role: ArtistRole;
};

export type ArtistCreditInput = {
  artistId: Scalars['ID']['input'];
  role?: InputMaybe<ArtistRole>;
};

export type ArtistEdge = {
  __typename?: 'ArtistEdge';
  cursor: Scalars['String']['output'];
  node: Artist;
};

export type ArtistInput = {
  country?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type ArtistRole =
  | 'COMPOSER'
  | 'FEATURED'
  | 'PRIMARY'
  | 'PRODUCER'
  | 'REMIXER';

export type CreateTagInput = {
  category: TagCategory;
  name: Scalars['String']['input'];
};

export type CreateTrackInput = {
  bpm?: InputMaybe<Scalars['Float']['input']>;
  credits?: InputMaybe<Array<ArtistCreditInput>>;
  durationSec: Scalars['Float']['input'];
  energy?: InputMaybe<Scalars['Float']['input']>;
  explicit?: InputMaybe<Scalars['Boolean']['input']>;
  hasVocals?: InputMaybe<Scalars['Boolean']['input']>;
  isrc: Scalars['String']['input'];
  key?: InputMaybe<Scalars['String']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  mode?: InputMaybe<KeyMode>;
  releaseDate?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<TrackStatus>;
  tags?: InputMaybe<Array<TrackTagInput>>;
  title: Scalars['String']['input'];
};

export type CreateVideoInput = {
  /** Per-second features of the video's own audio track, 128-d. */
  audio?: InputMaybe<FeatureInput>;
  captions?: InputMaybe<Scalars['String']['input']>;
  durationSec?: InputMaybe<Scalars['Float']['input']>;
  /** An id in an outside system; unique. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  onScreenText?: InputMaybe<Scalars['String']['input']>;
  /** Where it came from (default api). */
  source?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  /** Per-second visual features, 1024-d. */
  visual?: InputMaybe<FeatureInput>;
};

export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  apiKey: ApiKey;
  /** The full key. Shown once; only its hash is stored. */
  secret: Scalars['String']['output'];
};

export type DirectionMetrics = {
  __typename?: 'DirectionMetrics';
  meanRank: Scalars['Float']['output'];
  medianRank: Scalars['Float']['output'];
  r1: Scalars['Float']['output'];
  r5: Scalars['Float']['output'];
  r10: Scalars['Float']['output'];
  r25: Scalars['Float']['output'];
  r50: Scalars['Float']['output'];
};

export type Divergence =
  | 'KL'
  | 'MSE';

export type EmbeddingState =
  /** Embedded: the track is searchable under this version. */
  | 'EMBEDDED'
  /** No audio features: nothing to embed. */
  | 'NO_FEATURES'
  /** Has features, not yet embedded under this version (a backfill or training job will). */
  | 'PENDING';

export type EpochValidation = {
  __typename?: 'EpochValidation';
  best: Scalars['Boolean']['output'];
  epoch: Scalars['Int']['output'];
  metrics: RetrievalMetrics;
  /** The early-stopping score (validation recall). */
  score: Scalars['Float']['output'];
  step: Scalars['Int']['output'];
  /** Mean training loss over the epoch. */
  trainLoss: LossPoint;
};

export type FeatureDtype =
  /** Little-endian IEEE 754 float32 values. */
  | 'FLOAT32'
  /** YouTube-8M quantised bytes, dequantised as q*(4/255) + 4/512 - 2. */
  | 'UINT8';

/** What a stored feature sequence holds (the data itself is not returned). */
export type FeatureInfo = {
  __typename?: 'FeatureInfo';
  dim: Scalars['Int']['output'];
  dtype: FeatureDtype;
  frames: Scalars['Int']['output'];
  kind: FeatureKind;
  /** Who computed it: api (sent through the API), dataset, yt8m, demo, or a media front end. */
  source: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** Per-second features, frames x dim, row-major, base64-encoded. */
export type FeatureInput = {
  data: Scalars['String']['input'];
  dim: Scalars['Int']['input'];
  dtype?: InputMaybe<FeatureDtype>;
  frames: Scalars['Int']['input'];
};

export type FeatureKind =
  | 'AUDIO'
  | 'VISUAL';

export type FloatRange = {
  max?: InputMaybe<Scalars['Float']['input']>;
  min?: InputMaybe<Scalars['Float']['input']>;
};

/** How searchTracks combines full-text and learned similarity. Defaults: RRF, k = 60, weights 1 and 1. */
export type FusionInput = {
  method?: InputMaybe<FusionMethod>;
  rrfK?: InputMaybe<Scalars['Int']['input']>;
  semanticWeight?: InputMaybe<Scalars['Float']['input']>;
  textWeight?: InputMaybe<Scalars['Float']['input']>;
};

export type FusionMethod =
  /** Relative score fusion: sum of weight x min-max-normalised score. */
  | 'RELATIVE_SCORE'
  /** Reciprocal rank fusion: sum of weight / (k + rank). */
  | 'RRF';

export type ImportFormat =
  /** A header row, then one track per row; list cells separated by `;`. */
  | 'CSV'
  /** One JSON object per line. */
  | 'JSONL';

export type ImportRejection = {
  __typename?: 'ImportRejection';
  isrc?: Maybe<Scalars['String']['output']>;
  /** 1-based line (JSONL) or row (CSV, header excluded) of the input. */
  line: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

/**
 * The outcome of an import. When any row is rejected nothing is written (`applied: false`);
 * otherwise every row is, in one transaction.
 */
export type ImportReport = {
  __typename?: 'ImportReport';
  applied: Scalars['Boolean']['output'];
  created: Scalars['Int']['output'];
  /** Rows whose ISRC appeared earlier in the same input. */
  duplicates: Scalars['Int']['output'];
  rejected: Array<ImportRejection>;
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

export type IntRange = {
  max?: InputMaybe<Scalars['Int']['input']>;
  min?: InputMaybe<Scalars['Int']['input']>;
};

export type KeyMode =
  | 'MAJOR'
  | 'MINOR';

export type LicenceCheck = {
  __typename?: 'LicenceCheck';
  available: Scalars['Boolean']['output'];
  /** Where available, the terms that clear each territory and side; where not, every failure. */
  reasons: Array<LicenceReason>;
};

/**
 * A use to clear. A track qualifies when its master side and its publishing side are both
 * cleared: each has a term (on that side, or BOTH) that grants the usage or a usage above it,
 * covers the territory (worldwide or allow-listed, and not denied) and is valid on `at`
 * (inclusive; default today, UTC), within the price tier, and (contentIdSafe) not registered with
 * Content ID. See docs/rights.md.
 */
export type LicenceFilter = {
  at?: InputMaybe<Scalars['Date']['input']>;
  contentIdSafe?: InputMaybe<Scalars['Boolean']['input']>;
  maxPriceTier?: InputMaybe<Scalars['Int']['input']>;
  /** ISO 3166-1 alpha-2, e.g. US. */
  territory: Scalars['String']['input'];
  usage: LicenceUsage;
};

export type LicenceReason = {
  __typename?: 'LicenceReason';
  code: LicenceReasonCode;
  message: Scalars['String']['output'];
  /** MASTER or PUBLISHING. */
  side: RightsSide;
  /** The term the reason is about (null for NO_TERM and RESTRICTED). */
  term?: Maybe<LicenceTerm>;
  territory: Scalars['String']['output'];
};

export type LicenceReasonCode =
  /** A term that clears this side in this territory for the whole period. */
  | 'CLEARED_BY'
  /** contentIdSafe was asked and the term is registered with Content ID. */
  | 'CONTENT_ID_REGISTERED'
  /** The side has no term at all. */
  | 'NO_TERM'
  /** The term's validity window does not cover the whole period. */
  | 'OUTSIDE_WINDOW'
  /** The term's price tier is above maxPriceTier. */
  | 'PRICE_TIER_TOO_HIGH'
  /** A restriction applies in the territory during the period: it wins over every grant. */
  | 'RESTRICTED'
  /** The term's deny list names the territory. */
  | 'TERRITORY_EXCLUDED'
  /** The term neither is worldwide nor lists the territory. */
  | 'TERRITORY_NOT_COVERED'
  /** The term does not grant the usage or a usage above it. */
  | 'USAGE_NOT_GRANTED';

/**
 * One licence deal for a track. A use is allowed when the usage is listed, the territory is
 * covered (worldwide, or in the allow list, and never in the deny list) and the date lies in
 * the validity window (inclusive; an open end means no limit).
 */
export type LicenceTerm = Node & {
  __typename?: 'LicenceTerm';
  contentIdRegistered: Scalars['Boolean']['output'];
  exclusive: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** 1 (cheapest) to 5. */
  priceTier: Scalars['Int']['output'];
  rightsHolder: Scalars['String']['output'];
  /** Which side of the recording's rights this term clears (BOTH for terms made before sides). */
  side: RightsSide;
  territoriesAllow: Array<Scalars['String']['output']>;
  territoriesDeny: Array<Scalars['String']['output']>;
  track: Track;
  usages: Array<LicenceUsage>;
  validFrom?: Maybe<Scalars['Date']['output']>;
  validUntil?: Maybe<Scalars['Date']['output']>;
  worldwide: Scalars['Boolean']['output'];
};

export type LicenceTermInput = {
  contentIdRegistered?: InputMaybe<Scalars['Boolean']['input']>;
  exclusive?: InputMaybe<Scalars['Boolean']['input']>;
  priceTier?: InputMaybe<Scalars['Int']['input']>;
  rightsHolder: Scalars['String']['input'];
  /** The side this term clears. Omitted: BOTH on create, unchanged on update. */
  side?: InputMaybe<RightsSide>;
  territoriesAllow?: InputMaybe<Array<Scalars['String']['input']>>;
  territoriesDeny?: InputMaybe<Array<Scalars['String']['input']>>;
  usages: Array<LicenceUsage>;
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validUntil?: InputMaybe<Scalars['Date']['input']>;
  /** Worldwide (minus territoriesDeny). Mutually exclusive with territoriesAllow. */
  worldwide?: InputMaybe<Scalars['Boolean']['input']>;
};

/**
 * Usages form a tree (docs/rights.md): a grant of a usage covers the usages below it.
 * ONLINE_VIDEO covers SOCIAL and PODCAST_VIDEO; ADVERTISING covers ADVERTISING_ONLINE and
 * ADVERTISING_BROADCAST.
 */
export type LicenceUsage =
  /** Advertising in any medium (DDEX DubForAdvertisement). Covers ADVERTISING_ONLINE and ADVERTISING_BROADCAST. */
  | 'ADVERTISING'
  /** TV, radio and cinema advertising, under ADVERTISING. */
  | 'ADVERTISING_BROADCAST'
  /** Paid online advertising, under ADVERTISING. */
  | 'ADVERTISING_ONLINE'
  /** TV and radio programmes (DDEX DubForTV, DubForRadio). */
  | 'BROADCAST'
  /** Films (DDEX DubForMovies). */
  | 'FILM'
  /** Video games (no DDEX use type). */
  | 'GAME'
  /** Online video platforms (DDEX UserMakeAvailableUserProvided). Covers SOCIAL and PODCAST_VIDEO. */
  | 'ONLINE_VIDEO'
  /** Audio podcasts (no DDEX use type). */
  | 'PODCAST'
  /** Video podcasts, under ONLINE_VIDEO. */
  | 'PODCAST_VIDEO'
  /** Social media video (DDEX UserMakeAvailableUserProvided). */
  | 'SOCIAL';

export type LossPoint = {
  __typename?: 'LossPoint';
  epoch: Scalars['Int']['output'];
  inter: Scalars['Float']['output'];
  intraMusic: Scalars['Float']['output'];
  intraVideo: Scalars['Float']['output'];
  step: Scalars['Int']['output'];
  total: Scalars['Float']['output'];
};

/** A metric with its 95% bootstrap confidence interval over the validation queries. */
export type MetricEstimate = {
  __typename?: 'MetricEstimate';
  high: Scalars['Float']['output'];
  low: Scalars['Float']['output'];
  value: Scalars['Float']['output'];
};

/**
 * The new model against the model that was active, on the same held-out pairs: video -> music
 * R@10 of each, and the paired bootstrap interval of the gain (new minus active).
 */
export type ModelComparison = {
  __typename?: 'ModelComparison';
  activeModel?: Maybe<MetricEstimate>;
  /** Whether the whole interval of the gain lies above 0. */
  better: Scalars['Boolean']['output'];
  gain?: Maybe<MetricEstimate>;
  metric: Scalars['String']['output'];
  newModel: MetricEstimate;
  pairs: Scalars['Int']['output'];
};

/** A trained model: its encoders, manifest and validation metrics. One version is ACTIVE. */
export type ModelVersion = Node & {
  __typename?: 'ModelVersion';
  activatedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  datasetHash?: Maybe<Scalars['String']['output']>;
  dim: Scalars['Int']['output'];
  /** Tracks embedded under this version (0 once retention has pruned a retired version). */
  embeddedTracks: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Validation metrics as JSON, one shape for every version: { validation: { pairs, v2m, m2v, ... } }. */
  metrics?: Maybe<Scalars['String']['output']>;
  /** The version that was active when this one was trained. */
  parent?: Maybe<ModelVersion>;
  /** READY, ACTIVE, RETIRED or FAILED. */
  status: Scalars['String']['output'];
  /** Validation video -> music R@10 with its bootstrap interval, when recorded. */
  validationR10?: Maybe<MetricEstimate>;
  version: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * ADMIN only. Makes a version active (it must have embeddings); searches switch atomically.
   * A version that scored worse than the active one on validation is refused (CONFLICT, with the
   * scores) unless `force: true`.
   */
  activateModel: ModelVersion;
  /**
   * EDITOR. Adds training pairs, idempotently (an existing pair takes the given source and split).
   * All-or-nothing: one bad pair (unknown id, a video without visual features, a track without
   * audio features) rejects the call and writes nothing. At most 10,000 pairs a call.
   */
  addTrainingPairs: TrainingPairsReport;
  /** ADMIN only. Stops a run within seconds; whatever it had made is removed. */
  cancelTraining: TrainingRun;
  /** EDITOR. Removes the track's music features and its embeddings: it leaves vector search. */
  clearTrackAudioFeatures: Track;
  /** ADMIN only. */
  createApiKey: CreatedApiKey;
  createArtist: Artist;
  createLicenceTerm: LicenceTerm;
  createTag: Tag;
  createTrack: Track;
  /** EDITOR. A reference video with its text cues and features. */
  createVideo: Video;
  deleteArtist: Scalars['ID']['output'];
  deleteLicenceTerm: Scalars['ID']['output'];
  deleteTag: Scalars['ID']['output'];
  /** Deletes the track with its credits, tags, licences, features and embeddings. Returns the id. */
  deleteTrack: Scalars['ID']['output'];
  /** EDITOR. Deletes the video with its features and training pairs. Returns the id. */
  deleteVideo: Scalars['ID']['output'];
  /**
   * Bulk upsert by ISRC; all-or-nothing per call. See ImportReport. Unknown CSV columns or JSONL
   * keys refuse the whole import (BAD_USER_INPUT naming them) unless `lenient`, which ignores them.
   */
  importTracks: ImportReport;
  /** EDITOR. Removes pairs; unknown pairs are counted as unchanged. All-or-nothing. */
  removeTrainingPairs: TrainingPairsReport;
  /** ADMIN only. */
  revokeApiKey: ApiKey;
  /** ADMIN only. Re-activates the version that was active before the current one. */
  rollbackModel: ModelVersion;
  /**
   * EDITOR. Stores the track's per-second music features (128-d, at most 3,600 frames; the same
   * input as musicForVideo's features) and embeds the track at once under the active version and
   * under any version a running training job is embedding. Replaces earlier features.
   */
  setTrackAudioFeatures: Track;
  /** Replaces the track's tags. */
  setTrackTags: Track;
  /** ADMIN only. Queues a training run; CONFLICT (with extensions.runningRunId) while another is queued or running. */
  startTraining: TrainingRun;
  updateArtist: Artist;
  updateLicenceTerm: LicenceTerm;
  updateTag: Tag;
  updateTrack: Track;
  /** EDITOR. Fields left out stay unchanged; an explicit null clears a cue or a feature track. */
  updateVideo: Video;
};


export type MutationActivateModelArgs = {
  force?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationAddTrainingPairsArgs = {
  pairs: Array<TrainingPairInput>;
};


export type MutationCancelTrainingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationClearTrackAudioFeaturesArgs = {
  trackId: Scalars['ID']['input'];
};


export type MutationCreateApiKeyArgs = {
  name: Scalars['String']['input'];
  role: ApiRole;
};


export type MutationCreateArtistArgs = {
  input: ArtistInput;
};


export type MutationCreateLicenceTermArgs = {
  input: LicenceTermInput;
  trackId: Scalars['ID']['input'];
};


export type MutationCreateTagArgs = {
  input: CreateTagInput;
};


export type MutationCreateTrackArgs = {
  input: CreateTrackInput;
};


export type MutationCreateVideoArgs = {
  input: CreateVideoInput;
};


export type MutationDeleteArtistArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteLicenceTermArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTagArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTrackArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteVideoArgs = {
  id: Scalars['ID']['input'];
};


export type MutationImportTracksArgs = {
  data: Scalars['String']['input'];
  format: ImportFormat;
  lenient?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationRemoveTrainingPairsArgs = {
  pairs: Array<TrainingPairRef>;
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetTrackAudioFeaturesArgs = {
  features: FeatureInput;
  trackId: Scalars['ID']['input'];
};


export type MutationSetTrackTagsArgs = {
  tags: Array<TrackTagInput>;
  trackId: Scalars['ID']['input'];
};


export type MutationStartTrainingArgs = {
  input: TrainingInput;
};


export type MutationUpdateArtistArgs = {
  id: Scalars['ID']['input'];
  input: ArtistInput;
};


export type MutationUpdateLicenceTermArgs = {
  id: Scalars['ID']['input'];
  input: LicenceTermInput;
};


export type MutationUpdateTagArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTagInput;
};


export type MutationUpdateTrackArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTrackInput;
};


export type MutationUpdateVideoArgs = {
  id: Scalars['ID']['input'];
  input: UpdateVideoInput;
};

/** An object with a global id, fetchable with `node(id:)`. */
export type Node = {
  id: Scalars['ID']['output'];
};

export type OrderDirection =
  | 'ASC'
  | 'DESC';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PairSplit =
  | 'TEST'
  | 'TRAIN'
  | 'VALIDATION';

/** An inclusive period of days. */
export type PeriodInput = {
  from: Scalars['Date']['input'];
  until: Scalars['Date']['input'];
};

export type Query = {
  __typename?: 'Query';
  activeModel?: Maybe<ModelVersion>;
  /** ADMIN only. */
  apiKeys: Array<ApiKey>;
  artist?: Maybe<Artist>;
  artists: ArtistConnection;
  /**
   * Is the track cleared for this use in every territory over the whole period (default today), and
   * why. Both sides must clear each territory (docs/rights.md). Anyone may ask about a track they
   * can see.
   */
  licenceCheck: LicenceCheck;
  modelVersions: Array<ModelVersion>;
  /** Music that fits a video. `first` defaults to 10 (max 100). */
  musicForVideo: TrackSearchConnection;
  node?: Maybe<Node>;
  /** Full-text search over title, artists and tags, fused with the text encoder's similarity. */
  searchTracks: TrackSearchConnection;
  /** Tracks like the seed tracks (the seeds themselves and excludeTrackIds are left out). */
  similarTracks: TrackSearchConnection;
  tags: Array<Tag>;
  track?: Maybe<Track>;
  /** `first` defaults to 20 and is capped at 100. */
  tracks: TrackConnection;
  /** Pair counts per source and split. Any API key. */
  trainingPairCounts: Array<TrainingPairCount>;
  /** Training pairs, oldest first, optionally of one source and split. Any API key. */
  trainingPairs: TrainingPairConnection;
  /** Any API key. Poll it (e.g. every 2 s, with losses(sinceStep:)) to draw live loss curves. */
  trainingRun?: Maybe<TrainingRun>;
  /** Any API key. Newest first. */
  trainingRuns: TrainingRunConnection;
  video?: Maybe<Video>;
  videos: VideoConnection;
  viewer: Viewer;
};


export type QueryArtistArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArtistsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryLicenceCheckArgs = {
  contentIdSafe?: InputMaybe<Scalars['Boolean']['input']>;
  maxPriceTier?: InputMaybe<Scalars['Int']['input']>;
  period?: InputMaybe<PeriodInput>;
  territories: Array<Scalars['String']['input']>;
  trackId: Scalars['ID']['input'];
  usage: LicenceUsage;
};


export type QueryMusicForVideoArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TrackFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  video: VideoQuery;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySearchTracksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TrackFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fusion?: InputMaybe<FusionInput>;
  text: Scalars['String']['input'];
};


export type QuerySimilarTracksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  excludeTrackIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  filter?: InputMaybe<TrackFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  trackIds: Array<Scalars['ID']['input']>;
};


export type QueryTagsArgs = {
  category?: InputMaybe<TagCategory>;
};


export type QueryTrackArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTracksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TrackFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TrackOrder>;
};


export type QueryTrainingPairsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  split?: InputMaybe<PairSplit>;
};


export type QueryTrainingRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTrainingRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVideoArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVideosArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};

export type RangeBucket = {
  __typename?: 'RangeBucket';
  count: Scalars['Int']['output'];
  max: Scalars['Float']['output'];
  min: Scalars['Float']['output'];
};

export type RetrievalMetrics = {
  __typename?: 'RetrievalMetrics';
  /** music -> video */
  m2v: DirectionMetrics;
  pairs: Scalars['Int']['output'];
  /** video -> music */
  v2m: DirectionMetrics;
};

/**
 * The two sides of a recording's rights. A use is cleared only when the master (recording) side and
 * the publishing (composition) side both allow it; a BOTH term clears both (docs/rights.md).
 */
export type RightsSide =
  | 'BOTH'
  | 'MASTER'
  | 'PUBLISHING';

export type SearchExplanation = {
  __typename?: 'SearchExplanation';
  /** The licence term that qualified the track for the licence filter, if one was given. */
  licence?: Maybe<LicenceTerm>;
  /** Tags of the track that the query or filter asked for. */
  matchedTags: Array<Tag>;
  /** The signals that contributed, e.g. [VECTOR] or [TEXT, VECTOR]. */
  signals: Array<Scalars['String']['output']>;
  summary: Scalars['String']['output'];
};

/** Counts over every track that passes the filters (not only the page). */
export type SearchFacets = {
  __typename?: 'SearchFacets';
  bpm: Array<RangeBucket>;
  durationSec: Array<RangeBucket>;
  tags: Array<TagFacet>;
};


/** Counts over every track that passes the filters (not only the page). */
export type SearchFacetsTagsArgs = {
  category?: InputMaybe<TagCategory>;
};

/** One signal's contribution to a search result. */
export type SearchSignal = {
  __typename?: 'SearchSignal';
  /** VECTOR (learned similarity), TEXT (full-text match) or FUSED. */
  name: Scalars['String']['output'];
  /** 1-based rank within this signal's own list, when it has one. */
  rank?: Maybe<Scalars['Int']['output']>;
  score: Scalars['Float']['output'];
};

export type Tag = Node & {
  __typename?: 'Tag';
  category: TagCategory;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Tracks carrying this tag that the caller may see. */
  trackCount: Scalars['Int']['output'];
};

export type TagCategory =
  | 'ENERGY'
  | 'ERA'
  | 'GENRE'
  | 'INSTRUMENT'
  | 'MOOD'
  | 'THEME';

export type TagFacet = {
  __typename?: 'TagFacet';
  count: Scalars['Int']['output'];
  tag: Tag;
};

/**
 * Tags by name (case-insensitive, any category) or by global id. `any`: at least one;
 * `all`: every one; `none`: not one.
 */
export type TagFilter = {
  all?: InputMaybe<Array<Scalars['String']['input']>>;
  any?: InputMaybe<Array<Scalars['String']['input']>>;
  none?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type TagWeight = {
  __typename?: 'TagWeight';
  tag: Tag;
  weight: Scalars['Float']['output'];
};

export type Track = Node & {
  __typename?: 'Track';
  /** Credited artists in credit order (all roles). */
  artists: Array<Artist>;
  /** The track's per-second music features, if it has any (what the music encoder embeds). */
  audioFeatures?: Maybe<FeatureInfo>;
  bpm?: Maybe<Scalars['Float']['output']>;
  createdAt: Scalars['DateTime']['output'];
  credits: Array<ArtistCredit>;
  durationSec: Scalars['Float']['output'];
  /**
   * The track's embedding under each model version that serves or is being built: the active
   * version, versions a running training job is embedding, and any other version that has one.
   */
  embeddings: Array<TrackEmbeddingStatus>;
  /** 0 (calm) to 1 (intense). */
  energy?: Maybe<Scalars['Float']['output']>;
  explicit: Scalars['Boolean']['output'];
  /** The id the track had in the dataset it was imported from (vmr-dataset/1, YouTube-8M). */
  externalId?: Maybe<Scalars['String']['output']>;
  hasVocals: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** International Standard Recording Code, 12 characters without dashes. */
  isrc: Scalars['String']['output'];
  /** Tonic in sharps, e.g. C, F#, A#. */
  key?: Maybe<Scalars['String']['output']>;
  /** ISO 639-1 language of the lyrics, when there are any. */
  language?: Maybe<Scalars['String']['output']>;
  licences: Array<LicenceTerm>;
  mode?: Maybe<KeyMode>;
  releaseDate?: Maybe<Scalars['Date']['output']>;
  status: TrackStatus;
  tagWeights: Array<TagWeight>;
  tags: Array<Tag>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type TrackConnection = {
  __typename?: 'TrackConnection';
  edges: Array<TrackEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TrackEdge = {
  __typename?: 'TrackEdge';
  cursor: Scalars['String']['output'];
  node: Track;
};

export type TrackEmbeddingStatus = {
  __typename?: 'TrackEmbeddingStatus';
  embeddedAt?: Maybe<Scalars['DateTime']['output']>;
  modelVersion: ModelVersion;
  state: EmbeddingState;
};

export type TrackFilter = {
  bpm?: InputMaybe<FloatRange>;
  durationSec?: InputMaybe<FloatRange>;
  explicit?: InputMaybe<Scalars['Boolean']['input']>;
  hasVocals?: InputMaybe<Scalars['Boolean']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
  /** Only tracks cleared on both sides for this use (docs/rights.md). */
  licence?: InputMaybe<LicenceFilter>;
  mode?: InputMaybe<KeyMode>;
  releaseYear?: InputMaybe<IntRange>;
  /** Only honoured for authenticated callers; anonymous callers always see ACTIVE tracks only. */
  status?: InputMaybe<Array<TrackStatus>>;
  tags?: InputMaybe<TagFilter>;
  /** Case-insensitive substring of the title or of a credited artist's name. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type TrackOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: TrackOrderField;
};

export type TrackOrderField =
  | 'BPM'
  | 'CREATED_AT'
  | 'DURATION'
  | 'RELEASE_DATE'
  | 'TITLE';

export type TrackSearchConnection = {
  __typename?: 'TrackSearchConnection';
  edges: Array<TrackSearchEdge>;
  facets: SearchFacets;
  /** The model version every score on this page comes from (pinned by the cursor). */
  modelVersion: ModelVersion;
  pageInfo: PageInfo;
};

export type TrackSearchEdge = {
  __typename?: 'TrackSearchEdge';
  cursor: Scalars['String']['output'];
  explanation: SearchExplanation;
  node: Track;
  /** Higher is better; for vector search the cosine similarity. */
  score: Scalars['Float']['output'];
  signals: Array<SearchSignal>;
};

export type TrackStatus =
  | 'ACTIVE'
  | 'HIDDEN'
  | 'TAKEN_DOWN';

export type TrackTagInput = {
  category?: InputMaybe<TagCategory>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** A tag's global id, or name + category (created when missing). */
  tagId?: InputMaybe<Scalars['ID']['input']>;
  weight?: InputMaybe<Scalars['Float']['input']>;
};

/**
 * Retraining with the II loss: L = InfoNCE + lambdaVideo * D(video) + lambdaMusic * D(music).
 * Omitted fields take the defaults shown. Data: the catalog's video-music pairs (optionally only
 * those from `sources`); pairs marked VALIDATION are held out, or `validationFraction` of the
 * TRAIN pairs when none is.
 */
export type TrainingInput = {
  /**
   * Activate the new model when it beats the active one on validation R@10 by more than the
   * uncertainty (the lower end of the paired bootstrap interval of the gain is above 0).
   */
  autoActivate?: InputMaybe<Scalars['Boolean']['input']>;
  batchSize?: InputMaybe<Scalars['Int']['input']>;
  divergence?: InputMaybe<Divergence>;
  epochs?: InputMaybe<Scalars['Int']['input']>;
  lambdaMusic?: InputMaybe<Scalars['Float']['input']>;
  lambdaVideo?: InputMaybe<Scalars['Float']['input']>;
  learningRate?: InputMaybe<Scalars['Float']['input']>;
  maxPairs?: InputMaybe<Scalars['Int']['input']>;
  patience?: InputMaybe<Scalars['Int']['input']>;
  seed?: InputMaybe<Scalars['Int']['input']>;
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
  temperature?: InputMaybe<Scalars['Float']['input']>;
  temperatureIn?: InputMaybe<Scalars['Float']['input']>;
  temperatureOut?: InputMaybe<Scalars['Float']['input']>;
  /** II-CLVTM: fuse the videos' text cues into the video side. */
  useText?: InputMaybe<Scalars['Boolean']['input']>;
  validationFraction?: InputMaybe<Scalars['Float']['input']>;
  /** Start from the active model's weights (it must have the same architecture) instead of from scratch. */
  warmStart?: InputMaybe<Scalars['Boolean']['input']>;
  weightDecay?: InputMaybe<Scalars['Float']['input']>;
};

/** A training example: a reference video and a track that fits it. */
export type TrainingPair = Node & {
  __typename?: 'TrainingPair';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  source?: Maybe<Scalars['String']['output']>;
  split: PairSplit;
  track: Track;
  video: Video;
};

export type TrainingPairConnection = {
  __typename?: 'TrainingPairConnection';
  edges: Array<TrainingPairEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** How many pairs one source has in one split (source null: pairs without a source). */
export type TrainingPairCount = {
  __typename?: 'TrainingPairCount';
  count: Scalars['Int']['output'];
  source?: Maybe<Scalars['String']['output']>;
  split: PairSplit;
};

export type TrainingPairEdge = {
  __typename?: 'TrainingPairEdge';
  cursor: Scalars['String']['output'];
  node: TrainingPair;
};

export type TrainingPairInput = {
  source?: InputMaybe<Scalars['String']['input']>;
  split?: InputMaybe<PairSplit>;
  trackId: Scalars['ID']['input'];
  videoId: Scalars['ID']['input'];
};

export type TrainingPairRef = {
  trackId: Scalars['ID']['input'];
  videoId: Scalars['ID']['input'];
};

export type TrainingPairsReport = {
  __typename?: 'TrainingPairsReport';
  /** Pairs written that did not exist. */
  added: Scalars['Int']['output'];
  /** Pairs deleted (removeTrainingPairs). */
  removed: Scalars['Int']['output'];
  /** Pairs that were already exactly so (or, for removeTrainingPairs, did not exist). */
  unchanged: Scalars['Int']['output'];
  /** Existing pairs whose source or split changed. */
  updated: Scalars['Int']['output'];
};

export type TrainingRun = Node & {
  __typename?: 'TrainingRun';
  activated: Scalars['Boolean']['output'];
  activeModelScore?: Maybe<Scalars['Float']['output']>;
  attempts: Scalars['Int']['output'];
  cancelRequested: Scalars['Boolean']['output'];
  /** The comparison with its uncertainty, once evaluated. */
  comparison?: Maybe<ModelComparison>;
  createdAt: Scalars['DateTime']['output'];
  durationSec?: Maybe<Scalars['Float']['output']>;
  /** Epochs completed so far, and the global step. */
  epoch: Scalars['Int']['output'];
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The hyper-parameters and data selection, as JSON. */
  input: Scalars['String']['output'];
  /** Per-step loss components; pass sinceStep to fetch only new points when polling. */
  losses: Array<LossPoint>;
  modelVersion?: Maybe<ModelVersion>;
  /** Validation R@10 of the new model and of the model that was active. */
  newModelScore?: Maybe<Scalars['Float']['output']>;
  parentModel?: Maybe<ModelVersion>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: TrainingStatus;
  step: Scalars['Int']['output'];
  totalEpochs: Scalars['Int']['output'];
  validation: Array<EpochValidation>;
  /** Whether the run started from the active model's weights. */
  warmStart: Scalars['Boolean']['output'];
};


export type TrainingRunLossesArgs = {
  sinceStep?: InputMaybe<Scalars['Int']['input']>;
};

export type TrainingRunConnection = {
  __typename?: 'TrainingRunConnection';
  edges: Array<TrainingRunEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TrainingRunEdge = {
  __typename?: 'TrainingRunEdge';
  cursor: Scalars['String']['output'];
  node: TrainingRun;
};

/**
 * QUEUED -> RUNNING (training) -> EVALUATING (export, compare on validation) -> EMBEDDING
 * (re-embed the catalog beside the active version) -> SUCCEEDED; or FAILED / CANCELLED.
 */
export type TrainingStatus =
  | 'CANCELLED'
  | 'EMBEDDING'
  | 'EVALUATING'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type UpdateTagInput = {
  category?: InputMaybe<TagCategory>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out stay unchanged; an explicit null clears an optional field. */
export type UpdateTrackInput = {
  bpm?: InputMaybe<Scalars['Float']['input']>;
  /** Replaces all credits when given. */
  credits?: InputMaybe<Array<ArtistCreditInput>>;
  durationSec?: InputMaybe<Scalars['Float']['input']>;
  energy?: InputMaybe<Scalars['Float']['input']>;
  explicit?: InputMaybe<Scalars['Boolean']['input']>;
  hasVocals?: InputMaybe<Scalars['Boolean']['input']>;
  isrc?: InputMaybe<Scalars['String']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  mode?: InputMaybe<KeyMode>;
  releaseDate?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<TrackStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateVideoInput = {
  audio?: InputMaybe<FeatureInput>;
  captions?: InputMaybe<Scalars['String']['input']>;
  durationSec?: InputMaybe<Scalars['Float']['input']>;
  externalId?: InputMaybe<Scalars['String']['input']>;
  onScreenText?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  visual?: InputMaybe<FeatureInput>;
};

/** A reference video with the text cues that come with it. */
export type Video = Node & {
  __typename?: 'Video';
  /** Per-second features of the video's own audio track (128-d), if stored. */
  audioFeatures?: Maybe<FeatureInfo>;
  captions?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  durationSec?: Maybe<Scalars['Float']['output']>;
  externalId?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  onScreenText?: Maybe<Scalars['String']['output']>;
  /** Tracks paired with this video in the training data. */
  pairedTracks: Array<Track>;
  /** Where the video came from, e.g. api, yt8m, demo. */
  source?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Per-second visual features (1024-d), if stored. */
  visualFeatures?: Maybe<FeatureInfo>;
};

export type VideoConnection = {
  __typename?: 'VideoConnection';
  edges: Array<VideoEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type VideoEdge = {
  __typename?: 'VideoEdge';
  cursor: Scalars['String']['output'];
  node: Video;
};

/**
 * Exactly one kind of video: a catalog video (`videoId`), raw per-second frame features
 * (`visual`, 1024-d, with an optional 128-d `audio` track, and optional `text` cues alongside:
 * II-CLVTM), or text cues alone (`text`).
 */
export type VideoQuery = {
  audio?: InputMaybe<FeatureInput>;
  text?: InputMaybe<VideoTextInput>;
  videoId?: InputMaybe<Scalars['ID']['input']>;
  visual?: InputMaybe<FeatureInput>;
};

export type VideoTextInput = {
  captions?: InputMaybe<Scalars['String']['input']>;
  onScreenText?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type Viewer = {
  __typename?: 'Viewer';
  keyName?: Maybe<Scalars['String']['output']>;
  /** null for anonymous callers. */
  role?: Maybe<ApiRole>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( ApiKeyRow )
    | ( ArtistRow )
    | ( LicenceTermRow )
    | ( ModelVersionRow )
    | ( TagRow )
    | ( TrackRow )
    | ( TrainingPairRow )
    | ( TrainingRunRow )
    | ( VideoRow )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ApiKey: ResolverTypeWrapper<ApiKeyRow>;
  ApiRole: ApiRole;
  Artist: ResolverTypeWrapper<ArtistRow>;
  ArtistConnection: ResolverTypeWrapper<ConnectionParent<ArtistRow>>;
  ArtistCredit: ResolverTypeWrapper<ArtistCreditParent>;
  ArtistCreditInput: ArtistCreditInput;
  ArtistEdge: ResolverTypeWrapper<EdgeParent<ArtistRow>>;
  ArtistInput: ArtistInput;
  ArtistRole: ArtistRole;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateTagInput: CreateTagInput;
  CreateTrackInput: CreateTrackInput;
  CreateVideoInput: CreateVideoInput;
  CreatedApiKey: ResolverTypeWrapper<Omit<CreatedApiKey, 'apiKey'> & { apiKey: ResolversTypes['ApiKey'] }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DirectionMetrics: ResolverTypeWrapper<DirectionMetrics>;
  Divergence: Divergence;
  EmbeddingState: EmbeddingState;
  EpochValidation: ResolverTypeWrapper<EpochValidationParent>;
  FeatureDtype: FeatureDtype;
  FeatureInfo: ResolverTypeWrapper<FeatureInfoRow>;
  FeatureInput: FeatureInput;
  FeatureKind: FeatureKind;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FloatRange: FloatRange;
  FusionInput: FusionInput;
  FusionMethod: FusionMethod;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportFormat: ImportFormat;
  ImportRejection: ResolverTypeWrapper<ImportRejection>;
  ImportReport: ResolverTypeWrapper<ImportReport>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntRange: IntRange;
  KeyMode: KeyMode;
  LicenceCheck: ResolverTypeWrapper<LicenceCheckResult>;
  LicenceFilter: LicenceFilter;
  LicenceReason: ResolverTypeWrapper<LicenceReasonResult>;
  LicenceReasonCode: LicenceReasonCode;
  LicenceTerm: ResolverTypeWrapper<LicenceTermRow>;
  LicenceTermInput: LicenceTermInput;
  LicenceUsage: LicenceUsage;
  LossPoint: ResolverTypeWrapper<LossPointParent>;
  MetricEstimate: ResolverTypeWrapper<MetricEstimate>;
  ModelComparison: ResolverTypeWrapper<ModelComparison>;
  ModelVersion: ResolverTypeWrapper<ModelVersionRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OrderDirection: OrderDirection;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PairSplit: PairSplit;
  PeriodInput: PeriodInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RangeBucket: ResolverTypeWrapper<RangeBucket>;
  RetrievalMetrics: ResolverTypeWrapper<RetrievalMetrics>;
  RightsSide: RightsSide;
  SearchExplanation: ResolverTypeWrapper<SearchExplanationParent>;
  SearchFacets: ResolverTypeWrapper<SearchFacetsParent>;
  SearchSignal: ResolverTypeWrapper<SearchSignal>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Tag: ResolverTypeWrapper<TagRow>;
  TagCategory: TagCategory;
  TagFacet: ResolverTypeWrapper<TagFacetParent>;
  TagFilter: TagFilter;
  TagWeight: ResolverTypeWrapper<TagWeightParent>;
  Track: ResolverTypeWrapper<TrackRow>;
  TrackConnection: ResolverTypeWrapper<ConnectionParent<TrackRow>>;
  TrackEdge: ResolverTypeWrapper<EdgeParent<TrackRow>>;
  TrackEmbeddingStatus: ResolverTypeWrapper<TrackEmbeddingStatusParent>;
  TrackFilter: TrackFilter;
  TrackOrder: TrackOrder;
  TrackOrderField: TrackOrderField;
  TrackSearchConnection: ResolverTypeWrapper<SearchConnection>;
  TrackSearchEdge: ResolverTypeWrapper<SearchEdge>;
  TrackStatus: TrackStatus;
  TrackTagInput: TrackTagInput;
  TrainingInput: TrainingInput;
  TrainingPair: ResolverTypeWrapper<TrainingPairRow>;
  TrainingPairConnection: ResolverTypeWrapper<ConnectionParent<TrainingPairRow>>;
  TrainingPairCount: ResolverTypeWrapper<TrainingPairCount>;
  TrainingPairEdge: ResolverTypeWrapper<EdgeParent<TrainingPairRow>>;
  TrainingPairInput: TrainingPairInput;
  TrainingPairRef: TrainingPairRef;
  TrainingPairsReport: ResolverTypeWrapper<TrainingPairsReport>;
  TrainingRun: ResolverTypeWrapper<TrainingRunRow>;
  TrainingRunConnection: ResolverTypeWrapper<ConnectionParent<TrainingRunRow>>;
  TrainingRunEdge: ResolverTypeWrapper<EdgeParent<TrainingRunRow>>;
  TrainingStatus: TrainingStatus;
  UpdateTagInput: UpdateTagInput;
  UpdateTrackInput: UpdateTrackInput;
  UpdateVideoInput: UpdateVideoInput;
  Video: ResolverTypeWrapper<VideoRow>;
  VideoConnection: ResolverTypeWrapper<ConnectionParent<VideoRow>>;
  VideoEdge: ResolverTypeWrapper<EdgeParent<VideoRow>>;
  VideoQuery: VideoQuery;
  VideoTextInput: VideoTextInput;
  Viewer: ResolverTypeWrapper<Viewer>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ApiKey: ApiKeyRow;
  Artist: ArtistRow;
  ArtistConnection: ConnectionParent<ArtistRow>;
  ArtistCredit: ArtistCreditParent;
  ArtistCreditInput: ArtistCreditInput;
  ArtistEdge: EdgeParent<ArtistRow>;
  ArtistInput: ArtistInput;
  Boolean: Scalars['Boolean']['output'];
  CreateTagInput: CreateTagInput;
  CreateTrackInput: CreateTrackInput;
  CreateVideoInput: CreateVideoInput;
  CreatedApiKey: Omit<CreatedApiKey, 'apiKey'> & { apiKey: ResolversParentTypes['ApiKey'] };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DirectionMetrics: DirectionMetrics;
  EpochValidation: EpochValidationParent;
  FeatureInfo: FeatureInfoRow;
  FeatureInput: FeatureInput;
  Float: Scalars['Float']['output'];
  FloatRange: FloatRange;
  FusionInput: FusionInput;
  ID: Scalars['ID']['output'];
  ImportRejection: ImportRejection;
  ImportReport: ImportReport;
  Int: Scalars['Int']['output'];
  IntRange: IntRange;
  LicenceCheck: LicenceCheckResult;
  LicenceFilter: LicenceFilter;
  LicenceReason: LicenceReasonResult;
  LicenceTerm: LicenceTermRow;
  LicenceTermInput: LicenceTermInput;
  LossPoint: LossPointParent;
  MetricEstimate: MetricEstimate;
  ModelComparison: ModelComparison;
  ModelVersion: ModelVersionRow;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  PeriodInput: PeriodInput;
  Query: Record<PropertyKey, never>;
  RangeBucket: RangeBucket;
  RetrievalMetrics: RetrievalMetrics;
  SearchExplanation: SearchExplanationParent;
  SearchFacets: SearchFacetsParent;
  SearchSignal: SearchSignal;
  String: Scalars['String']['output'];
  Tag: TagRow;
  TagFacet: TagFacetParent;
  TagFilter: TagFilter;
  TagWeight: TagWeightParent;
  Track: TrackRow;
  TrackConnection: ConnectionParent<TrackRow>;
  TrackEdge: EdgeParent<TrackRow>;
  TrackEmbeddingStatus: TrackEmbeddingStatusParent;
  TrackFilter: TrackFilter;
  TrackOrder: TrackOrder;
  TrackSearchConnection: SearchConnection;
  TrackSearchEdge: SearchEdge;
  TrackTagInput: TrackTagInput;
  TrainingInput: TrainingInput;
  TrainingPair: TrainingPairRow;
  TrainingPairConnection: ConnectionParent<TrainingPairRow>;
  TrainingPairCount: TrainingPairCount;
  TrainingPairEdge: EdgeParent<TrainingPairRow>;
  TrainingPairInput: TrainingPairInput;
  TrainingPairRef: TrainingPairRef;
  TrainingPairsReport: TrainingPairsReport;
  TrainingRun: TrainingRunRow;
  TrainingRunConnection: ConnectionParent<TrainingRunRow>;
  TrainingRunEdge: EdgeParent<TrainingRunRow>;
  UpdateTagInput: UpdateTagInput;
  UpdateTrackInput: UpdateTrackInput;
  UpdateVideoInput: UpdateVideoInput;
  Video: VideoRow;
  VideoConnection: ConnectionParent<VideoRow>;
  VideoEdge: EdgeParent<VideoRow>;
  VideoQuery: VideoQuery;
  VideoTextInput: VideoTextInput;
  Viewer: Viewer;
};

export type ApiKeyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ApiRole'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArtistResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Artist'] = ResolversParentTypes['Artist']> = {
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tracks?: Resolver<ResolversTypes['TrackConnection'], ParentType, ContextType, RequireFields<ArtistTracksArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArtistConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArtistConnection'] = ResolversParentTypes['ArtistConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArtistEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArtistCreditResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArtistCredit'] = ResolversParentTypes['ArtistCredit']> = {
  artist?: Resolver<ResolversTypes['Artist'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ArtistRole'], ParentType, ContextType>;
};

export type ArtistEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArtistEdge'] = ResolversParentTypes['ArtistEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Artist'], ParentType, ContextType>;
};

export type CreatedApiKeyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreatedApiKey'] = ResolversParentTypes['CreatedApiKey']> = {
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DirectionMetricsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DirectionMetrics'] = ResolversParentTypes['DirectionMetrics']> = {
  meanRank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  medianRank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  r1?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  r5?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  r10?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  r25?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  r50?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type EpochValidationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EpochValidation'] = ResolversParentTypes['EpochValidation']> = {
  best?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  epoch?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  metrics?: Resolver<ResolversTypes['RetrievalMetrics'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trainLoss?: Resolver<ResolversTypes['LossPoint'], ParentType, ContextType>;
};

export type FeatureInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FeatureInfo'] = ResolversParentTypes['FeatureInfo']> = {
  dim?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dtype?: Resolver<ResolversTypes['FeatureDtype'], ParentType, ContextType>;
  frames?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FeatureKind'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ImportRejectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportRejection'] = ResolversParentTypes['ImportRejection']> = {
  isrc?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportReport'] = ResolversParentTypes['ImportReport']> = {
  applied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  duplicates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<Array<ResolversTypes['ImportRejection']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LicenceCheckResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LicenceCheck'] = ResolversParentTypes['LicenceCheck']> = {
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['LicenceReason']>, ParentType, ContextType>;
};

export type LicenceReasonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LicenceReason'] = ResolversParentTypes['LicenceReason']> = {
  code?: Resolver<ResolversTypes['LicenceReasonCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  side?: Resolver<ResolversTypes['RightsSide'], ParentType, ContextType>;
  term?: Resolver<Maybe<ResolversTypes['LicenceTerm']>, ParentType, ContextType>;
  territory?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LicenceTermResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LicenceTerm'] = ResolversParentTypes['LicenceTerm']> = {
  contentIdRegistered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  exclusive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  priceTier?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rightsHolder?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  side?: Resolver<ResolversTypes['RightsSide'], ParentType, ContextType>;
  territoriesAllow?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  territoriesDeny?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  track?: Resolver<ResolversTypes['Track'], ParentType, ContextType>;
  usages?: Resolver<Array<ResolversTypes['LicenceUsage']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  worldwide?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LossPointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LossPoint'] = ResolversParentTypes['LossPoint']> = {
  epoch?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inter?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  intraMusic?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  intraVideo?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MetricEstimateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MetricEstimate'] = ResolversParentTypes['MetricEstimate']> = {
  high?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  low?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ModelComparisonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ModelComparison'] = ResolversParentTypes['ModelComparison']> = {
  activeModel?: Resolver<Maybe<ResolversTypes['MetricEstimate']>, ParentType, ContextType>;
  better?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  gain?: Resolver<Maybe<ResolversTypes['MetricEstimate']>, ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newModel?: Resolver<ResolversTypes['MetricEstimate'], ParentType, ContextType>;
  pairs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ModelVersionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ModelVersion'] = ResolversParentTypes['ModelVersion']> = {
  activatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  datasetHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dim?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  embeddedTracks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metrics?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['ModelVersion']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validationR10?: Resolver<Maybe<ResolversTypes['MetricEstimate']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  activateModel?: Resolver<ResolversTypes['ModelVersion'], ParentType, ContextType, RequireFields<MutationActivateModelArgs, 'force' | 'id'>>;
  addTrainingPairs?: Resolver<ResolversTypes['TrainingPairsReport'], ParentType, ContextType, RequireFields<MutationAddTrainingPairsArgs, 'pairs'>>;
  cancelTraining?: Resolver<ResolversTypes['TrainingRun'], ParentType, ContextType, RequireFields<MutationCancelTrainingArgs, 'id'>>;
  clearTrackAudioFeatures?: Resolver<ResolversTypes['Track'], ParentType, ContextType, RequireFields<MutationClearTrackAudioFeaturesArgs, 'trackId'>>;
  createApiKey?: Resolver<ResolversTypes['CreatedApiKey'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'name' | 'role'>>;
  createArtist?: Resolver<ResolversTypes['Artist'], ParentType, ContextType, RequireFields<MutationCreateArtistArgs, 'input'>>;
  createLicenceTerm?: Resolver<ResolversTypes['LicenceTerm'], ParentType, ContextType, RequireFields<MutationCreateLicenceTermArgs, 'input' | 'trackId'>>;
  createTag?: Resolver<ResolversTypes['Tag'], ParentType, ContextType, RequireFields<MutationCreateTagArgs, 'input'>>;
  createTrack?: Resolver<ResolversTypes['Track'], ParentType, ContextType, RequireFields<MutationCreateTrackArgs, 'input'>>;
  createVideo?: Resolver<ResolversTypes['Video'], ParentType, ContextType, RequireFields<MutationCreateVideoArgs, 'input'>>;
  deleteArtist?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteArtistArgs, 'id'>>;
  deleteLicenceTerm?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteLicenceTermArgs, 'id'>>;
  deleteTag?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteTagArgs, 'id'>>;
  deleteTrack?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteTrackArgs, 'id'>>;
  deleteVideo?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteVideoArgs, 'id'>>;
  importTracks?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationImportTracksArgs, 'data' | 'format' | 'lenient'>>;
  removeTrainingPairs?: Resolver<ResolversTypes['TrainingPairsReport'], ParentType, ContextType, RequireFields<MutationRemoveTrainingPairsArgs, 'pairs'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  rollbackModel?: Resolver<ResolversTypes['ModelVersion'], ParentType, ContextType>;
  setTrackAudioFeatures?: Resolver<ResolversTypes['Track'], ParentType, ContextType, RequireFields<MutationSetTrackAudioFeaturesArgs, 'features' | 'trackId'>>;
  setTrackTags?: Resolver<ResolversTypes['Track'], ParentType, ContextType, RequireFields<MutationSetTrackTagsArgs, 'tags' | 'trackId'>>;
  startTraining?: Resolver<ResolversTypes['TrainingRun'], ParentType, ContextType, RequireFields<MutationStartTrainingArgs, 'input'>>;
  updateArtist?: Resolver<ResolversTypes['Artist'], ParentType, ContextType, RequireFields<MutationUpdateArtistArgs, 'id' | 'input'>>;
  updateLicenceTerm?: Resolver<ResolversTypes['LicenceTerm'], ParentType, ContextType, RequireFields<MutationUpdateLicenceTermArgs, 'id' | 'input'>>;
  updateTag?: Resolver<ResolversTypes['Tag'], ParentType, ContextType, RequireFields<MutationUpdateTagArgs, 'id' | 'input'>>;
  updateTrack?: Resolver<ResolversTypes['Track'], ParentType, ContextType, RequireFields<MutationUpdateTrackArgs, 'id' | 'input'>>;
  updateVideo?: Resolver<ResolversTypes['Video'], ParentType, ContextType, RequireFields<MutationUpdateVideoArgs, 'id' | 'input'>>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'ApiKey' | 'Artist' | 'LicenceTerm' | 'ModelVersion' | 'Tag' | 'Track' | 'TrainingPair' | 'TrainingRun' | 'Video', ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  activeModel?: Resolver<Maybe<ResolversTypes['ModelVersion']>, ParentType, ContextType>;
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  artist?: Resolver<Maybe<ResolversTypes['Artist']>, ParentType, ContextType, RequireFields<QueryArtistArgs, 'id'>>;
  artists?: Resolver<ResolversTypes['ArtistConnection'], ParentType, ContextType, RequireFields<QueryArtistsArgs, 'first'>>;
  licenceCheck?: Resolver<ResolversTypes['LicenceCheck'], ParentType, ContextType, RequireFields<QueryLicenceCheckArgs, 'territories' | 'trackId' | 'usage'>>;
  modelVersions?: Resolver<Array<ResolversTypes['ModelVersion']>, ParentType, ContextType>;
  musicForVideo?: Resolver<ResolversTypes['TrackSearchConnection'], ParentType, ContextType, RequireFields<QueryMusicForVideoArgs, 'first' | 'video'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  searchTracks?: Resolver<ResolversTypes['TrackSearchConnection'], ParentType, ContextType, RequireFields<QuerySearchTracksArgs, 'first' | 'text'>>;
  similarTracks?: Resolver<ResolversTypes['TrackSearchConnection'], ParentType, ContextType, RequireFields<QuerySimilarTracksArgs, 'first' | 'trackIds'>>;
  tags?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType, Partial<QueryTagsArgs>>;
  track?: Resolver<Maybe<ResolversTypes['Track']>, ParentType, ContextType, RequireFields<QueryTrackArgs, 'id'>>;
  tracks?: Resolver<ResolversTypes['TrackConnection'], ParentType, ContextType, RequireFields<QueryTracksArgs, 'first'>>;
  trainingPairCounts?: Resolver<Array<ResolversTypes['TrainingPairCount']>, ParentType, ContextType>;
  trainingPairs?: Resolver<ResolversTypes['TrainingPairConnection'], ParentType, ContextType, RequireFields<QueryTrainingPairsArgs, 'first'>>;
  trainingRun?: Resolver<Maybe<ResolversTypes['TrainingRun']>, ParentType, ContextType, RequireFields<QueryTrainingRunArgs, 'id'>>;
  trainingRuns?: Resolver<ResolversTypes['TrainingRunConnection'], ParentType, ContextType, RequireFields<QueryTrainingRunsArgs, 'first'>>;
  video?: Resolver<Maybe<ResolversTypes['Video']>, ParentType, ContextType, RequireFields<QueryVideoArgs, 'id'>>;
  videos?: Resolver<ResolversTypes['VideoConnection'], ParentType, ContextType, RequireFields<QueryVideosArgs, 'first'>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type RangeBucketResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RangeBucket'] = ResolversParentTypes['RangeBucket']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type RetrievalMetricsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RetrievalMetrics'] = ResolversParentTypes['RetrievalMetrics']> = {
  m2v?: Resolver<ResolversTypes['DirectionMetrics'], ParentType, ContextType>;
  pairs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  v2m?: Resolver<ResolversTypes['DirectionMetrics'], ParentType, ContextType>;
};

export type SearchExplanationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchExplanation'] = ResolversParentTypes['SearchExplanation']> = {
  licence?: Resolver<Maybe<ResolversTypes['LicenceTerm']>, ParentType, ContextType>;
  matchedTags?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType>;
  signals?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SearchFacetsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchFacets'] = ResolversParentTypes['SearchFacets']> = {
  bpm?: Resolver<Array<ResolversTypes['RangeBucket']>, ParentType, ContextType>;
  durationSec?: Resolver<Array<ResolversTypes['RangeBucket']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['TagFacet']>, ParentType, ContextType, Partial<SearchFacetsTagsArgs>>;
};

export type SearchSignalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchSignal'] = ResolversParentTypes['SearchSignal']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type TagResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Tag'] = ResolversParentTypes['Tag']> = {
  category?: Resolver<ResolversTypes['TagCategory'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trackCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TagFacetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TagFacet'] = ResolversParentTypes['TagFacet']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tag?: Resolver<ResolversTypes['Tag'], ParentType, ContextType>;
};

export type TagWeightResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TagWeight'] = ResolversParentTypes['TagWeight']> = {
  tag?: Resolver<ResolversTypes['Tag'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type TrackResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Track'] = ResolversParentTypes['Track']> = {
  artists?: Resolver<Array<ResolversTypes['Artist']>, ParentType, ContextType>;
  audioFeatures?: Resolver<Maybe<ResolversTypes['FeatureInfo']>, ParentType, ContextType>;
  bpm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  credits?: Resolver<Array<ResolversTypes['ArtistCredit']>, ParentType, ContextType>;
  durationSec?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  embeddings?: Resolver<Array<ResolversTypes['TrackEmbeddingStatus']>, ParentType, ContextType>;
  energy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  explicit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasVocals?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isrc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  licences?: Resolver<Array<ResolversTypes['LicenceTerm']>, ParentType, ContextType>;
  mode?: Resolver<Maybe<ResolversTypes['KeyMode']>, ParentType, ContextType>;
  releaseDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TrackStatus'], ParentType, ContextType>;
  tagWeights?: Resolver<Array<ResolversTypes['TagWeight']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TrackConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrackConnection'] = ResolversParentTypes['TrackConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TrackEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrackEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrackEdge'] = ResolversParentTypes['TrackEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Track'], ParentType, ContextType>;
};

export type TrackEmbeddingStatusResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrackEmbeddingStatus'] = ResolversParentTypes['TrackEmbeddingStatus']> = {
  embeddedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  modelVersion?: Resolver<ResolversTypes['ModelVersion'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['EmbeddingState'], ParentType, ContextType>;
};

export type TrackSearchConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrackSearchConnection'] = ResolversParentTypes['TrackSearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TrackSearchEdge']>, ParentType, ContextType>;
  facets?: Resolver<ResolversTypes['SearchFacets'], ParentType, ContextType>;
  modelVersion?: Resolver<ResolversTypes['ModelVersion'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TrackSearchEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrackSearchEdge'] = ResolversParentTypes['TrackSearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['SearchExplanation'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Track'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  signals?: Resolver<Array<ResolversTypes['SearchSignal']>, ParentType, ContextType>;
};

export type TrainingPairResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrainingPair'] = ResolversParentTypes['TrainingPair']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  split?: Resolver<ResolversTypes['PairSplit'], ParentType, ContextType>;
  track?: Resolver<ResolversTypes['Track'], ParentType, ContextType>;
  video?: Resolver<ResolversTypes['Video'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TrainingPairConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrainingPairConnection'] = ResolversParentTypes['TrainingPairConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TrainingPairEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrainingPairCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrainingPairCount'] = ResolversParentTypes['TrainingPairCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  split?: Resolver<ResolversTypes['PairSplit'], ParentType, ContextType>;
};

export type TrainingPairEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrainingPairEdge'] = ResolversParentTypes['TrainingPairEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TrainingPair'], ParentType, ContextType>;
};

export type TrainingPairsReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrainingPairsReport'] = ResolversParentTypes['TrainingPairsReport']> = {
  added?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrainingRunResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrainingRun'] = ResolversParentTypes['TrainingRun']> = {
  activated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  activeModelScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cancelRequested?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  comparison?: Resolver<Maybe<ResolversTypes['ModelComparison']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationSec?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  epoch?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  input?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  losses?: Resolver<Array<ResolversTypes['LossPoint']>, ParentType, ContextType, Partial<TrainingRunLossesArgs>>;
  modelVersion?: Resolver<Maybe<ResolversTypes['ModelVersion']>, ParentType, ContextType>;
  newModelScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  parentModel?: Resolver<Maybe<ResolversTypes['ModelVersion']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TrainingStatus'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalEpochs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  validation?: Resolver<Array<ResolversTypes['EpochValidation']>, ParentType, ContextType>;
  warmStart?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TrainingRunConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrainingRunConnection'] = ResolversParentTypes['TrainingRunConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TrainingRunEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrainingRunEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrainingRunEdge'] = ResolversParentTypes['TrainingRunEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TrainingRun'], ParentType, ContextType>;
};

export type VideoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Video'] = ResolversParentTypes['Video']> = {
  audioFeatures?: Resolver<Maybe<ResolversTypes['FeatureInfo']>, ParentType, ContextType>;
  captions?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationSec?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  onScreenText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pairedTracks?: Resolver<Array<ResolversTypes['Track']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  visualFeatures?: Resolver<Maybe<ResolversTypes['FeatureInfo']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type VideoConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VideoConnection'] = ResolversParentTypes['VideoConnection']> = {
  edges?: Resolver<Array<ResolversTypes['VideoEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VideoEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VideoEdge'] = ResolversParentTypes['VideoEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Video'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  keyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['ApiRole']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  ApiKey?: ApiKeyResolvers<ContextType>;
  Artist?: ArtistResolvers<ContextType>;
  ArtistConnection?: ArtistConnectionResolvers<ContextType>;
  ArtistCredit?: ArtistCreditResolvers<ContextType>;
  ArtistEdge?: ArtistEdgeResolvers<ContextType>;
  CreatedApiKey?: CreatedApiKeyResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DirectionMetrics?: DirectionMetricsResolvers<ContextType>;
  EpochValidation?: EpochValidationResolvers<ContextType>;
  FeatureInfo?: FeatureInfoResolvers<ContextType>;
  ImportRejection?: ImportRejectionResolvers<ContextType>;
  ImportReport?: ImportReportResolvers<ContextType>;
  LicenceCheck?: LicenceCheckResolvers<ContextType>;
  LicenceReason?: LicenceReasonResolvers<ContextType>;
  LicenceTerm?: LicenceTermResolvers<ContextType>;
  LossPoint?: LossPointResolvers<ContextType>;
  MetricEstimate?: MetricEstimateResolvers<ContextType>;
  ModelComparison?: ModelComparisonResolvers<ContextType>;
  ModelVersion?: ModelVersionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RangeBucket?: RangeBucketResolvers<ContextType>;
  RetrievalMetrics?: RetrievalMetricsResolvers<ContextType>;
  SearchExplanation?: SearchExplanationResolvers<ContextType>;
  SearchFacets?: SearchFacetsResolvers<ContextType>;
  SearchSignal?: SearchSignalResolvers<ContextType>;
  Tag?: TagResolvers<ContextType>;
  TagFacet?: TagFacetResolvers<ContextType>;
  TagWeight?: TagWeightResolvers<ContextType>;
  Track?: TrackResolvers<ContextType>;
  TrackConnection?: TrackConnectionResolvers<ContextType>;
  TrackEdge?: TrackEdgeResolvers<ContextType>;
  TrackEmbeddingStatus?: TrackEmbeddingStatusResolvers<ContextType>;
  TrackSearchConnection?: TrackSearchConnectionResolvers<ContextType>;
  TrackSearchEdge?: TrackSearchEdgeResolvers<ContextType>;
  TrainingPair?: TrainingPairResolvers<ContextType>;
  TrainingPairConnection?: TrainingPairConnectionResolvers<ContextType>;
  TrainingPairCount?: TrainingPairCountResolvers<ContextType>;
  TrainingPairEdge?: TrainingPairEdgeResolvers<ContextType>;
  TrainingPairsReport?: TrainingPairsReportResolvers<ContextType>;
  TrainingRun?: TrainingRunResolvers<ContextType>;
  TrainingRunConnection?: TrainingRunConnectionResolvers<ContextType>;
  TrainingRunEdge?: TrainingRunEdgeResolvers<ContextType>;
  Video?: VideoResolvers<ContextType>;
  VideoConnection?: VideoConnectionResolvers<ContextType>;
  VideoEdge?: VideoEdgeResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

