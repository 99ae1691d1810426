import type { IndexedDataset, Split } from '../data/dataset.js';
import type { ParamStore } from '../model/params.js';
import type { Embedder } from './embedder.js';
import { retrievalMetrics } from './metrics.js';
import type { RetrievalMetrics } from './metrics.js';

/**
 * Embeds the split's videos and tracks and scores retrieval among them only
 * (held-out pairs rank against held-out candidates, the paper's protocol).
 */
export async function evaluateSplit(
  embedder: Embedder,
  params: ParamStore,
  ix: IndexedDataset,
  split: Split,
): Promise<RetrievalMetrics> {
  const pairs = ix.split[split];
  if (pairs.length === 0) throw new RangeError(`evaluate: split '${split}' has no pairs`);
  const videoRows = [...new Set(pairs.map((p) => p.video))];
  const trackRows = [...new Set(pairs.map((p) => p.track))];
  const vPos = new Map(videoRows.map((v, i) => [v, i]));
  const tPos = new Map(trackRows.map((t, i) => [t, i]));
  const ve = await embedder.embedVideos(
    params,
    videoRows.map((v) => ix.ds.videos[v]!),
  );
  const te = await embedder.embedTracks(
    params,
    trackRows.map((t) => ix.ds.tracks[t]!.audio),
  );
  const fits = pairs.map((p) => {
    const ids = ix.ds.compatible?.[ix.ds.videos[p.video]!.id];
    if (!ids) return undefined;
    return ids.map((id) => tPos.get(ix.trackIndex.get(id) ?? -1)).filter((x): x is number => x !== undefined);
  });
  return retrievalMetrics(
    ve,
    te,
    embedder.c.dim,
    pairs.map((p) => ({ video: vPos.get(p.video)!, track: tPos.get(p.track)! })),
    fits,
  );
}
