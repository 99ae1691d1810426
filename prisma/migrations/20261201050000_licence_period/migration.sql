-- A term over a period (docs/rights.md): the term allows the use on the first day and its window
-- runs to the last day, so one term covers the whole period (inclusive dates; an open end means
-- no limit). A single day is the period [at, at], which is exactly vmr_licence_allows.
CREATE FUNCTION vmr_licence_allows_period(l "licence_term", p_territory TEXT, p_usage "LicenceUsage", p_from DATE, p_until DATE, p_max_tier INTEGER, p_content_id_safe BOOLEAN)
RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT vmr_licence_allows(l, p_territory, p_usage, p_from, p_max_tier, p_content_id_safe)
     AND (l."valid_until" IS NULL OR l."valid_until" >= p_until);
$$;
