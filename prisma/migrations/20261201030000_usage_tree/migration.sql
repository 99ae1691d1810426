-- The usage tree (docs/rights.md): a grant of a usage covers that usage and every usage below it.
--
--   ONLINE_VIDEO (DDEX UserMakeAvailableUserProvided)
--     SOCIAL, PODCAST_VIDEO
--   ADVERTISING (DDEX DubForAdvertisement)
--     ADVERTISING_ONLINE, ADVERTISING_BROADCAST
--   BROADCAST (DDEX DubForTV, DubForRadio), FILM (DDEX DubForMovies), GAME, PODCAST
--
-- vmr_usage_ancestors(u) is the closure read upwards: u itself and every usage above it, so a
-- term clears u when its usages overlap that array. A CASE in an IMMUTABLE SQL function rather
-- than a table: the planner folds it to a constant array for a constant usage, and
-- vmr_licence_allows stays inlinable and IMMUTABLE (a table read would make it STABLE).
CREATE FUNCTION vmr_usage_ancestors(p_usage "LicenceUsage") RETURNS "LicenceUsage"[] LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT CASE p_usage
    WHEN 'SOCIAL' THEN ARRAY['SOCIAL', 'ONLINE_VIDEO']
    WHEN 'PODCAST_VIDEO' THEN ARRAY['PODCAST_VIDEO', 'ONLINE_VIDEO']
    WHEN 'ADVERTISING_ONLINE' THEN ARRAY['ADVERTISING_ONLINE', 'ADVERTISING']
    WHEN 'ADVERTISING_BROADCAST' THEN ARRAY['ADVERTISING_BROADCAST', 'ADVERTISING']
    ELSE ARRAY[p_usage::text]
  END::"LicenceUsage"[];
$$;

-- The rule of 20261127010000, with the usage read through the tree.
CREATE OR REPLACE FUNCTION vmr_licence_allows(l "licence_term", p_territory TEXT, p_usage "LicenceUsage", p_at DATE, p_max_tier INTEGER, p_content_id_safe BOOLEAN)
RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT (p_usage IS NULL OR l."usages" && vmr_usage_ancestors(p_usage))
     AND (p_territory IS NULL OR ((l."worldwide" OR p_territory = ANY (COALESCE(l."territories_allow", '{}')))
                                  AND NOT (p_territory = ANY (COALESCE(l."territories_deny", '{}')))))
     AND (l."valid_from" IS NULL OR l."valid_from" <= p_at)
     AND (l."valid_until" IS NULL OR l."valid_until" >= p_at)
     AND (p_max_tier IS NULL OR l."price_tier" <= p_max_tier)
     AND (p_content_id_safe IS NOT TRUE OR NOT l."content_id_registered");
$$;
