import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Track as TrackRow, Artist as ArtistRow, Tag as TagRow, LicenceTerm as LicenceTermRow, LicenceRestriction as LicenceRestrictionRow, RightsParty as RightsPartyRow, RightsHolding as RightsHoldingRow, AuditLog as AuditLogRow, Video as VideoRow, ApiKey as ApiKeyRow, IngestJob as IngestJobRow, ModelVersion as ModelVersionRow, TrainingRun as TrainingRunRow, VideoMusicPair as TrainingPairRow } from '../generated/prisma/client.js';
import type { LicenceCheck as LicenceCheckResult, LicenceReason as LicenceReasonResult } from '../catalog/rights/licence-check.js';
import type { ConnectionParent, EdgeParent, ArtistCreditParent, TagWeightParent } from '../graphql/mapper-types.js';
import type { DdexImportReport as DdexImportReportResult } from '../catalog/ddex/import-deals.js';
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

export type AuditAction =
  | 'DELETE'
  | 'INSERT'
  | 'UPDATE';

export type AuditEntity =
  | 'GRANT'
  | 'HOLDING'
  | 'PARTY'
  | 'RESTRICTION'
  | 'TRACK';

/**
 * One change, recorded by the database itself (triggers), so no write path skips it. The log is
 * append-only: no API changes it, and the database refuses UPDATE, DELETE and TRUNCATE on it.
 */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: AuditAction;
  /** The row after the change as JSON (null for DELETE). */
  after?: Maybe<Scalars['String']['output']>;
  /** The API key that made the change (null: a CLI, an import script or the system). */
  apiKey?: Maybe<ApiKey>;
  /** The key's global id, also when the key has since been revoked. */
  apiKeyId?: Maybe<Scalars['ID']['output']>;
  at: Scalars['DateTime']['output'];
  /** The row before the change as JSON (null for INSERT). */
  before?: Maybe<Scalars['String']['output']>;
  entity: AuditEntity;
  /** The global id of the changed object (Track, LicenceTerm, LicenceRestriction, RightsParty), or the holding's database id. */
  entityId?: Maybe<Scalars['ID']['output']>;
  /** Increasing with time. */
  id: Scalars['ID']['output'];
  /** api, ddex, cli:import-ddex, system. */
  source?: Maybe<Scalars['String']['output']>;
  trackId?: Maybe<Scalars['ID']['output']>;
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

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
  /** LUFS, -70 to 5. */
  loudness?: InputMaybe<Scalars['Float']['input']>;
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

