-- Both sides of a recording (docs/rights.md). A sync use needs the master (recording) side and the
-- publishing (composition) side cleared, each by a term for the territory, usage and date. A term
-- on side BOTH clears both. Today's terms become BOTH, so every result stays as it was.
CREATE TYPE "RightsSide" AS ENUM ('MASTER', 'PUBLISHING', 'BOTH');
ALTER TABLE "licence_term" ADD COLUMN "side" "RightsSide" NOT NULL DEFAULT 'BOTH';

-- The plain tracks listing's form of the rule (search writes the same two EXISTS inline, see
-- src/catalog/rights/clearance-sql.ts). Deny by default: no term on a side, no clearance.
CREATE OR REPLACE FUNCTION vmr_track_licensed(p_track UUID, p_territory TEXT, p_usage "LicenceUsage", p_at DATE, p_max_tier INTEGER, p_content_id_safe BOOLEAN)
RETURNS boolean LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN EXISTS (SELECT 1 FROM "licence_term" l WHERE l."track_id" = p_track AND l."side" <> 'PUBLISHING'
                 AND vmr_licence_allows(l, p_territory, p_usage, p_at, p_max_tier, p_content_id_safe))
     AND EXISTS (SELECT 1 FROM "licence_term" l WHERE l."track_id" = p_track AND l."side" <> 'MASTER'
                 AND vmr_licence_allows(l, p_territory, p_usage, p_at, p_max_tier, p_content_id_safe));
END $$;
