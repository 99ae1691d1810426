-- Selective searches are answered by an exact scan of the rows that pass the filter; a GIN index
-- on the tag ids lets a tag filter find those rows without reading every embedding.
CREATE INDEX "track_embedding_tag_ids_idx" ON "track_embedding" USING GIN ("tag_ids");
