-- Exact scans under mid-selectivity filters (a genre, a licence) read thousands of embedding rows,
-- and one backend does that on one core. Each row gets a fixed half (a hash of its track id), and
-- each half its own partial GIN index on the tag ids, so the search can scan the two halves on
-- two connections at once and merge the two top-k lists (src/db/vectors.ts). The full GIN index
-- stays for queries that see the whole table (facets, single scans).
ALTER TABLE "track_embedding"
  ADD COLUMN "scan_half" smallint NOT NULL GENERATED ALWAYS AS ((hashtext("track_id"::text) & 1)::smallint) STORED;

CREATE INDEX "track_embedding_tag_ids_half0_idx" ON "track_embedding" USING gin ("tag_ids") WHERE "scan_half" = 0;
CREATE INDEX "track_embedding_tag_ids_half1_idx" ON "track_embedding" USING gin ("tag_ids") WHERE "scan_half" = 1;
