-- Search: filter columns on the embedding rows, full-text documents, and licence evaluation.
--
-- pgvector applies WHERE clauses to the rows an HNSW scan returns; with iterative scans
-- (pgvector 0.8) it keeps scanning until the page is full. That only works when the filters are
-- quals on the scanned table itself: conditions on joined tables or in subqueries run above the
-- scan. So every filterable track attribute is copied onto its embedding rows, kept in sync by
-- the triggers below (no application code path can forget to update them).

ALTER TABLE "track_embedding"
    ADD COLUMN "status" "TrackStatus" NOT NULL DEFAULT 'ACTIVE',
    ADD COLUMN "bpm" DOUBLE PRECISION,
    ADD COLUMN "duration_sec" DOUBLE PRECISION NOT NULL DEFAULT 0,
    ADD COLUMN "musical_key" TEXT,
    ADD COLUMN "mode" "KeyMode",
    ADD COLUMN "has_vocals" BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN "explicit" BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN "release_year" INTEGER,
    ADD COLUMN "tag_ids" UUID[];

CREATE TABLE "track_search" (
    "track_id" UUID NOT NULL,
    "document" tsvector NOT NULL,
    CONSTRAINT "track_search_pkey" PRIMARY KEY ("track_id")
);
CREATE INDEX "track_search_document_idx" ON "track_search" USING GIN ("document");
ALTER TABLE "track_search" ADD CONSTRAINT "track_search_track_id_fkey" FOREIGN KEY ("track_id") REFERENCES "track"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE INDEX "licence_term_usages_idx" ON "licence_term" USING GIN ("usages");

-- Copies a track's filter columns onto its embedding rows (all versions).
CREATE FUNCTION vmr_sync_embedding_filters(p_track UUID) RETURNS void LANGUAGE sql AS $$
  UPDATE "track_embedding" e SET
    "status" = t."status", "bpm" = t."bpm", "duration_sec" = t."duration_sec", "musical_key" = t."musical_key",
    "mode" = t."mode", "has_vocals" = t."has_vocals", "explicit" = t."explicit",
    "release_year" = EXTRACT(YEAR FROM t."release_date")::int,
    "tag_ids" = COALESCE((SELECT array_agg(tt."tag_id" ORDER BY tt."tag_id") FROM "track_tag" tt WHERE tt."track_id" = t."id"), '{}')
  FROM "track" t WHERE t."id" = p_track AND e."track_id" = p_track;
$$;

-- Rebuilds a track's full-text document: title (A), artists (B), tags (C).
CREATE FUNCTION vmr_refresh_track_search(p_track UUID) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "track_search" ("track_id", "document")
  SELECT t."id",
         setweight(to_tsvector('simple', t."title"), 'A') ||
         setweight(to_tsvector('simple', COALESCE((SELECT string_agg(a."name", ' ') FROM "track_artist" ta JOIN "artist" a ON a."id" = ta."artist_id" WHERE ta."track_id" = t."id"), '')), 'B') ||
         setweight(to_tsvector('simple', COALESCE((SELECT string_agg(g."name", ' ') FROM "track_tag" tt JOIN "tag" g ON g."id" = tt."tag_id" WHERE tt."track_id" = t."id"), '')), 'C')
  FROM "track" t WHERE t."id" = p_track
  ON CONFLICT ("track_id") DO UPDATE SET "document" = EXCLUDED."document";
$$;

CREATE FUNCTION vmr_embedding_fill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT t."status", t."bpm", t."duration_sec", t."musical_key", t."mode", t."has_vocals", t."explicit",
         EXTRACT(YEAR FROM t."release_date")::int,
         COALESCE((SELECT array_agg(tt."tag_id" ORDER BY tt."tag_id") FROM "track_tag" tt WHERE tt."track_id" = t."id"), '{}')
    INTO NEW."status", NEW."bpm", NEW."duration_sec", NEW."musical_key", NEW."mode", NEW."has_vocals", NEW."explicit",
         NEW."release_year", NEW."tag_ids"
    FROM "track" t WHERE t."id" = NEW."track_id";
  RETURN NEW;
END $$;
CREATE TRIGGER "track_embedding_fill" BEFORE INSERT ON "track_embedding" FOR EACH ROW EXECUTE FUNCTION vmr_embedding_fill();

