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

-- Links changed: refresh each track they belong to once per statement, not once per link row
-- (statement-level, with transition tables, as the audit triggers): an import that replaces 50
-- tracks' credits and tags in two bulk statements refreshes 50 tracks twice, not once per row.
-- Replaces the row-level triggers of 20261127010000_search, which did the same per row.
DROP TRIGGER "track_tag_changed" ON "track_tag";
DROP TRIGGER "track_artist_changed" ON "track_artist";
DROP FUNCTION vmr_track_link_changed();

CREATE FUNCTION vmr_track_links_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE v_tracks UUID[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT "track_id") INTO v_tracks FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT "track_id") INTO v_tracks FROM old_rows;
  ELSE
    -- An update can move a link to another track: both tracks' lists change.
    SELECT array_agg(DISTINCT u."track_id") INTO v_tracks
    FROM (SELECT "track_id" FROM new_rows UNION SELECT "track_id" FROM old_rows) u;
  END IF;
  -- Tracks deleted in the same statement (a cascade from track) have nothing left to refresh.
  IF TG_TABLE_NAME = 'track_tag' THEN
    PERFORM vmr_sync_embedding_filters(t."id") FROM "track" t WHERE t."id" = ANY(v_tracks);
  END IF;
  PERFORM vmr_refresh_track_search(t."id"), vmr_refresh_track_links(t."id") FROM "track" t WHERE t."id" = ANY(v_tracks);
  RETURN NULL;
END $$;

DO $$
DECLARE
  tbl text;
BEGIN
  FOREACH tbl IN ARRAY ARRAY['track_tag', 'track_artist'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION vmr_track_links_changed()',
                   tbl || '_inserted', tbl);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION vmr_track_links_changed()',
                   tbl || '_updated', tbl);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION vmr_track_links_changed()',
                   tbl || '_deleted', tbl);
  END LOOP;
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
