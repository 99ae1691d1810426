-- Every track's filter columns, under the same names as on its embedding rows.
--
-- Search filters are written once (src/search/filter-sql.ts), as conditions on a row `e` that
-- has the track's filterable attributes. Vector scans read them from the embedding rows (copied
-- there by triggers, migration 20261127010000, so HNSW scans can test them on the scanned row).
-- Full-text search must also rank tracks that have no embedding yet (no audio features), so it
-- reads the same columns from this view, computed exactly as vmr_embedding_fill computes the
-- copies: the same filter then gives the same answer on both kinds of row.
CREATE VIEW "track_filter_row" AS
SELECT t."id" AS "track_id", t."status", t."bpm", t."duration_sec", t."musical_key", t."mode",
       t."has_vocals", t."explicit",
       EXTRACT(YEAR FROM t."release_date")::int AS "release_year",
       COALESCE((SELECT array_agg(tt."tag_id" ORDER BY tt."tag_id") FROM "track_tag" tt WHERE tt."track_id" = t."id"), '{}') AS "tag_ids"
FROM "track" t;
