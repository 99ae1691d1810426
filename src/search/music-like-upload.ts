import type { ModelVersion } from '../generated/prisma/client.js';
import type { TrackFilterInput } from '../catalog/track-filter.js';
import { badInput } from '../errors.js';
import { assertSameFrontEnd, modelFrontEnd } from '../media/front-end.js';
import { audioQueryFromUpload, type UploadedAudioQuery } from '../media/ingest/search-upload.js';
import type { Caller } from '../media/ingest/requests.js';
import type { EmbedderPool } from '../models/embedders.js';
import { pageSize } from '../paging/cursors.js';
import { clipMatcher, RERANK_POOL } from './clip-matching.js';
import { embedOrBadInput } from './query-vector.js';
import { cachedQueryVector, queryVectorKey } from './query-vector-cache.js';
import type { SearchContext } from './search-context.js';
import type { SearchConnection } from './search-result.js';
import { vectorSearch } from './vector-search.js';

export interface MusicLikeUploadArgs {
  uploadId: string;
  filter?: TrackFilterInput | null;
  first?: number | null;
  after?: string | null;
}

/**
 * A consumed upload's features, kept for the later pages of the same walk: the upload itself is
 * deleted as soon as it is extracted, yet `after` must keep working. Held per upload id for the
 * key that sent it, until the upload would have expired (UPLOAD_RETENTION_S), within a byte
 * budget (least recently used go first). Only a request with `after` reads them: a first page
 * always needs the upload, so a consumed upload cannot be searched again from the start.
 */
interface KeptQuery {
  keyId: string | null;
  query: UploadedAudioQuery;
  until: number;
  bytes: number;
}
const kept = new Map<string, KeptQuery>();
let keptBytes = 0;
/** 16 MiB: ~36 hours of 128-byte feature rows, e.g. 1,600 three-minute clips. */
export const KEPT_QUERY_BYTES = 16 * 1024 * 1024;

function forget(uploadId: string): void {
  const entry = kept.get(uploadId);
  if (!entry) return;
  kept.delete(uploadId);
  keptBytes -= entry.bytes;
}

function keep(uploadId: string, keyId: string | null, query: UploadedAudioQuery): void {
  const now = Date.now();
  for (const [id, entry] of kept) if (entry.until <= now) forget(id);
  forget(uploadId);
  const bytes = query.features.data.byteLength;
  if (bytes > KEPT_QUERY_BYTES) return;
  const until = query.expiresAt?.getTime() ?? now;
  if (until <= now) return;
  kept.set(uploadId, { keyId, query, until, bytes });
  keptBytes += bytes;
  while (keptBytes > KEPT_QUERY_BYTES) forget(kept.keys().next().value!);
}

function keptFor(uploadId: string, caller: Caller): UploadedAudioQuery | null {
  const entry = kept.get(uploadId);
  if (!entry || entry.keyId !== caller.keyId) return null;
  if (entry.until <= Date.now()) {
    forget(uploadId);
    return null;
  }
  kept.delete(uploadId); // re-insert: Map order is the LRU order
  kept.set(uploadId, entry);
  return entry.query;
}

/**
 * The query vector of extracted music features under one model version: that version's music
 * tower, the one that embeds tracks at ingest, so the query lies in the tracks' space. Features
 * of a front end other than the model's are refused (FRONT_END_MISMATCH), as setTrackAudioFeatures
 * and ingest refuse them. Vectors are cached by (version, features), as video queries are.
 */
export async function embedMusicQuery(
  embedders: EmbedderPool,
  version: ModelVersion,
  query: Pick<UploadedAudioQuery, 'features' | 'frontEnd'>,
  field = 'uploadId',
): Promise<Float32Array> {
  const embedder = await embedders.get(version);
  assertSameFrontEnd(query.frontEnd, modelFrontEnd(embedder.manifest, 'audio'), field);
  const key = queryVectorKey(
    version.id,
    { audio: query.features, frontEnds: { audio: query.frontEnd } },
    'music-tower',
  );
  return cachedQueryVector(key, async () => {
    const [vector] = await embedOrBadInput(() => embedder.embedMusic([query.features]), field);
    if (!vector!.every(Number.isFinite))
      throw badInput(`${field}: this audio gives a non-finite embedding`, field);
    return vector!;
  });
}

/**
 * musicLikeUpload: tracks like an uploaded audio clip. The caller's search upload (uploadFor's
 * rules: another key's is NOT_FOUND) is extracted as ingest extracts audio and deleted at once;
 * its features are embedded by the music tower of the search's version (the active one, or the
 * one a cursor pinned) and searched as `similarTracks` searches, with every filter, full pages
 * and cursors; the RERANK_POOL nearest tracks are then ordered by matching the clip window by
 * window (./clip-matching.ts). Later pages (`after`) use the features kept from the first one.
 */
export async function musicLikeUpload(
  ctx: SearchContext,
  embedders: EmbedderPool,
  caller: Caller,
  args: MusicLikeUploadArgs,
  options: { maxSeconds: number; signal?: AbortSignal },
): Promise<SearchConnection> {
  // Checked before the upload is consumed, so a bad `first` does not cost the caller the file.
  pageSize(args.first, 10);
  let query = args.after ? keptFor(args.uploadId, caller) : null;
  if (!query) {
    query = await audioQueryFromUpload(ctx.db, caller, args.uploadId, { ...options, field: 'uploadId' });
    keep(args.uploadId, caller.keyId, query);
  }
  const features = query;
  return vectorSearch(ctx, {
    kind: 'musicLikeUpload',
    definition: args.uploadId,
    filter: args.filter,
    first: args.first,
    after: args.after,
    vectorFor: (version) => embedMusicQuery(embedders, version, features),
    // The whole clip's vector finds the pool; the clip matched window by window orders it.
    rerank: {
      pool: RERANK_POOL,
      signal: 'WINDOWS',
      score: clipMatcher(ctx.db, embedders, features.features),
    },
  });
}
