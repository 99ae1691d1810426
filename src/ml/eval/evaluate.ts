import type { IndexedDataset, Split } from '../data/dataset.js';
import type { ParamStore } from '../model/params.js';
import type { Embedder } from './embedder.js';
import { retrievalMetrics } from './metrics.js';
import type { RetrievalMetrics } from './metrics.js';

/** What one split's evaluation ranks: rows into `videoRows` / `trackRows`, not dataset indices. */
export interface SplitQueries {
  /** Dataset indices of the split's videos (unique). */
  videoRows: number[];
  /** Dataset indices of the candidate tracks: every track of the split, paired or not. */
  trackRows: number[];
  pairs: { video: number; track: number }[];
  /** Per pair, the candidate rows that fit its video (its own track included), when known. */
  fits: (number[] | undefined)[];
}

export function splitQueries(ix: IndexedDataset, split: Split): SplitQueries {
  const pairs = ix.split[split];
  if (pairs.length === 0) throw new RangeError(`evaluate: split '${split}' has no pairs`);
  const videoRows = [...new Set(pairs.map((p) => p.video))];
  const trackRows = ix.candidates[split];
  const vPos = new Map(videoRows.map((v, i) => [v, i]));
  const tPos = new Map(trackRows.map((t, i) => [t, i]));
  const fits = pairs.map((p) => {
    const ids = ix.ds.compatible?.[ix.ds.videos[p.video]!.id];
    if (!ids) return undefined;
    return ids.map((id) => tPos.get(ix.trackIndex.get(id) ?? -1)).filter((x): x is number => x !== undefined);
  });
  return {
    videoRows,
    trackRows,
    pairs: pairs.map((p) => ({ video: vPos.get(p.video)!, track: tPos.get(p.track)! })),
    fits,
  };
}

/**
 * Embeds the split's videos and candidate tracks and scores retrieval among them only
 * (held-out pairs rank against every held-out track, the paper's protocol, plus the split's
 * unpaired tracks). `intervals` adds each metric's bootstrap interval over queries.
 */
export async function evaluateSplit(
  embedder: Embedder,
  params: ParamStore,
  ix: IndexedDataset,
  split: Split,
  opts: { intervals?: boolean } = {},
): Promise<RetrievalMetrics> {
  const q = splitQueries(ix, split);
  const ve = await embedder.embedVideos(
    params,
    q.videoRows.map((v) => ix.ds.videos[v]!),
  );
  const te = await embedder.embedTracks(
    params,
    q.trackRows.map((t) => ix.ds.tracks[t]!.audio),
  );
  return retrievalMetrics(ve, te, embedder.c.dim, q.pairs, q.fits, opts);
}
