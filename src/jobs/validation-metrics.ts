import {
  retrievalMetrics,
  type EmbeddingService,
  type RetrievalMetrics,
  type TrainingDataset,
} from '../ml/index.js';

/**
 * R@K and ranks of an exported model on the dataset's validation pairs, computed through the
 * same inference path search uses, so the new model and the active one are compared alike.
 */
export async function validationMetrics(
  embedder: EmbeddingService,
  dataset: TrainingDataset,
): Promise<RetrievalMetrics> {
  const pairs = dataset.pairs.filter((p) => p.split === 'val');
  const videos = new Map(dataset.videos.map((v) => [v.id, v]));
  const tracks = new Map(dataset.tracks.map((t) => [t.id, t]));
  const videoIds = [...new Set(pairs.map((p) => p.videoId))];
  const trackIds = [...new Set(pairs.map((p) => p.trackId))];
  const videoEmb = await embedder.embedVideo(videoIds.map((id) => videos.get(id)!));
  const trackEmb = await embedder.embedMusic(trackIds.map((id) => tracks.get(id)!.audio));
  const dim = embedder.manifest.dim;
  const flat = (rows: Float32Array[]) => {
    const out = new Float32Array(rows.length * dim);
    rows.forEach((r, i) => out.set(r, i * dim));
    return out;
  };
  const vIndex = new Map(videoIds.map((id, i) => [id, i]));
  const tIndex = new Map(trackIds.map((id, i) => [id, i]));
  return retrievalMetrics(
    flat(videoEmb),
    flat(trackEmb),
    dim,
    pairs.map((p) => ({ video: vIndex.get(p.videoId)!, track: tIndex.get(p.trackId)! })),
  );
}

/** One number to compare models by: validation R@10, averaged over both directions. */
export function validationScore(m: RetrievalMetrics): number {
  return (m.v2m.r10 + m.m2v.r10) / 2;
}
