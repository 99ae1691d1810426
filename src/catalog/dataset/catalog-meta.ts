import type { TrainingDataset } from '../../ml/index.js';

/**
 * What a vmr-dataset/1 manifest carries, under `meta.catalog`, beyond the features and pairs, so
 * that catalog → export → import → export is exact: each track's ISRC and title, each video's
 * source, and the source of any pair whose source is not the dataset's name. Every part is
 * optional: a dataset from elsewhere (the synthetic generator, another team) has none of it.
 */
export interface CatalogDatasetMeta {
  tracks?: Record<string, { isrc?: string; title?: string }>;
  /** `source: null` is kept as null; a video with no entry gets the dataset's name. */
  videos?: Record<string, { source?: string | null }>;
  /** pairSources[videoId][trackId]: the pair's source where it differs from the dataset name. */
  pairSources?: Record<string, Record<string, string | null>>;
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** The `meta.catalog` block of a dataset, checked for shape (bad types are a RangeError naming the field). */
export function catalogMetaOf(ds: TrainingDataset): CatalogDatasetMeta {
  const raw = ds.meta?.catalog;
  if (raw === undefined) return {};
  if (!isRecord(raw)) throw new RangeError(`dataset ${ds.name}: meta.catalog must be an object`);
  for (const key of ['tracks', 'videos', 'pairSources'] as const) {
    const part = raw[key];
    if (part === undefined) continue;
    if (!isRecord(part) || !Object.values(part).every(isRecord))
      throw new RangeError(`dataset ${ds.name}: meta.catalog.${key} must map ids to objects`);
  }
  for (const [id, t] of Object.entries((raw.tracks ?? {}) as Record<string, Record<string, unknown>>)) {
    for (const field of ['isrc', 'title'])
      if (t[field] !== undefined && typeof t[field] !== 'string')
        throw new RangeError(
          `dataset ${ds.name}: meta.catalog.tracks[${JSON.stringify(id)}].${field} must be a string`,
        );
  }
  for (const [id, v] of Object.entries((raw.videos ?? {}) as Record<string, Record<string, unknown>>)) {
    if (v.source !== undefined && v.source !== null && typeof v.source !== 'string')
      throw new RangeError(
        `dataset ${ds.name}: meta.catalog.videos[${JSON.stringify(id)}].source must be a string or null`,
      );
  }
  return raw as CatalogDatasetMeta;
}
