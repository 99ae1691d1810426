-- The demo's synthetic features get a front end of their own (issue 22): "synthetic@1" instead of
-- unspecified, so a model trained on them records it, retraining can tell them from ingested
-- audio, and ModelVersion.unfamiliarTracks can count tracks the model was not trained on.
-- The generator names itself in `extractor` (src/catalog/media-features.ts, demoFeatureRow).
UPDATE "media_feature"
SET "front_end" = 'synthetic@1'
WHERE "front_end" IS NULL AND "extractor" IN ('vggish-synthetic', 'inception-synthetic');

-- The shipped default model was trained on those features: its registered manifest says so
-- (models/default/manifest.json carries the same frontEnds).
UPDATE "model_version"
SET "manifest" = jsonb_set("manifest"::jsonb, '{frontEnds}', '{"audio": "synthetic@1", "visual": "synthetic@1"}'::jsonb)
WHERE "version" = 'default' AND ("manifest"::jsonb -> 'frontEnds') IS NULL;