CREATE FUNCTION vmr_track_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN PERFORM vmr_sync_embedding_filters(NEW."id"); END IF;
  PERFORM vmr_refresh_track_search(NEW."id");
  RETURN NULL;
END $$;
CREATE TRIGGER "track_changed" AFTER INSERT OR UPDATE ON "track" FOR EACH ROW EXECUTE FUNCTION vmr_track_changed();

CREATE FUNCTION vmr_track_link_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE v_track UUID := CASE WHEN TG_OP = 'DELETE' THEN OLD."track_id" ELSE NEW."track_id" END;
BEGIN
  IF EXISTS (SELECT 1 FROM "track" WHERE "id" = v_track) THEN
    IF TG_TABLE_NAME = 'track_tag' THEN PERFORM vmr_sync_embedding_filters(v_track); END IF;
    PERFORM vmr_refresh_track_search(v_track);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "track_tag_changed" AFTER INSERT OR UPDATE OR DELETE ON "track_tag" FOR EACH ROW EXECUTE FUNCTION vmr_track_link_changed();
CREATE TRIGGER "track_artist_changed" AFTER INSERT OR UPDATE OR DELETE ON "track_artist" FOR EACH ROW EXECUTE FUNCTION vmr_track_link_changed();

CREATE FUNCTION vmr_name_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'artist' THEN
    PERFORM vmr_refresh_track_search(ta."track_id") FROM "track_artist" ta WHERE ta."artist_id" = NEW."id";
  ELSE
    PERFORM vmr_refresh_track_search(tt."track_id") FROM "track_tag" tt WHERE tt."tag_id" = NEW."id";
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "artist_renamed" AFTER UPDATE OF "name" ON "artist" FOR EACH ROW EXECUTE FUNCTION vmr_name_changed();
CREATE TRIGGER "tag_renamed" AFTER UPDATE OF "name" ON "tag" FOR EACH ROW EXECUTE FUNCTION vmr_name_changed();

-- Does this licence term allow the use? DDEX deal semantics: the usage is granted, the territory
-- is covered (worldwide or allow-listed) and not denied, the date lies in the inclusive validity
-- window, within the price tier, and (Content-ID safe) the track is not registered for claims.
-- The one implementation of the rule: search filters and explanations both call it.
CREATE FUNCTION vmr_licence_allows(l "licence_term", p_territory TEXT, p_usage "LicenceUsage", p_at DATE, p_max_tier INTEGER, p_content_id_safe BOOLEAN)
RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT (p_usage IS NULL OR p_usage = ANY (l."usages"))
     AND (p_territory IS NULL OR ((l."worldwide" OR p_territory = ANY (COALESCE(l."territories_allow", '{}')))
                                  AND NOT (p_territory = ANY (COALESCE(l."territories_deny", '{}')))))
     AND (l."valid_from" IS NULL OR l."valid_from" <= p_at)
     AND (l."valid_until" IS NULL OR l."valid_until" >= p_at)
     AND (p_max_tier IS NULL OR l."price_tier" <= p_max_tier)
     AND (p_content_id_safe IS NOT TRUE OR NOT l."content_id_registered");
$$;

-- Deny by default: a track is available only if one of its terms allows the use. plpgsql, so the
-- planner keeps it as a plain filter on the scanned embedding row instead of inlining it into a
-- join that would sit above the vector index scan.
CREATE FUNCTION vmr_track_licensed(p_track UUID, p_territory TEXT, p_usage "LicenceUsage", p_at DATE, p_max_tier INTEGER, p_content_id_safe BOOLEAN)
RETURNS boolean LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN EXISTS (SELECT 1 FROM "licence_term" l WHERE l."track_id" = p_track
                 AND vmr_licence_allows(l, p_territory, p_usage, p_at, p_max_tier, p_content_id_safe));
END $$;

-- Backfill documents for tracks that exist already.
SELECT vmr_refresh_track_search("id") FROM "track";

-- At most one model version is active: activation is a status swap in one transaction.
CREATE UNIQUE INDEX "model_version_one_active" ON "model_version" ("status") WHERE "status" = 'ACTIVE';
