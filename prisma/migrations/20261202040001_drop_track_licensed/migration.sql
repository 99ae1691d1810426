-- The tracks listing now applies clearanceSql (src/catalog/rights/clearance-sql.ts), the one
-- definition of the licence rule, like every search. vmr_track_licensed was a second copy of it
-- (without the share rule): dropped, so nothing can drift back to it.
DROP FUNCTION vmr_track_licensed(UUID, TEXT, "LicenceUsage", DATE, INTEGER, BOOLEAN);