/** What importDdexDeals did (nothing is written when it refuses the message). */
export type DdexImportReport = {
  __typename?: 'DdexImportReport';
  grantsCreated: Scalars['Int']['output'];
  /** Earlier DDEX grants of these releases, replaced (DDEX replace-all). */
  grantsReplaced: Scalars['Int']['output'];
  /** UseTypes that map to no usage of ours (e.g. Stream), skipped. */
  ignoredUseTypes: Array<Scalars['String']['output']>;
  /** The releases whose deals were replaced (their ReleaseIds: ICPN, GRid or proprietary). */
  releases: Array<Scalars['String']['output']>;
  /** TAKEN_DOWN tracks that have a current deal again: set to ACTIVE. */
  restored: Array<Track>;
  /** Tracks that no longer have a current or future deal: set to TAKEN_DOWN. */
  takenDown: Array<Track>;
  /** Tracks matched by ISRC. */
  tracks: Array<Track>;
  /** ISRCs of the message that are not in the catalog. */
  unknownIsrcs: Array<Scalars['String']['output']>;
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

/** A track field that audio analysis estimates. */
export type EstimatedField =
  | 'BPM'
  | 'DURATION_SEC'
  | 'KEY'
  | 'LOUDNESS'
  | 'MODE';

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
  /** The media front end that computed it, name@version (e.g. vmr-logmel@1); null: unspecified (sent through the API, imported or synthetic). A model trained on one front end refuses another's features. */
  frontEnd?: Maybe<Scalars['String']['output']>;
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

/** A track field whose value was estimated from the audio rather than set by an editor. */
export type FieldEstimate = {
  __typename?: 'FieldEstimate';
  /** 0 (a guess) to 1 (measured); docs/media.md says what each estimator's confidence means. */
  confidence: Scalars['Float']['output'];
  estimatedAt: Scalars['DateTime']['output'];
  field: EstimatedField;
  /** The audio front end whose analysis made the estimate, e.g. vmr-logmel@1. */
  frontEnd?: Maybe<Scalars['String']['output']>;
  /** The estimated value as text (e.g. 121.5, F#, MINOR); the track's own field holds it typed. */
  value: Scalars['String']['output'];
};

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
  /** Every input row in order with its outcome: the preview a console shows before importing. */
  rows: Array<ImportRowResult>;
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

/**
 * What happened to a row; in a dry run, what would. VALID: a good row of an import that was refused
 * because of other rows.
 */
export type ImportRowOutcome =
  | 'CREATED'
  | 'DUPLICATE'
  | 'REJECTED'
  | 'UNCHANGED'
  | 'UPDATED'
  | 'VALID';

export type ImportRowResult = {
  __typename?: 'ImportRowResult';
  isrc?: Maybe<Scalars['String']['output']>;
  line: Scalars['Int']['output'];
  outcome: ImportRowOutcome;
  reason?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
};

/**
 * A durable media ingest job: QUEUED, then PROCESSING, then DONE or FAILED with a reason. It
 * survives a restart of the server (a job whose process died is queued again), and it is
 * idempotent by content: the same file for the same target answers the same job.
 */
export type IngestJob = Node & {
  __typename?: 'IngestJob';
  /** How many times a worker started it. */
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: IngestJobKind;
  /** Why it FAILED: the media error code and a sentence naming the file. */
  reason?: Maybe<Scalars['String']['output']>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: IngestJobStatus;
  /** TRACK_AUDIO: the track. VIDEO with pairOwnAudio: the TRAINING_ONLY track made from the video's audio. */
  track?: Maybe<Track>;
  /** VIDEO: the video it created, once DONE. */
  video?: Maybe<Video>;
};

export type IngestJobKind =
  /** An audio file becoming a track's music features (attachTrackAudio). */
  | 'TRACK_AUDIO'
  /** A video file becoming a catalog video (createVideoFromUpload). */
  | 'VIDEO';

export type IngestJobStatus =
  | 'DONE'
  | 'FAILED'
  | 'PROCESSING'
  | 'QUEUED';

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
 * A use to clear: one territory on one day, or a campaign (several territories over a period). A
 * track qualifies when, in every territory, its master side and its publishing side are both
 * cleared for the whole period: each has a grant (on that side, or BOTH) that grants the usage or a
 * usage above it, covers the territory (worldwide or allow-listed, and not denied) and is valid
 * for the whole period (inclusive), within the price tier, and (contentIdSafe) not registered with
 * Content ID; on a side with holders, the holders whose grants clear it hold 100% of it; and no
 * restriction applies. The same rule serves tracks, every search, facets and explanations. See
 * docs/rights.md.
 */
export type LicenceFilter = {
  /** One day (inclusive). Neither at nor period: today, UTC. */
  at?: InputMaybe<Scalars['Date']['input']>;
  contentIdSafe?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only exclusive grants count towards clearance. */
  exclusiveOnly?: InputMaybe<Scalars['Boolean']['input']>;
  maxPriceTier?: InputMaybe<Scalars['Int']['input']>;
  /** The whole period must be covered. Exclusive with at. */
  period?: InputMaybe<PeriodInput>;
  /** A grant of this rights holder (name, case-insensitive) must allow the use in every territory. */
  rightsHolder?: InputMaybe<Scalars['String']['input']>;
  /** Every territory must clear (a campaign). At least one of territory and territories. */
  territories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ISO 3166-1 alpha-2, e.g. US. With territories, it is one more territory that must clear. */
  territory?: InputMaybe<Scalars['String']['input']>;
  usage: LicenceUsage;
};

export type LicenceReason = {
  __typename?: 'LicenceReason';
  code: LicenceReasonCode;
  message: Scalars['String']['output'];
  /** On a side with holders, the holder the reason is about. */
  party?: Maybe<RightsParty>;
  /** The restriction that applies (RESTRICTED). */
  restriction?: Maybe<LicenceRestriction>;
  /** MASTER or PUBLISHING. */
  side: RightsSide;
  /** The term the reason is about (null for NO_TERM, SHARES_NOT_COVERED and RESTRICTED). */
  term?: Maybe<LicenceTerm>;
  territory: Scalars['String']['output'];
};

export type LicenceReasonCode =
  /** A term that clears this side in this territory for the whole period. */
  | 'CLEARED_BY'
  /** contentIdSafe was asked and the term is registered with Content ID. */
  | 'CONTENT_ID_REGISTERED'
  /** exclusiveOnly was asked and the term is not exclusive. */
  | 'NOT_EXCLUSIVE'
  /** The side has no term at all. */
  | 'NO_TERM'
  /** The term's validity window does not cover the whole period. */
  | 'OUTSIDE_WINDOW'
  /** The term's price tier is above maxPriceTier. */
  | 'PRICE_TIER_TOO_HIGH'
  /** A restriction applies in the territory during the period: it wins over every grant. */
  | 'RESTRICTED'
  /** On a side with holders: those whose grants allow the use hold less than 100% of the side. */
  | 'SHARES_NOT_COVERED'
  /** The term's deny list names the territory. */
  | 'TERRITORY_EXCLUDED'
  /** The term neither is worldwide nor lists the territory. */
  | 'TERRITORY_NOT_COVERED'
  /** The term does not grant the usage or a usage above it. */
  | 'USAGE_NOT_GRANTED';

/**
 * Where and when a track may not be used, whatever its grants say: restrictions beat grants.
 * Empty territories: everywhere; empty usages: every usage; an open window end: no limit.
 */
export type LicenceRestriction = Node & {
  __typename?: 'LicenceRestriction';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  /** The side whose reasons it labels; a restriction bars the whole use whatever its side. */
  side: RightsSide;
  territories: Array<Scalars['String']['output']>;
  track: Track;
  /** A bar on a usage also bars the usages below it and a request for a usage above it. */
  usages: Array<LicenceUsage>;
  validFrom?: Maybe<Scalars['Date']['output']>;
  validUntil?: Maybe<Scalars['Date']['output']>;
};

/** Leave territories or usages out for everywhere or every usage; an empty list is refused. */
export type LicenceRestrictionInput = {
  reason: Scalars['String']['input'];
  side?: InputMaybe<RightsSide>;
  territories?: InputMaybe<Array<Scalars['String']['input']>>;
  usages?: InputMaybe<Array<LicenceUsage>>;
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

/**
 * One licence deal for a track. A use is allowed when the usage is listed, the territory is
 * covered (worldwide, or in the allow list, and never in the deny list) and the date lies in
 * the validity window (inclusive; an open end means no limit).
 */
export type LicenceTerm = Node & {
  __typename?: 'LicenceTerm';
  /** DDEX CommercialModelTypes of the deal. */
  commercialModels: Array<Scalars['String']['output']>;
  contentIdRegistered: Scalars['Boolean']['output'];
  /** The DDEX release the deal came with (a new message for it replaces its deals). */
  ddexRelease?: Maybe<Scalars['String']['output']>;
  exclusive: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The party giving this grant; null for the shorthand grant, which speaks for the whole side. */
  party?: Maybe<RightsParty>;
  /** 1 (cheapest) to 5. */
  priceTier: Scalars['Int']['output'];
  rightsHolder: Scalars['String']['output'];
  /** Which side of the recording's rights this term clears (BOTH for terms made before sides). */
  side: RightsSide;
  /** api, or ddex for a deal imported from a DDEX message. */
  source: Scalars['String']['output'];
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
  /** The party giving the grant (it then counts towards that party's share). Omitted: unchanged on update. */
  partyId?: InputMaybe<Scalars['ID']['input']>;
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
  /** The media front ends this version was trained on, per modality (null: unspecified). */
  audioFrontEnd?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  datasetHash?: Maybe<Scalars['String']['output']>;
  dim: Scalars['Int']['output'];
  /** Tracks embedded under this version (0 once retention has pruned a retired version). */
  embeddedTracks: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Validation metrics as JSON, one shape for every version: { validation: { pairs, v2m, m2v, ... } }. */
  metrics?: Maybe<Scalars['String']['output']>;
  /** The objectives it was trained with (VIDEO_MUSIC for versions trained before objectives existed). */
  objectives: Array<TrainingObjective>;
  /** The version that was active when this one was trained. */
  parent?: Maybe<ModelVersion>;
  /** READY, ACTIVE, RETIRED or FAILED. */
  status: Scalars['String']['output'];
  /**
   * Searchable (ACTIVE) tracks whose audio features come from a front end this version was not
   * trained on: the console then offers to adapt the model to the catalog. 0 when it knows them all.
   */
  unfamiliarTracks: Scalars['Int']['output'];
  /** Validation video -> music R@10 with its bootstrap interval, when recorded. */
  validationR10?: Maybe<MetricEstimate>;
  version: Scalars['String']['output'];
  visualFrontEnd?: Maybe<Scalars['String']['output']>;
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
  /**
   * EDITOR. Queues an ingest job that decodes a catalog upload (POST /uploads?purpose=catalog) into
   * the track's music features and embeddings, and fills its duration, BPM, key and loudness
   * estimates unless an editor set them. Poll ingestJob; the track is searchable once it is DONE.
   * The same file attached to the same track again answers the first job.
   */
  attachTrackAudio: IngestJob;
  /** ADMIN only. Stops a run within seconds; whatever it had made is removed. */
  cancelTraining: TrainingRun;
  /** EDITOR. Removes the track's music features and its embeddings: it leaves vector search. */
  clearTrackAudioFeatures: Track;
  /** ADMIN only. */
  createApiKey: CreatedApiKey;
  createArtist: Artist;
  /** EDITOR. A restriction beats every grant (docs/rights.md). */
  createLicenceRestriction: LicenceRestriction;
  createLicenceTerm: LicenceTerm;
  /** EDITOR. A rights holder; names are unique (CONFLICT). */
  createRightsParty: RightsParty;
  createTag: Tag;
  createTrack: Track;
  /** EDITOR. A reference video with its text cues and features. */
  createVideo: Video;
  /**
   * EDITOR. Queues an ingest job that makes a catalog video from a catalog upload: frame features,
   * its own audio, and on-screen text when OCR is on (`ocr`, default the server's VIDEO_OCR). `text`
   * sets its cues (title default: the uploaded file name). `pairOwnAudio` also makes the video's
   * audio a TRAINING_ONLY track paired with it (a training pair, source "upload"). Idempotent by content.
   */
  createVideoFromUpload: IngestJob;
  deleteArtist: Scalars['ID']['output'];
  /** EDITOR. */
  deleteLicenceRestriction: Scalars['ID']['output'];
  deleteLicenceTerm: Scalars['ID']['output'];
  deleteTag: Scalars['ID']['output'];
  /** Deletes the track with its credits, tags, licences, features and embeddings. Returns the id. */
  deleteTrack: Scalars['ID']['output'];
  /** EDITOR. Deletes the video with its features and training pairs. Returns the id. */
  deleteVideo: Scalars['ID']['output'];
  /**
   * EDITOR. Imports a DDEX ERN 4 NewReleaseMessage's DealList (docs/rights.md): each release's deals
   * replace its earlier DDEX deals; a track left without a current or future deal is taken down.
   * `xml` may be up to DDEX_MAX_CHARS characters (5,000,000). The deals clear `side` (default BOTH,
   * a one-stop catalog's deals).
   */
  importDdexDeals: DdexImportReport;
  /**
   * Bulk upsert by ISRC; all-or-nothing per call. See ImportReport. Unknown CSV columns or JSONL
   * keys refuse the whole import (BAD_USER_INPUT naming them) unless `lenient`, which ignores them.
   */
  importTracks: ImportReport;
  /**
   * EDITOR. Queues an ingest job that makes a catalog upload a track, as `npm run ingest` does: the
   * track holding the ISRC in the file's tags or name gets the audio; otherwise a new track, titled
   * from the tags or the file name. The job's `track` is it once DONE. Idempotent by content.
   */
  ingestAudio: IngestJob;
  /** EDITOR. Removes pairs; unknown pairs are counted as unchanged. All-or-nothing. */
  removeTrainingPairs: TrainingPairsReport;
  /** ADMIN only. */
  revokeApiKey: ApiKey;
  /** ADMIN only. Re-activates the version that was active before the current one. */
  rollbackModel: ModelVersion;
  /**
   * EDITOR. Replaces who holds one side (MASTER or PUBLISHING) of a track. Shares past 100% in
   * sum, an unknown or repeated party: BAD_USER_INPUT naming the field, nothing written. An empty
   * list removes the side's holders (its grants then speak for the whole side).
   */
  setRightsHoldings: Array<RightsHolding>;
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
  /** EDITOR. Replaces every field. */
  updateLicenceRestriction: LicenceRestriction;
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


export type MutationAttachTrackAudioArgs = {
  trackId: Scalars['ID']['input'];
  uploadId: Scalars['ID']['input'];
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


export type MutationCreateLicenceRestrictionArgs = {
  input: LicenceRestrictionInput;
  trackId: Scalars['ID']['input'];
};


export type MutationCreateLicenceTermArgs = {
  input: LicenceTermInput;
  trackId: Scalars['ID']['input'];
};


export type MutationCreateRightsPartyArgs = {
  input: RightsPartyInput;
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


export type MutationCreateVideoFromUploadArgs = {
  ocr?: InputMaybe<Scalars['Boolean']['input']>;
  pairOwnAudio?: InputMaybe<Scalars['Boolean']['input']>;
  text?: InputMaybe<VideoTextInput>;
  uploadId: Scalars['ID']['input'];
};


export type MutationDeleteArtistArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteLicenceRestrictionArgs = {
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


export type MutationImportDdexDealsArgs = {
  side?: InputMaybe<RightsSide>;
  xml: Scalars['String']['input'];
};


export type MutationImportTracksArgs = {
  data: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  format: ImportFormat;
  lenient?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationIngestAudioArgs = {
  uploadId: Scalars['ID']['input'];
};


export type MutationRemoveTrainingPairsArgs = {
  pairs: Array<TrainingPairRef>;
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetRightsHoldingsArgs = {
  holdings: Array<RightsHoldingInput>;
  side: RightsSide;
  trackId: Scalars['ID']['input'];
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


export type MutationUpdateLicenceRestrictionArgs = {
  id: Scalars['ID']['input'];
  input: LicenceRestrictionInput;
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
  /** EDITOR or ADMIN. Changes newest first, of one track and/or made by one API key (at least one). */
  auditLog: AuditEntryConnection;
  /** EDITOR. A media ingest job, to poll after attachTrackAudio or createVideoFromUpload. */
  ingestJob?: Maybe<IngestJob>;
  /**
   * Is the track cleared for this use in every territory over the whole period (default today), and
   * why. Both sides must clear each territory (docs/rights.md). Anyone may ask about a track they
   * can see.
   */
  licenceCheck: LicenceCheck;
  modelVersions: Array<ModelVersion>;
  /** Music that fits a video. `first` defaults to 10 (max 100). */
  musicForVideo: TrackSearchConnection;
  /**
   * Tracks like an uploaded audio clip (search by audio): `uploadId` is a search upload (POST
   * /uploads) of an audio file, or a video's audio track, extracted as ingest does (front end
   * vmr-logmel@1), embedded by the active model's music tower, then deleted. Only the key that
   * uploaded it may use it. Full pages and every filter apply, as in every search.
   */
  musicLikeUpload: TrackSearchConnection;
  node?: Maybe<Node>;
  /** Rights holders by name (case-insensitive substring), alphabetically. Any caller. */
  rightsParties: Array<RightsParty>;
  /** Full-text search over title, artists and tags, fused with the text encoder's similarity. */
  searchTracks: TrackSearchConnection;
  /** Tracks like the seed tracks (the seeds themselves and excludeTrackIds are left out). */
  similarTracks: TrackSearchConnection;
  tags: Array<Tag>;
  track?: Maybe<Track>;
  /**
   * Facet counts (tags, BPM and duration buckets) over every catalog track that passes the filter
   * (ACTIVE only unless `filter.status` asks for others), embedded or not: the counts beside the
   * catalog table.
   */
  trackFacets: SearchFacets;
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
  /**
   * Videos, oldest first. Videos that exist only to train (`trainingOnly`) are listed only when
   * `source` names their source (e.g. "synthetic").
   */
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


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  keyId?: InputMaybe<Scalars['ID']['input']>;
  trackId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryIngestJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLicenceCheckArgs = {
  contentIdSafe?: InputMaybe<Scalars['Boolean']['input']>;
  exclusiveOnly?: InputMaybe<Scalars['Boolean']['input']>;
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


export type QueryMusicLikeUploadArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TrackFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  uploadId: Scalars['ID']['input'];
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRightsPartiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
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


export type QueryTrackFacetsArgs = {
  filter?: InputMaybe<TrackFilter>;
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

/** A party's share of one side of a track. See the share rule in docs/rights.md. */
export type RightsHolding = {
  __typename?: 'RightsHolding';
  party: RightsParty;
  /** Percent of the side (two decimals). */
  share: Scalars['Float']['output'];
  side: RightsSide;
};

export type RightsHoldingInput = {
  partyId: Scalars['ID']['input'];
  /** Percent of the side: more than 0, at most 100, two decimals; a side's shares sum to at most 100. */
  share: Scalars['Float']['input'];
};

/** A rights holder (a label, a publisher, a writer's administrator). */
export type RightsParty = Node & {
  __typename?: 'RightsParty';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type RightsPartyInput = {
  name: Scalars['String']['input'];
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
  /** VECTOR (learned similarity), TEXT (full-text match), FUSED, or WINDOWS (a clip matched window by window: musicLikeUpload). */
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
  /** ACTIVE tracks carrying this tag (the catalog's count, the same for every caller). */
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
  /** The catalog audio file those features came from (an ingested upload), if any: for players. */
  audioFile?: Maybe<TrackAudioFile>;
  /** EDITOR or ADMIN. Every change to the track, its grants, restrictions and holdings, newest first. */
  auditLog: AuditEntryConnection;
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
  /** The fields whose current value was estimated from the track's audio, with their confidence (docs/media.md). A field an editor set is never listed. */
  estimates: Array<FieldEstimate>;
  explicit: Scalars['Boolean']['output'];
  /** The id the track had in the dataset it was imported from (vmr-dataset/1, YouTube-8M). */
  externalId?: Maybe<Scalars['String']['output']>;
  hasVocals: Scalars['Boolean']['output'];
  /** Who holds which share of each side (empty: the grants speak for the whole side). */
  holdings: Array<RightsHolding>;
  id: Scalars['ID']['output'];
  /** International Standard Recording Code, 12 characters without dashes. */
  isrc: Scalars['String']['output'];
  /** Tonic in sharps, e.g. C, F#, A#. */
  key?: Maybe<Scalars['String']['output']>;
  /** ISO 639-1 language of the lyrics, when there are any. */
  language?: Maybe<Scalars['String']['output']>;
  /** The track's grants (licence terms): the shorthand grants on both sides, party grants and DDEX deals. */
  licences: Array<LicenceTerm>;
  /** Integrated loudness (ITU-R BS.1770 / EBU R128), in LUFS. */
  loudness?: Maybe<Scalars['Float']['output']>;
  mode?: Maybe<KeyMode>;
  releaseDate?: Maybe<Scalars['Date']['output']>;
  /** Where and when the track may not be used, whatever its grants say (docs/rights.md). */
  restrictions: Array<LicenceRestriction>;
  status: TrackStatus;
  tagWeights: Array<TagWeight>;
  tags: Array<Tag>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};


export type TrackAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An ingested catalog audio file; GET its url with an API key (any role) to play it. */
export type TrackAudioFile = {
  __typename?: 'TrackAudioFile';
  fileName?: Maybe<Scalars['String']['output']>;
  mime: Scalars['String']['output'];
  /** Bytes. */
  size: Scalars['Float']['output'];
  url: Scalars['String']['output'];
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
  /**
   * The statuses to return; without it, ACTIVE only, for every caller. Honoured for API keys only:
   * anonymous callers always get ACTIVE tracks only. In a search, TAKEN_DOWN comes back only to an
   * EDITOR or ADMIN (takedown review).
   */
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

/**
 * A track's place in the catalog. Listings, searches, facets and counts return ACTIVE tracks only,
 * for every caller, unless `TrackFilter.status` names others (docs/rights.md, Visibility).
 */
export type TrackStatus =
  /** Catalog content: listed, counted and found by search. */
  | 'ACTIVE'
  /** Kept out of listings and search; a key holder can still fetch it by id or ask for it by status. */
  | 'HIDDEN'
  /** Taken down (no valid deal): out of every search unless an EDITOR or ADMIN asks for it by status. */
  | 'TAKEN_DOWN'
  /**
   * Exists only to train (the demo's synthetic training set, the audio tracks pairOwnAudio makes),
   * never catalog content: listed or found only when a key holder asks for it by status.
   */
  | 'TRAINING_ONLY';

export type TrackTagInput = {
  category?: InputMaybe<TagCategory>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** A tag's global id, or name + category (created when missing). */
  tagId?: InputMaybe<Scalars['ID']['input']>;
  weight?: InputMaybe<Scalars['Float']['input']>;
};

/** Data a training run left out, counted by reason. */
export type TrainingExclusion = {
  __typename?: 'TrainingExclusion';
  count: Scalars['Int']['output'];
  /** A sentence for people, e.g. '3,300 pairs have features of front end synthetic@1; the run trains on vmr-logmel@1'. */
  message: Scalars['String']['output'];
  /** OTHER_FRONT_END, NO_FEATURES, NOT_SEARCHABLE, ... */
  reason: Scalars['String']['output'];
  /** PAIRS or TRACKS. */
  unit: Scalars['String']['output'];
};

/**
 * Retraining with the II loss: L = InfoNCE + lambdaVideo * D(video) + lambdaMusic * D(music).
 * Omitted fields take the defaults shown. Data: the catalog's video-music pairs (optionally only
 * those from `sources`); pairs marked VALIDATION are held out, or `validationFraction` of the
 * TRAIN pairs when none is. Without `sources`, only the features of the front end that the
 * catalog's searchable tracks use train; the run reports what it left out (TrainingRun.leftOut).
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
  /**
   * Choose the loss weight by validation: train every combination of these λ (both lambdaVideo and
   * lambdaMusic), temperatureIn and temperatureOut values (at most 8 settings; an omitted grid uses
   * the single value above), each for `epochs`, and keep the setting with the best validation
   * video -> music R@10 (ties: lower mean rank, then grid order). E.g. lambdaGrid: [0, 0.25, 1].
   */
  lambdaGrid?: InputMaybe<Array<Scalars['Float']['input']>>;
  lambdaMusic?: InputMaybe<Scalars['Float']['input']>;
  lambdaVideo?: InputMaybe<Scalars['Float']['input']>;
  learningRate?: InputMaybe<Scalars['Float']['input']>;
  maxPairs?: InputMaybe<Scalars['Int']['input']>;
  /** What to learn from; default [VIDEO_MUSIC]. Duplicates are refused. */
  objectives?: InputMaybe<Array<TrainingObjective>>;
  patience?: InputMaybe<Scalars['Int']['input']>;
  seed?: InputMaybe<Scalars['Int']['input']>;
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
  temperature?: InputMaybe<Scalars['Float']['input']>;
  temperatureIn?: InputMaybe<Scalars['Float']['input']>;
  temperatureInGrid?: InputMaybe<Array<Scalars['Float']['input']>>;
  temperatureOut?: InputMaybe<Scalars['Float']['input']>;
  temperatureOutGrid?: InputMaybe<Array<Scalars['Float']['input']>>;
  /** II-CLVTM: fuse the videos' text cues into the video side. */
  useText?: InputMaybe<Scalars['Boolean']['input']>;
  validationFraction?: InputMaybe<Scalars['Float']['input']>;
  /** Start from the active model's weights (it must have the same architecture) instead of from scratch. */
  warmStart?: InputMaybe<Scalars['Boolean']['input']>;
  weightDecay?: InputMaybe<Scalars['Float']['input']>;
};

/**
 * What a training run learns from. One run may combine several; each contributes its own batches
 * and its own validation score (docs/ml.md, Objectives).
 */
export type TrainingObjective =
  /**
   * The music tower on the catalog's own per-second audio features, with no pairs: two windows of
   * the same recording, augmented as a real upload differs from the master, are positives.
   * Validation holds out whole recordings.
   */
  | 'MUSIC_SELF_SUPERVISED'
  /**
   * The text tower on the catalog's own metadata: each track's tags, title and artists are the
   * text, its audio the music. Validation holds out whole tracks.
   */
  | 'TEXT_TO_MUSIC'
  /** The catalog's video-music pairs (the paper's setting): video tower against music tower. */
  | 'VIDEO_MUSIC';

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
  /**
   * The front end the run trained on per modality (e.g. audio vmr-logmel@1), and the pairs and
   * tracks it left out and why (another front end, no features), once the data is loaded.
   */
  leftOut: Array<TrainingExclusion>;
  /** Per-step loss components; pass sinceStep to fetch only new points when polling. */
  losses: Array<LossPoint>;
  modelVersion?: Maybe<ModelVersion>;
  /** Validation R@10 of the new model and of the model that was active. */
  newModelScore?: Maybe<Scalars['Float']['output']>;
  /** The objectives the run trained, in the order given. */
  objectives: Array<TrainingObjective>;
  parentModel?: Maybe<ModelVersion>;
  /** Every setting of the run's lambdaGrid / temperature grids with its validation score; null without a grid. */
  settings?: Maybe<Array<TrainingSettingResult>>;
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

/** One setting of a run's λ / τ grid, scored on the validation pairs with its best-epoch weights. */
export type TrainingSettingResult = {
  __typename?: 'TrainingSettingResult';
  bestEpoch: Scalars['Int']['output'];
  /** The setting whose model the run exported (and may activate). */
  chosen: Scalars['Boolean']['output'];
  lambda: Scalars['Float']['output'];
  /** Validation video -> music mean rank with its interval (breaks ties in R@10). */
  meanRank: MetricEstimate;
  tauIn: Scalars['Float']['output'];
  tauOut: Scalars['Float']['output'];
  /** Validation video -> music R@10 with its 95% bootstrap interval: the selection metric. */
  validation: MetricEstimate;
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

/** Fields left out stay unchanged; an explicit null clears an optional field. Setting durationSec, bpm, key, mode or loudness makes it the editor's: audio estimates no longer replace it (null hands it back to them). */
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
  /** LUFS, -70 to 5. */
  loudness?: InputMaybe<Scalars['Float']['input']>;
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
  /** Tracks paired with this video in the training data (any status the caller may fetch by id: training data). */
  pairedTracks: Array<Track>;
  /** Where the video came from, e.g. api, yt8m, demo. */
  source?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** Exists only to train (the demo's synthetic training set): `videos` lists it only when `source` names it. */
  trainingOnly: Scalars['Boolean']['output'];
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
 * II-CLVTM), a video file sent to POST /uploads (`uploadId`, with optional `text`), or text cues
 * alone (`text`).
 */
export type VideoQuery = {
  audio?: InputMaybe<FeatureInput>;
  text?: InputMaybe<VideoTextInput>;
  /**
   * A search upload's id (POST /uploads answers it): the file's frames, audio and (with OCR on)
   * on-screen text are extracted at once, then the upload is deleted. Only the key that uploaded
   * it may use it. A file that cannot be used is BAD_USER_INPUT with `extensions.reason`.
   */
  uploadId?: InputMaybe<Scalars['ID']['input']>;
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
    | ( IngestJobRow )
    | ( LicenceRestrictionRow )
    | ( LicenceTermRow )
    | ( ModelVersionRow )
    | ( RightsPartyRow )
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
  AuditAction: AuditAction;
  AuditEntity: AuditEntity;
  AuditEntry: ResolverTypeWrapper<AuditLogRow>;
  AuditEntryConnection: ResolverTypeWrapper<ConnectionParent<AuditLogRow>>;
  AuditEntryEdge: ResolverTypeWrapper<EdgeParent<AuditLogRow>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateTagInput: CreateTagInput;
  CreateTrackInput: CreateTrackInput;
  CreateVideoInput: CreateVideoInput;
  CreatedApiKey: ResolverTypeWrapper<Omit<CreatedApiKey, 'apiKey'> & { apiKey: ResolversTypes['ApiKey'] }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DdexImportReport: ResolverTypeWrapper<DdexImportReportResult>;
  DirectionMetrics: ResolverTypeWrapper<DirectionMetrics>;
  Divergence: Divergence;
  EmbeddingState: EmbeddingState;
  EpochValidation: ResolverTypeWrapper<EpochValidationParent>;
  EstimatedField: EstimatedField;
  FeatureDtype: FeatureDtype;
  FeatureInfo: ResolverTypeWrapper<FeatureInfoRow>;
  FeatureInput: FeatureInput;
  FeatureKind: FeatureKind;
  FieldEstimate: ResolverTypeWrapper<FieldEstimate>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FloatRange: FloatRange;
  FusionInput: FusionInput;
  FusionMethod: FusionMethod;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportFormat: ImportFormat;
  ImportRejection: ResolverTypeWrapper<ImportRejection>;
  ImportReport: ResolverTypeWrapper<ImportReport>;
  ImportRowOutcome: ImportRowOutcome;
  ImportRowResult: ResolverTypeWrapper<ImportRowResult>;
  IngestJob: ResolverTypeWrapper<IngestJobRow>;
  IngestJobKind: IngestJobKind;
  IngestJobStatus: IngestJobStatus;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntRange: IntRange;
  KeyMode: KeyMode;
  LicenceCheck: ResolverTypeWrapper<LicenceCheckResult>;
  LicenceFilter: LicenceFilter;
  LicenceReason: ResolverTypeWrapper<LicenceReasonResult>;
  LicenceReasonCode: LicenceReasonCode;
  LicenceRestriction: ResolverTypeWrapper<LicenceRestrictionRow>;
  LicenceRestrictionInput: LicenceRestrictionInput;
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
  RightsHolding: ResolverTypeWrapper<RightsHoldingRow>;
  RightsHoldingInput: RightsHoldingInput;
  RightsParty: ResolverTypeWrapper<RightsPartyRow>;
  RightsPartyInput: RightsPartyInput;
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
  TrackAudioFile: ResolverTypeWrapper<TrackAudioFile>;
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
  TrainingExclusion: ResolverTypeWrapper<TrainingExclusion>;
  TrainingInput: TrainingInput;
  TrainingObjective: TrainingObjective;
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
  TrainingSettingResult: ResolverTypeWrapper<TrainingSettingResult>;
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
  AuditEntry: AuditLogRow;
  AuditEntryConnection: ConnectionParent<AuditLogRow>;
  AuditEntryEdge: EdgeParent<AuditLogRow>;
  Boolean: Scalars['Boolean']['output'];
  CreateTagInput: CreateTagInput;
  CreateTrackInput: CreateTrackInput;
  CreateVideoInput: CreateVideoInput;
  CreatedApiKey: Omit<CreatedApiKey, 'apiKey'> & { apiKey: ResolversParentTypes['ApiKey'] };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DdexImportReport: DdexImportReportResult;
  DirectionMetrics: DirectionMetrics;
  EpochValidation: EpochValidationParent;
  FeatureInfo: FeatureInfoRow;
  FeatureInput: FeatureInput;
  FieldEstimate: FieldEstimate;
  Float: Scalars['Float']['output'];
  FloatRange: FloatRange;
  FusionInput: FusionInput;
  ID: Scalars['ID']['output'];
  ImportRejection: ImportRejection;
  ImportReport: ImportReport;
  ImportRowResult: ImportRowResult;
  IngestJob: IngestJobRow;
  Int: Scalars['Int']['output'];
  IntRange: IntRange;
  LicenceCheck: LicenceCheckResult;
  LicenceFilter: LicenceFilter;
  LicenceReason: LicenceReasonResult;
  LicenceRestriction: LicenceRestrictionRow;
  LicenceRestrictionInput: LicenceRestrictionInput;
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
  RightsHolding: RightsHoldingRow;
  RightsHoldingInput: RightsHoldingInput;
  RightsParty: RightsPartyRow;
  RightsPartyInput: RightsPartyInput;
  SearchExplanation: SearchExplanationParent;
  SearchFacets: SearchFacetsParent;
  SearchSignal: SearchSignal;
  String: Scalars['String']['output'];
  Tag: TagRow;
  TagFacet: TagFacetParent;
  TagFilter: TagFilter;
  TagWeight: TagWeightParent;
  Track: TrackRow;
  TrackAudioFile: TrackAudioFile;
  TrackConnection: ConnectionParent<TrackRow>;
  TrackEdge: EdgeParent<TrackRow>;
  TrackEmbeddingStatus: TrackEmbeddingStatusParent;
  TrackFilter: TrackFilter;
  TrackOrder: TrackOrder;
  TrackSearchConnection: SearchConnection;
  TrackSearchEdge: SearchEdge;
  TrackTagInput: TrackTagInput;
  TrainingExclusion: TrainingExclusion;
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
  TrainingSettingResult: TrainingSettingResult;
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

export type AuditEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  apiKeyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['AuditEntity'], ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  trackId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
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

export type DdexImportReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DdexImportReport'] = ResolversParentTypes['DdexImportReport']> = {
  grantsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grantsReplaced?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ignoredUseTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  releases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  restored?: Resolver<Array<ResolversTypes['Track']>, ParentType, ContextType>;
  takenDown?: Resolver<Array<ResolversTypes['Track']>, ParentType, ContextType>;
  tracks?: Resolver<Array<ResolversTypes['Track']>, ParentType, ContextType>;
  unknownIsrcs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

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
  frontEnd?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FeatureKind'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type FieldEstimateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FieldEstimate'] = ResolversParentTypes['FieldEstimate']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  estimatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['EstimatedField'], ParentType, ContextType>;
  frontEnd?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  rows?: Resolver<Array<ResolversTypes['ImportRowResult']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportRowResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportRowResult'] = ResolversParentTypes['ImportRowResult']> = {
  isrc?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ImportRowOutcome'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IngestJobResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IngestJob'] = ResolversParentTypes['IngestJob']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IngestJobKind'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IngestJobStatus'], ParentType, ContextType>;
  track?: Resolver<Maybe<ResolversTypes['Track']>, ParentType, ContextType>;
  video?: Resolver<Maybe<ResolversTypes['Video']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LicenceCheckResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LicenceCheck'] = ResolversParentTypes['LicenceCheck']> = {
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['LicenceReason']>, ParentType, ContextType>;
};

export type LicenceReasonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LicenceReason'] = ResolversParentTypes['LicenceReason']> = {
  code?: Resolver<ResolversTypes['LicenceReasonCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  party?: Resolver<Maybe<ResolversTypes['RightsParty']>, ParentType, ContextType>;
  restriction?: Resolver<Maybe<ResolversTypes['LicenceRestriction']>, ParentType, ContextType>;
  side?: Resolver<ResolversTypes['RightsSide'], ParentType, ContextType>;
  term?: Resolver<Maybe<ResolversTypes['LicenceTerm']>, ParentType, ContextType>;
  territory?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LicenceRestrictionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LicenceRestriction'] = ResolversParentTypes['LicenceRestriction']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  side?: Resolver<ResolversTypes['RightsSide'], ParentType, ContextType>;
  territories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  track?: Resolver<ResolversTypes['Track'], ParentType, ContextType>;
  usages?: Resolver<Array<ResolversTypes['LicenceUsage']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LicenceTermResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LicenceTerm'] = ResolversParentTypes['LicenceTerm']> = {
  commercialModels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  contentIdRegistered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ddexRelease?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  exclusive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  party?: Resolver<Maybe<ResolversTypes['RightsParty']>, ParentType, ContextType>;
  priceTier?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rightsHolder?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  side?: Resolver<ResolversTypes['RightsSide'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  audioFrontEnd?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  datasetHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dim?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  embeddedTracks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metrics?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  objectives?: Resolver<Array<ResolversTypes['TrainingObjective']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['ModelVersion']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unfamiliarTracks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  validationR10?: Resolver<Maybe<ResolversTypes['MetricEstimate']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  visualFrontEnd?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  activateModel?: Resolver<ResolversTypes['ModelVersion'], ParentType, ContextType, RequireFields<MutationActivateModelArgs, 'force' | 'id'>>;
  addTrainingPairs?: Resolver<ResolversTypes['TrainingPairsReport'], ParentType, ContextType, RequireFields<MutationAddTrainingPairsArgs, 'pairs'>>;
  attachTrackAudio?: Resolver<ResolversTypes['IngestJob'], ParentType, ContextType, RequireFields<MutationAttachTrackAudioArgs, 'trackId' | 'uploadId'>>;
  cancelTraining?: Resolver<ResolversTypes['TrainingRun'], ParentType, ContextType, RequireFields<MutationCancelTrainingArgs, 'id'>>;
  clearTrackAudioFeatures?: Resolver<ResolversTypes['Track'], ParentType, ContextType, RequireFields<MutationClearTrackAudioFeaturesArgs, 'trackId'>>;
  createApiKey?: Resolver<ResolversTypes['CreatedApiKey'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'name' | 'role'>>;
  createArtist?: Resolver<ResolversTypes['Artist'], ParentType, ContextType, RequireFields<MutationCreateArtistArgs, 'input'>>;
  createLicenceRestriction?: Resolver<ResolversTypes['LicenceRestriction'], ParentType, ContextType, RequireFields<MutationCreateLicenceRestrictionArgs, 'input' | 'trackId'>>;
  createLicenceTerm?: Resolver<ResolversTypes['LicenceTerm'], ParentType, ContextType, RequireFields<MutationCreateLicenceTermArgs, 'input' | 'trackId'>>;
  createRightsParty?: Resolver<ResolversTypes['RightsParty'], ParentType, ContextType, RequireFields<MutationCreateRightsPartyArgs, 'input'>>;
  createTag?: Resolver<ResolversTypes['Tag'], ParentType, ContextType, RequireFields<MutationCreateTagArgs, 'input'>>;
  createTrack?: Resolver<ResolversTypes['Track'], ParentType, ContextType, RequireFields<MutationCreateTrackArgs, 'input'>>;
  createVideo?: Resolver<ResolversTypes['Video'], ParentType, ContextType, RequireFields<MutationCreateVideoArgs, 'input'>>;
  createVideoFromUpload?: Resolver<ResolversTypes['IngestJob'], ParentType, ContextType, RequireFields<MutationCreateVideoFromUploadArgs, 'pairOwnAudio' | 'uploadId'>>;
  deleteArtist?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteArtistArgs, 'id'>>;
  deleteLicenceRestriction?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteLicenceRestrictionArgs, 'id'>>;
  deleteLicenceTerm?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteLicenceTermArgs, 'id'>>;
  deleteTag?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteTagArgs, 'id'>>;
  deleteTrack?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteTrackArgs, 'id'>>;
  deleteVideo?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteVideoArgs, 'id'>>;
  importDdexDeals?: Resolver<ResolversTypes['DdexImportReport'], ParentType, ContextType, RequireFields<MutationImportDdexDealsArgs, 'side' | 'xml'>>;
  importTracks?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationImportTracksArgs, 'data' | 'dryRun' | 'format' | 'lenient'>>;
  ingestAudio?: Resolver<ResolversTypes['IngestJob'], ParentType, ContextType, RequireFields<MutationIngestAudioArgs, 'uploadId'>>;
  removeTrainingPairs?: Resolver<ResolversTypes['TrainingPairsReport'], ParentType, ContextType, RequireFields<MutationRemoveTrainingPairsArgs, 'pairs'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  rollbackModel?: Resolver<ResolversTypes['ModelVersion'], ParentType, ContextType>;
  setRightsHoldings?: Resolver<Array<ResolversTypes['RightsHolding']>, ParentType, ContextType, RequireFields<MutationSetRightsHoldingsArgs, 'holdings' | 'side' | 'trackId'>>;
  setTrackAudioFeatures?: Resolver<ResolversTypes['Track'], ParentType, ContextType, RequireFields<MutationSetTrackAudioFeaturesArgs, 'features' | 'trackId'>>;
  setTrackTags?: Resolver<ResolversTypes['Track'], ParentType, ContextType, RequireFields<MutationSetTrackTagsArgs, 'tags' | 'trackId'>>;
  startTraining?: Resolver<ResolversTypes['TrainingRun'], ParentType, ContextType, RequireFields<MutationStartTrainingArgs, 'input'>>;
  updateArtist?: Resolver<ResolversTypes['Artist'], ParentType, ContextType, RequireFields<MutationUpdateArtistArgs, 'id' | 'input'>>;
  updateLicenceRestriction?: Resolver<ResolversTypes['LicenceRestriction'], ParentType, ContextType, RequireFields<MutationUpdateLicenceRestrictionArgs, 'id' | 'input'>>;
  updateLicenceTerm?: Resolver<ResolversTypes['LicenceTerm'], ParentType, ContextType, RequireFields<MutationUpdateLicenceTermArgs, 'id' | 'input'>>;
  updateTag?: Resolver<ResolversTypes['Tag'], ParentType, ContextType, RequireFields<MutationUpdateTagArgs, 'id' | 'input'>>;
  updateTrack?: Resolver<ResolversTypes['Track'], ParentType, ContextType, RequireFields<MutationUpdateTrackArgs, 'id' | 'input'>>;
  updateVideo?: Resolver<ResolversTypes['Video'], ParentType, ContextType, RequireFields<MutationUpdateVideoArgs, 'id' | 'input'>>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'ApiKey' | 'Artist' | 'IngestJob' | 'LicenceRestriction' | 'LicenceTerm' | 'ModelVersion' | 'RightsParty' | 'Tag' | 'Track' | 'TrainingPair' | 'TrainingRun' | 'Video', ParentType, ContextType>;
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
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  ingestJob?: Resolver<Maybe<ResolversTypes['IngestJob']>, ParentType, ContextType, RequireFields<QueryIngestJobArgs, 'id'>>;
  licenceCheck?: Resolver<ResolversTypes['LicenceCheck'], ParentType, ContextType, RequireFields<QueryLicenceCheckArgs, 'territories' | 'trackId' | 'usage'>>;
  modelVersions?: Resolver<Array<ResolversTypes['ModelVersion']>, ParentType, ContextType>;
  musicForVideo?: Resolver<ResolversTypes['TrackSearchConnection'], ParentType, ContextType, RequireFields<QueryMusicForVideoArgs, 'first' | 'video'>>;
  musicLikeUpload?: Resolver<ResolversTypes['TrackSearchConnection'], ParentType, ContextType, RequireFields<QueryMusicLikeUploadArgs, 'first' | 'uploadId'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  rightsParties?: Resolver<Array<ResolversTypes['RightsParty']>, ParentType, ContextType, RequireFields<QueryRightsPartiesArgs, 'first'>>;
  searchTracks?: Resolver<ResolversTypes['TrackSearchConnection'], ParentType, ContextType, RequireFields<QuerySearchTracksArgs, 'first' | 'text'>>;
  similarTracks?: Resolver<ResolversTypes['TrackSearchConnection'], ParentType, ContextType, RequireFields<QuerySimilarTracksArgs, 'first' | 'trackIds'>>;
  tags?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType, Partial<QueryTagsArgs>>;
  track?: Resolver<Maybe<ResolversTypes['Track']>, ParentType, ContextType, RequireFields<QueryTrackArgs, 'id'>>;
  trackFacets?: Resolver<ResolversTypes['SearchFacets'], ParentType, ContextType, Partial<QueryTrackFacetsArgs>>;
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

export type RightsHoldingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RightsHolding'] = ResolversParentTypes['RightsHolding']> = {
  party?: Resolver<ResolversTypes['RightsParty'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  side?: Resolver<ResolversTypes['RightsSide'], ParentType, ContextType>;
};

export type RightsPartyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RightsParty'] = ResolversParentTypes['RightsParty']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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
  audioFile?: Resolver<Maybe<ResolversTypes['TrackAudioFile']>, ParentType, ContextType>;
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<TrackAuditLogArgs, 'first'>>;
  bpm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  credits?: Resolver<Array<ResolversTypes['ArtistCredit']>, ParentType, ContextType>;
  durationSec?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  embeddings?: Resolver<Array<ResolversTypes['TrackEmbeddingStatus']>, ParentType, ContextType>;
  energy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  estimates?: Resolver<Array<ResolversTypes['FieldEstimate']>, ParentType, ContextType>;
  explicit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasVocals?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  holdings?: Resolver<Array<ResolversTypes['RightsHolding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isrc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  licences?: Resolver<Array<ResolversTypes['LicenceTerm']>, ParentType, ContextType>;
  loudness?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  mode?: Resolver<Maybe<ResolversTypes['KeyMode']>, ParentType, ContextType>;
  releaseDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  restrictions?: Resolver<Array<ResolversTypes['LicenceRestriction']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TrackStatus'], ParentType, ContextType>;
  tagWeights?: Resolver<Array<ResolversTypes['TagWeight']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TrackAudioFileResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrackAudioFile'] = ResolversParentTypes['TrackAudioFile']> = {
  fileName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type TrainingExclusionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrainingExclusion'] = ResolversParentTypes['TrainingExclusion']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  leftOut?: Resolver<Array<ResolversTypes['TrainingExclusion']>, ParentType, ContextType>;
  losses?: Resolver<Array<ResolversTypes['LossPoint']>, ParentType, ContextType, Partial<TrainingRunLossesArgs>>;
  modelVersion?: Resolver<Maybe<ResolversTypes['ModelVersion']>, ParentType, ContextType>;
  newModelScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  objectives?: Resolver<Array<ResolversTypes['TrainingObjective']>, ParentType, ContextType>;
  parentModel?: Resolver<Maybe<ResolversTypes['ModelVersion']>, ParentType, ContextType>;
  settings?: Resolver<Maybe<Array<ResolversTypes['TrainingSettingResult']>>, ParentType, ContextType>;
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

export type TrainingSettingResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrainingSettingResult'] = ResolversParentTypes['TrainingSettingResult']> = {
  bestEpoch?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  chosen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lambda?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  meanRank?: Resolver<ResolversTypes['MetricEstimate'], ParentType, ContextType>;
  tauIn?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  tauOut?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  validation?: Resolver<ResolversTypes['MetricEstimate'], ParentType, ContextType>;
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
  trainingOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  CreatedApiKey?: CreatedApiKeyResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DdexImportReport?: DdexImportReportResolvers<ContextType>;
  DirectionMetrics?: DirectionMetricsResolvers<ContextType>;
  EpochValidation?: EpochValidationResolvers<ContextType>;
  FeatureInfo?: FeatureInfoResolvers<ContextType>;
  FieldEstimate?: FieldEstimateResolvers<ContextType>;
  ImportRejection?: ImportRejectionResolvers<ContextType>;
  ImportReport?: ImportReportResolvers<ContextType>;
  ImportRowResult?: ImportRowResultResolvers<ContextType>;
  IngestJob?: IngestJobResolvers<ContextType>;
  LicenceCheck?: LicenceCheckResolvers<ContextType>;
  LicenceReason?: LicenceReasonResolvers<ContextType>;
  LicenceRestriction?: LicenceRestrictionResolvers<ContextType>;
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
  RightsHolding?: RightsHoldingResolvers<ContextType>;
  RightsParty?: RightsPartyResolvers<ContextType>;
  SearchExplanation?: SearchExplanationResolvers<ContextType>;
  SearchFacets?: SearchFacetsResolvers<ContextType>;
  SearchSignal?: SearchSignalResolvers<ContextType>;
  Tag?: TagResolvers<ContextType>;
  TagFacet?: TagFacetResolvers<ContextType>;
  TagWeight?: TagWeightResolvers<ContextType>;
  Track?: TrackResolvers<ContextType>;
  TrackAudioFile?: TrackAudioFileResolvers<ContextType>;
  TrackConnection?: TrackConnectionResolvers<ContextType>;
  TrackEdge?: TrackEdgeResolvers<ContextType>;
  TrackEmbeddingStatus?: TrackEmbeddingStatusResolvers<ContextType>;
  TrackSearchConnection?: TrackSearchConnectionResolvers<ContextType>;
  TrackSearchEdge?: TrackSearchEdgeResolvers<ContextType>;
  TrainingExclusion?: TrainingExclusionResolvers<ContextType>;
  TrainingPair?: TrainingPairResolvers<ContextType>;
  TrainingPairConnection?: TrainingPairConnectionResolvers<ContextType>;
  TrainingPairCount?: TrainingPairCountResolvers<ContextType>;
  TrainingPairEdge?: TrainingPairEdgeResolvers<ContextType>;
  TrainingPairsReport?: TrainingPairsReportResolvers<ContextType>;
  TrainingRun?: TrainingRunResolvers<ContextType>;
  TrainingRunConnection?: TrainingRunConnectionResolvers<ContextType>;
  TrainingRunEdge?: TrainingRunEdgeResolvers<ContextType>;
  TrainingSettingResult?: TrainingSettingResultResolvers<ContextType>;
  Video?: VideoResolvers<ContextType>;
  VideoConnection?: VideoConnectionResolvers<ContextType>;
  VideoEdge?: VideoEdgeResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

