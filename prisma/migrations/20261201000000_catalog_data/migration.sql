-- Catalog data for the models: where tracks, videos, features and pairs come from.
--
-- Tracks brought in from a dataset or from YouTube-8M carry the id they had there
-- (`external_id`), so that re-importing matches them instead of creating copies. Videos record
-- their `source` (e.g. "yt8m", "api"), and every feature row records its `source` too: who
-- computed it ("api" for features sent through setTrackAudioFeatures, "yt8m", "dataset", "demo").
ALTER TABLE "track" ADD COLUMN "external_id" TEXT;
CREATE UNIQUE INDEX "track_external_id_key" ON "track"("external_id");

ALTER TABLE "video" ADD COLUMN "source" TEXT;

ALTER TABLE "media_feature" ADD COLUMN "source" TEXT NOT NULL DEFAULT 'api';

-- Pair listings filter by source and split.
CREATE INDEX "video_music_pair_source_split_idx" ON "video_music_pair"("source", "split");
