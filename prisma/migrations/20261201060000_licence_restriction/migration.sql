-- Restrictions (docs/rights.md): a territory, usage and window where a track may not be used,
-- whatever its terms grant. Restrictions beat grants (DOMAIN.md). Empty territories mean
-- everywhere; empty usages mean every usage; an open window end means no limit.
CREATE TABLE "licence_restriction" (
    "id" UUID NOT NULL,
    "track_id" UUID NOT NULL,
    "side" "RightsSide" NOT NULL DEFAULT 'BOTH',
    "reason" TEXT NOT NULL,
    "territories" TEXT[],
    "usages" "LicenceUsage"[],
    "valid_from" DATE,
    "valid_until" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "licence_restriction_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "licence_restriction_track_id_idx" ON "licence_restriction"("track_id");
ALTER TABLE "licence_restriction" ADD CONSTRAINT "licence_restriction_track_id_fkey" FOREIGN KEY ("track_id") REFERENCES "track"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The usages below a usage, itself included (the tree of 20261201030000 read downwards).
CREATE FUNCTION vmr_usage_descendants(p_usage "LicenceUsage") RETURNS "LicenceUsage"[] LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT CASE p_usage
    WHEN 'ONLINE_VIDEO' THEN ARRAY['ONLINE_VIDEO', 'SOCIAL', 'PODCAST_VIDEO']
    WHEN 'ADVERTISING' THEN ARRAY['ADVERTISING', 'ADVERTISING_ONLINE', 'ADVERTISING_BROADCAST']
    ELSE ARRAY[p_usage::text]
  END::"LicenceUsage"[];
$$;

-- Does restriction r bar the use in the territory during the period? Its usages bar a request
-- for the same usage, one below it (a bar on ONLINE_VIDEO bars SOCIAL) or one above it (a
-- request for ADVERTISING includes ADVERTISING_ONLINE); its window need only overlap the period.
CREATE FUNCTION vmr_restriction_applies(r "licence_restriction", p_territory TEXT, p_usage "LicenceUsage", p_from DATE, p_until DATE)
RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT (COALESCE(cardinality(r."territories"), 0) = 0 OR p_territory = ANY (r."territories"))
     AND (COALESCE(cardinality(r."usages"), 0) = 0
          OR r."usages" && (vmr_usage_ancestors(p_usage) || vmr_usage_descendants(p_usage)))
     AND (r."valid_from" IS NULL OR r."valid_from" <= p_until)
     AND (r."valid_until" IS NULL OR r."valid_until" >= p_from);
$$;

-- The tracks listing's rule: both sides cleared, and no restriction applies.
CREATE OR REPLACE FUNCTION vmr_track_licensed(p_track UUID, p_territory TEXT, p_usage "LicenceUsage", p_at DATE, p_max_tier INTEGER, p_content_id_safe BOOLEAN)
RETURNS boolean LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN EXISTS (SELECT 1 FROM "licence_term" l WHERE l."track_id" = p_track AND l."side" <> 'PUBLISHING'
                 AND vmr_licence_allows(l, p_territory, p_usage, p_at, p_max_tier, p_content_id_safe))
     AND EXISTS (SELECT 1 FROM "licence_term" l WHERE l."track_id" = p_track AND l."side" <> 'MASTER'
                 AND vmr_licence_allows(l, p_territory, p_usage, p_at, p_max_tier, p_content_id_safe))
     AND NOT EXISTS (SELECT 1 FROM "licence_restriction" r WHERE r."track_id" = p_track
                     AND vmr_restriction_applies(r, p_territory, p_usage, p_at, p_at));
END $$;
