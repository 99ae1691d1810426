-- The order in which a version's embeddings are written: by the track's genres, then by id.
--
-- Filtered searches below 20% of the catalog are exact scans: a bitmap of the matching rows from
-- the tag index, then a visit to every heap page holding one. Rows written in track-id order
-- spread one genre over almost every page of the table; written genre by genre, a genre filter
-- reads a contiguous run of pages. Measured on bench:search's 100k catalog, 10% filter (two
-- genres, BPM, licence), one half-scan: 5,545 heap pages and ~10 ms in id order, 1,523 pages and
-- ~7 ms in this order; through the whole HTTP path (bench:search) p50 31 -> 22 ms, p95 52 -> 35 ms.
--
-- The backfill (src/search/backfill.ts) writes each version in this order, so every retrained
-- version starts clustered; tracks embedded later one by one are appended wherever there is room.
-- The key is the track's genre names, sorted: tracks of the same genres end up side by side, and
-- tracks that share their first genre name form one run (arrays compare element by element).
CREATE FUNCTION vmr_embedding_write_order(p_track UUID) RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT COALESCE(array_agg(g."name" ORDER BY g."name"), '{}')
  FROM "track_tag" tt JOIN "tag" g ON g."id" = tt."tag_id"
  WHERE tt."track_id" = p_track AND g."category" = 'GENRE';
$$;
