-- Parties with shares, DDEX provenance of grants, and the audit log (docs/rights.md, issue 13).

-- A rights holder. Grants (licence_term rows) may name the party that gives them.
CREATE TABLE "rights_party" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "rights_party_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "rights_party_name_key" ON "rights_party"("name");

-- Who holds what share of a side of a track. A side with holdings clears a use only when the
-- holders whose own grants allow it together hold 100% of it (the share rule, docs/rights.md); a
-- side without holdings is cleared by any grant on it (a grant speaks for the whole side, as every
-- term made before parties did). The application refuses a side whose shares pass 100%.
CREATE TABLE "rights_holding" (
    "id" UUID NOT NULL,
    "track_id" UUID NOT NULL,
    "side" "RightsSide" NOT NULL,
    "party_id" UUID NOT NULL,
    "share" NUMERIC(5, 2) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "rights_holding_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "rights_holding_side_check" CHECK ("side" <> 'BOTH'),
    CONSTRAINT "rights_holding_share_check" CHECK ("share" > 0 AND "share" <= 100)
);
CREATE UNIQUE INDEX "rights_holding_track_id_side_party_id_key" ON "rights_holding"("track_id", "side", "party_id");
ALTER TABLE "rights_holding" ADD CONSTRAINT "rights_holding_track_id_fkey" FOREIGN KEY ("track_id") REFERENCES "track"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "rights_holding" ADD CONSTRAINT "rights_holding_party_id_fkey" FOREIGN KEY ("party_id") REFERENCES "rights_party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A grant's party (null: the shorthand grant of createLicenceTerm), and where it came from: a
-- DDEX deal carries the release it was sent for (the replace-all key) and its commercial models.
ALTER TABLE "licence_term" ADD COLUMN "party_id" UUID;
ALTER TABLE "licence_term" ADD COLUMN "source" TEXT NOT NULL DEFAULT 'api';
ALTER TABLE "licence_term" ADD COLUMN "ddex_release" TEXT;
ALTER TABLE "licence_term" ADD COLUMN "commercial_models" TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE "licence_term" ADD CONSTRAINT "licence_term_party_id_fkey" FOREIGN KEY ("party_id") REFERENCES "rights_party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE INDEX "licence_term_ddex_release_idx" ON "licence_term"("ddex_release");

-- The grant rule of vmr_licence_allows_period, plus exclusiveOnly (only exclusive grants count).
CREATE FUNCTION vmr_grant_allows(l "licence_term", p_territory TEXT, p_usage "LicenceUsage", p_from DATE, p_until DATE, p_max_tier INTEGER, p_content_id_safe BOOLEAN, p_exclusive_only BOOLEAN)
RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT vmr_licence_allows_period(l, p_territory, p_usage, p_from, p_until, p_max_tier, p_content_id_safe)
     AND (p_exclusive_only IS NOT TRUE OR l."exclusive");
$$;

-- The audit log: one row per changed row of a track, grant, restriction, holding or party, with
-- who (the API key the application names in the transaction, vmr.api_key_id), when, and the row
-- before and after. Written by triggers, so no write path (API, imports, CLIs, Prisma scripts)
-- can skip it.
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT clock_timestamp(),
    "api_key_id" UUID,
    "source" TEXT,
    "entity" TEXT NOT NULL,
    "entity_id" UUID,
    "track_id" UUID,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "audit_log_track_id_id_idx" ON "audit_log"("track_id", "id");
CREATE INDEX "audit_log_api_key_id_id_idx" ON "audit_log"("api_key_id", "id");

-- Statement-level triggers with transition tables: one INSERT ... SELECT per statement, so a
-- createMany of a thousand grants writes its log in one statement rather than a thousand.
-- TG_ARGV: the entity name, and the column that holds the row's track (id for track itself).
CREATE FUNCTION vmr_audit_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "audit_log" ("api_key_id", "source", "entity", "entity_id", "track_id", "action", "before", "after")
  SELECT NULLIF(current_setting('vmr.api_key_id', true), '')::uuid, NULLIF(current_setting('vmr.audit_source', true), ''),
         TG_ARGV[0], (j->>'id')::uuid, (j->>TG_ARGV[1])::uuid, 'INSERT', NULL, j
  FROM (SELECT to_jsonb(n) AS j FROM new_rows n) x;
  RETURN NULL;
END $$;

CREATE FUNCTION vmr_audit_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "audit_log" ("api_key_id", "source", "entity", "entity_id", "track_id", "action", "before", "after")
  SELECT NULLIF(current_setting('vmr.api_key_id', true), '')::uuid, NULLIF(current_setting('vmr.audit_source', true), ''),
         TG_ARGV[0], (j->>'id')::uuid, (j->>TG_ARGV[1])::uuid, 'DELETE', j, NULL
  FROM (SELECT to_jsonb(o) AS j FROM old_rows o) x;
  RETURN NULL;
END $$;

-- An update that changes nothing but updated_at (a cache touch) is not a change.
CREATE FUNCTION vmr_audit_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "audit_log" ("api_key_id", "source", "entity", "entity_id", "track_id", "action", "before", "after")
  SELECT NULLIF(current_setting('vmr.api_key_id', true), '')::uuid, NULLIF(current_setting('vmr.audit_source', true), ''),
         TG_ARGV[0], (a->>'id')::uuid, (a->>TG_ARGV[1])::uuid, 'UPDATE', b, a
  FROM (SELECT to_jsonb(o) AS b, o."id" FROM old_rows o) ob
  JOIN (SELECT to_jsonb(n) AS a, n."id" FROM new_rows n) na USING ("id")
  WHERE (b - 'updated_at') IS DISTINCT FROM (a - 'updated_at');
  RETURN NULL;
END $$;

DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES ('track', 'TRACK', 'id'), ('licence_term', 'GRANT', 'track_id'),
                                 ('licence_restriction', 'RESTRICTION', 'track_id'),
                                 ('rights_holding', 'HOLDING', 'track_id'), ('rights_party', 'PARTY', 'track_id'))
           AS v(tbl, entity, track_col) LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION vmr_audit_insert(%L, %L)',
                   t.tbl || '_audit_insert', t.tbl, t.entity, t.track_col);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION vmr_audit_update(%L, %L)',
                   t.tbl || '_audit_update', t.tbl, t.entity, t.track_col);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION vmr_audit_delete(%L, %L)',
                   t.tbl || '_audit_delete', t.tbl, t.entity, t.track_col);
  END LOOP;
END $$;

-- The log is append-only: the API has no way to change it, and the database refuses to.
CREATE FUNCTION vmr_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION vmr_audit_log_append_only();
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION vmr_audit_log_append_only();
