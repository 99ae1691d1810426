import type { ModelVersion } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import { featureSequenceOf } from '../catalog/features.js';
import type { EmbedderPool } from '../models/embedders.js';
import { alignedWindowScore, clipWindows, trackWindows, type FeatureSequence } from '../ml/index.js';

/**
 * The second stage of musicLikeUpload: a clip matched against a track window by window (aligned
 * window matching, src/ml/objectives/track-windows.ts), over the pool of tracks the whole-clip
 * vector found. A track's window embeddings are computed from its stored features under the
 * search's version and kept (least recently used go first, within WINDOW_CACHE_BYTES), so a pool
 * costs the encoder once per track and version.
 */
export const RERANK_POOL = 100;
export const WINDOW_CACHE_BYTES = 128 * 1024 * 1024;

const cache = new Map<string, Float32Array[]>();
let cachedBytes = 0;

function remember(key: string, windows: Float32Array[]): void {
  cache.set(key, windows);
  cachedBytes += windows.reduce((n, w) => n + w.byteLength, 0);
  while (cachedBytes > WINDOW_CACHE_BYTES && cache.size > 1) {
    const [oldest, value] = cache.entries().next().value!;
    cache.delete(oldest);
    cachedBytes -= value.reduce((n, w) => n + w.byteLength, 0);
  }
}

/** Each track's window embeddings under `version` (tracks without audio features are absent). */
async function trackWindowEmbeddings(
  db: Db,
  embedders: EmbedderPool,
  version: ModelVersion,
  trackIds: string[],
): Promise<Map<string, Float32Array[]>> {
  const out = new Map<string, Float32Array[]>();
  const missing: string[] = [];
  for (const id of trackIds) {
    const key = `${version.id}:${id}`;
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key); // re-insert: Map order is the LRU order
      cache.set(key, hit);
      out.set(id, hit);
    } else missing.push(id);
  }
  if (missing.length === 0) return out;
  const embedder = await embedders.get(version);
  const features = await db.mediaFeature.findMany({ where: { trackId: { in: missing }, kind: 'AUDIO' } });
  const windows = features.map((f) => ({
    trackId: f.trackId!,
    seqs: trackWindows(featureSequenceOf(f)).map((w) => w.seq),
  }));
  const flat = await embedder.embedMusic(windows.flatMap((w) => w.seqs));
  let next = 0;
  for (const w of windows) {
    const embedded = w.seqs.map(() => flat[next++]!);
    remember(`${version.id}:${w.trackId}`, embedded);
    out.set(w.trackId, embedded);
  }
  return out;
}

/** The rerank stage for one clip: each pooled track's aligned-window score. */
export function clipMatcher(
  db: Db,
  embedders: EmbedderPool,
  clip: FeatureSequence,
): (version: ModelVersion, trackIds: string[]) => Promise<Map<string, number>> {
  return async (version, trackIds) => {
    const embedder = await embedders.get(version);
    const [clipEmb, tracks] = await Promise.all([
      embedder.embedMusic(clipWindows(clip)),
      trackWindowEmbeddings(db, embedders, version, trackIds),
    ]);
    return new Map([...tracks].map(([id, windows]) => [id, alignedWindowScore(clipEmb, windows).score]));
  };
}
