import { createHash } from 'node:crypto';
import type { FeatureSequence } from '../features/feature-sequence.js';
import type { TrainingDataset } from './dataset.js';

function updateSeq(h: ReturnType<typeof createHash>, s: FeatureSequence | undefined): void {
  if (!s) {
    h.update('-');
    return;
  }
  h.update(`${s.frames}x${s.dim}:${s.dtype}`);
  h.update(new Uint8Array(s.data.buffer, s.data.byteOffset, s.data.byteLength));
}

/** sha256 over ids, text, pairs, compatibility and every feature byte: identifies the exact training data. */
export function datasetHash(ds: TrainingDataset): string {
  const h = createHash('sha256');
  for (const v of ds.videos) {
    h.update(`v:${v.id}:${JSON.stringify(v.text ?? null)}`);
    updateSeq(h, v.visual);
    updateSeq(h, v.audio);
  }
  for (const t of ds.tracks) {
    h.update(`t:${t.id}`);
    updateSeq(h, t.audio);
  }
  h.update(JSON.stringify(ds.pairs));
  h.update(JSON.stringify(ds.compatible ?? null));
  // Only when present, so datasets without unpaired tracks keep the hash they always had.
  if (ds.unpairedTracks) h.update(`u:${JSON.stringify(ds.unpairedTracks)}`);
  return h.digest('hex');
}
