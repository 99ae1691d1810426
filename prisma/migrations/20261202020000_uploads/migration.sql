-- Media uploads and the durable ingest jobs that turn them into features (issue 11).
--
-- An upload is a file streamed to disk by POST /uploads (or brought in by `npm run ingest`).
-- CATALOG uploads (EDITOR keys) become a track's audio or a reference video and are kept, content
-- addressed, under DATA_DIR/media/<sha256>.<ext>; SEARCH uploads (any key) are private to the key
-- that sent them, deleted once their features are extracted, and swept when `expires_at` passes.
-- A kept catalog upload has `expires_at` NULL.

CREATE TYPE "UploadPurpose" AS ENUM ('CATALOG', 'SEARCH');
CREATE TYPE "IngestJobStatus" AS ENUM ('QUEUED', 'PROCESSING', 'DONE', 'FAILED');
CREATE TYPE "IngestJobKind" AS ENUM ('TRACK_AUDIO', 'VIDEO');

CREATE TABLE "upload" (
    "id" UUID NOT NULL,
    "key_id" UUID,
    "purpose" "UploadPurpose" NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "size" BIGINT NOT NULL,
    "mime" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "file_name" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3),
    CONSTRAINT "upload_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "upload_expires_at_idx" ON "upload"("expires_at");
CREATE INDEX "upload_sha256_idx" ON "upload"("sha256");
ALTER TABLE "upload" ADD CONSTRAINT "upload_key_id_fkey" FOREIGN KEY ("key_id") REFERENCES "api_key"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- One job per (kind, content, target): attaching the same audio to a track twice finds the first
-- job instead of queueing a second (src/media/ingest/jobs.ts).
CREATE TABLE "ingest_job" (
    "id" UUID NOT NULL,
    "kind" "IngestJobKind" NOT NULL,
    "status" "IngestJobStatus" NOT NULL DEFAULT 'QUEUED',
    "reason" TEXT,
    "upload_id" UUID,
    "sha256" CHAR(64) NOT NULL,
    "track_id" UUID,
    "video_id" UUID,
    "options" JSONB NOT NULL DEFAULT '{}',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "worker_id" TEXT,
    "heartbeat_at" TIMESTAMPTZ(3),
    "created_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ingest_job_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "ingest_job_status_created_at_idx" ON "ingest_job"("status", "created_at");
CREATE INDEX "ingest_job_sha256_idx" ON "ingest_job"("sha256");
ALTER TABLE "ingest_job" ADD CONSTRAINT "ingest_job_upload_id_fkey" FOREIGN KEY ("upload_id") REFERENCES "upload"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ingest_job" ADD CONSTRAINT "ingest_job_track_id_fkey" FOREIGN KEY ("track_id") REFERENCES "track"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ingest_job" ADD CONSTRAINT "ingest_job_video_id_fkey" FOREIGN KEY ("video_id") REFERENCES "video"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Idempotency by content hash: at most one live (not FAILED) job per track and content, and per
-- video content. Concurrent attaches race on these indexes and one insert wins.
CREATE UNIQUE INDEX "ingest_job_track_content" ON "ingest_job"("track_id", "sha256")
  WHERE "kind" = 'TRACK_AUDIO' AND "status" <> 'FAILED';
CREATE UNIQUE INDEX "ingest_job_video_content" ON "ingest_job"("sha256")
  WHERE "kind" = 'VIDEO' AND "status" <> 'FAILED';
