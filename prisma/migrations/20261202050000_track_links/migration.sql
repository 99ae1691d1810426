-- A listing's read model: each track's credits and tags as the JSON a listing page shows them
-- in (src/catalog/track-listing.ts), so that a page reads one row per track instead of
-- aggregating link rows per request (which was two thirds of a listing statement's time).
-- Kept current by the same triggers that keep track_search current, plus one on any change to
-- an artist or a tag, since the JSON carries their other columns too.
CREATE TABLE "track_links" (
    "track_id" UUID NOT NULL,
    "credits" JSON NOT NULL,
    "tags" JSON NOT NULL,
    CONSTRAINT "track_links_pkey" PRIMARY KEY ("track_id")
);
ALTER TABLE "track_links" ADD CONSTRAINT "track_links_track_id_fkey" FOREIGN KEY ("track_id") REFERENCES "track"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Credits by position, as [artist id, name, country, created_at, updated_at, role, position];
-- tags heaviest first, as [tag id, name, category, weight]: the orders of creditsOfTracks and
-- tagWeightsOfTracks (src/catalog/track-links.ts), which read the same lists from the links.
CREATE FUNCTION vmr_refresh_track_links(p_track UUID) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "track_links" ("track_id", "credits", "tags")
  SELECT t."id",
         COALESCE((SELECT json_agg(json_build_array(a."id", a."name", a."country", a."created_at", a."updated_at", ta."role", ta."position")
                                   ORDER BY ta."position", a."id")
                   FROM "track_artist" ta JOIN "artist" a ON a."id" = ta."artist_id" WHERE ta."track_id" = t."id"), '[]'),
         COALESCE((SELECT json_agg(json_build_array(g."id", g."name", g."category", tt."weight") ORDER BY tt."weight" DESC, tt."tag_id")
                   FROM "track_tag" tt JOIN "tag" g ON g."id" = tt."tag_id" WHERE tt."track_id" = t."id"), '[]')
  FROM "track" t WHERE t."id" = p_track
  ON CONFLICT ("track_id") DO UPDATE SET "credits" = EXCLUDED."credits", "tags" = EXCLUDED."tags";
$$;

-- A new track has no links yet: its row starts empty, and the link triggers fill it.
CREATE OR REPLACE FUNCTION vmr_track_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    PERFORM vmr_sync_embedding_filters(NEW."id");
  ELSE
    INSERT INTO "track_links" ("track_id", "credits", "tags") VALUES (NEW."id", '[]', '[]') ON CONFLICT DO NOTHING;
  END IF;
  PERFORM vmr_refresh_track_search(NEW."id");
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION vmr_track_link_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE v_track UUID := CASE WHEN TG_OP = 'DELETE' THEN OLD."track_id" ELSE NEW."track_id" END;
BEGIN
  IF EXISTS (SELECT 1 FROM "track" WHERE "id" = v_track) THEN
    IF TG_TABLE_NAME = 'track_tag' THEN PERFORM vmr_sync_embedding_filters(v_track); END IF;
    PERFORM vmr_refresh_track_search(v_track);
    PERFORM vmr_refresh_track_links(v_track);
  END IF;
  -- An update that moves a link to another track changes the old track's lists too.
  IF TG_OP = 'UPDATE' AND OLD."track_id" <> NEW."track_id" AND EXISTS (SELECT 1 FROM "track" WHERE "id" = OLD."track_id") THEN
    IF TG_TABLE_NAME = 'track_tag' THEN PERFORM vmr_sync_embedding_filters(OLD."track_id"); END IF;
    PERFORM vmr_refresh_track_search(OLD."track_id");
    PERFORM vmr_refresh_track_links(OLD."track_id");
  END IF;
  RETURN NULL;
END $$;

-- Deleting an artist or a tag deletes its links (cascade), whose triggers refresh the tracks.
CREATE FUNCTION vmr_link_target_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'artist' THEN
    PERFORM vmr_refresh_track_links(ta."track_id") FROM "track_artist" ta WHERE ta."artist_id" = NEW."id";
  ELSE
    PERFORM vmr_refresh_track_links(tt."track_id") FROM "track_tag" tt WHERE tt."tag_id" = NEW."id";
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "artist_links_changed" AFTER UPDATE ON "artist" FOR EACH ROW
  WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION vmr_link_target_changed();
CREATE TRIGGER "tag_links_changed" AFTER UPDATE ON "tag" FOR EACH ROW
  WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION vmr_link_target_changed();

-- Links of tracks that exist already.
SELECT vmr_refresh_track_links("id") FROM "track";
