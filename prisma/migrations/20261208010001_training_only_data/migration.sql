-- Moves the tracks that exist only to train from HIDDEN to TRAINING_ONLY, and marks the videos
-- that exist only to train, so that neither shows in the catalog (docs/rights.md, Visibility).
-- Only HIDDEN rows move: a track an editor made ACTIVE (or took down) keeps its status.
-- The audit log records each change, from the source "migration".
SELECT set_config('vmr.api_key_id', '', true), set_config('vmr.audit_source', 'migration', true);

-- The demo's synthetic training set (src/catalog/demo/training-set.ts): the seed writes each
-- track with an ISRC QZSYN0000001.. and pairs it, source "synthetic", with its own video.
UPDATE "track" t SET "status" = 'TRAINING_ONLY'
WHERE t."status" = 'HIDDEN' AND t."isrc" LIKE 'QZSYN%'
  AND EXISTS (SELECT 1 FROM "video_music_pair" p WHERE p."track_id" = t."id" AND p."source" = 'synthetic');

-- pairOwnAudio (src/media/ingest/run-job.ts): a VIDEO ingest job names the track it made from the
-- video's audio; should the job row be gone, the track is "<video title> (audio)", paired (source
-- "upload") with an uploaded video.
UPDATE "track" t SET "status" = 'TRAINING_ONLY'
WHERE t."status" = 'HIDDEN' AND (
  EXISTS (SELECT 1 FROM "ingest_job" j WHERE j."kind" = 'VIDEO' AND j."track_id" = t."id")
  OR (t."title" LIKE '% (audio)' AND EXISTS (
    SELECT 1 FROM "video_music_pair" p JOIN "video" v ON v."id" = p."video_id"
    WHERE p."track_id" = t."id" AND p."source" = 'upload' AND v."source" = 'upload')));
-- (Each UPDATE fires track_changed, which copies the status onto the track's embedding rows.)

-- Videos that exist only to train: listed by `videos` only when its `source` names them.
ALTER TABLE "video" ADD COLUMN "training_only" BOOLEAN NOT NULL DEFAULT false;
UPDATE "video" v SET "training_only" = true
WHERE v."source" = 'synthetic'
  AND EXISTS (SELECT 1 FROM "video_music_pair" p WHERE p."video_id" = v."id" AND p."source" = 'synthetic');
