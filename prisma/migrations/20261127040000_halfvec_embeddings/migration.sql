-- Embeddings are stored as halfvec (16-bit floats): an embedding row and its HNSW index take
-- half the bytes, so exact scans under selective filters touch half the pages and more of each
-- version's index stays in shared buffers. Cosine distances change by about 1e-4, far below
-- the gaps between neighbours that ranking depends on (see README, Benchmarks).
--
-- The per-version HNSW indexes (track_embedding_hnsw_<version>) use vector_cosine_ops, which
-- does not apply to halfvec: each is dropped before the type change and rebuilt after it, with
-- the same name, predicate and options, on halfvec_cosine_ops.
CREATE TEMP TABLE "_vmr_hnsw_indexes" ON COMMIT DROP AS
  SELECT i.indexname, i.indexdef FROM pg_indexes i
  WHERE i.schemaname = current_schema() AND i.tablename = 'track_embedding'
    AND i.indexname LIKE 'track\_embedding\_hnsw\_%';

DO $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT indexname FROM "_vmr_hnsw_indexes" LOOP
    EXECUTE format('DROP INDEX %I', r.indexname);
  END LOOP;
END
$$;

ALTER TABLE "track_embedding" ALTER COLUMN "embedding" TYPE halfvec(256) USING "embedding"::halfvec(256);

DO $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT indexdef FROM "_vmr_hnsw_indexes" LOOP
    EXECUTE replace(r.indexdef, 'vector_cosine_ops', 'halfvec_cosine_ops');
  END LOOP;
END
$$;
