import { createHash } from 'node:crypto';
import type { FeatureSequence } from '../ml/index.js';
import type { VideoQueryInput } from './query-vector.js';

/**
 * Query vectors by (model version, encoder input). An embedding is a pure function of the two: a
 * version's weights never change under its id, and the key hashes every byte and every text cue
 * the encoder reads, so nothing needs invalidating (a video whose features change hashes anew).
 * Repeated queries (the same catalog video, the same search text) then skip the encoder, which
 * is most of such a request's time. Least recently used entries go first.
 */
const MAX_ENTRIES = 1024;
const vectors = new Map<string, Float32Array>();

function hashSequence(
  hash: ReturnType<typeof createHash>,
  name: string,
  seq: FeatureSequence | undefined,
): void {
  if (!seq) return;
  hash.update(`${name}:${seq.frames}x${seq.dim}:${seq.dtype}:`);
  hash.update(new Uint8Array(seq.data.buffer, seq.data.byteOffset, seq.data.byteLength));
}

export function queryVectorKey(versionId: string, input: VideoQueryInput, field: string): string {
  const hash = createHash('sha256');
  hash.update(
    `${versionId}\0${field}\0${JSON.stringify(input.text ?? null)}\0${JSON.stringify(input.frontEnds ?? null)}\0`,
  );
  hashSequence(hash, 'visual', input.visual);
  hashSequence(hash, 'audio', input.audio);
  return hash.digest('base64');
}

export async function cachedQueryVector(
  key: string,
  embed: () => Promise<Float32Array>,
): Promise<Float32Array> {
  const hit = vectors.get(key);
  if (hit) {
    vectors.delete(key); // re-insert: Map order is the LRU order
    vectors.set(key, hit);
    return hit;
  }
  const vector = await embed();
  vectors.set(key, vector);
  if (vectors.size > MAX_ENTRIES) vectors.delete(vectors.keys().next().value!);
  return vector;
}
