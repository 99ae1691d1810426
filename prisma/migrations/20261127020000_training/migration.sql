-- Retraining: training runs (which are also the durable job queue) and their metrics.

CREATE TYPE "TrainingStatus" AS ENUM ('QUEUED', 'RUNNING', 'EVALUATING', 'EMBEDDING', 'SUCCEEDED', 'FAILED', 'CANCELLED');

CREATE TABLE "training_run" (
    "id" UUID NOT NULL,
    "status" "TrainingStatus" NOT NULL DEFAULT 'QUEUED',
    "input" JSONB NOT NULL,
    "epoch" INTEGER NOT NULL DEFAULT 0,
    "step" INTEGER NOT NULL DEFAULT 0,
    "total_epochs" INTEGER NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "cancel_requested" BOOLEAN NOT NULL DEFAULT false,
    "worker_id" TEXT,
    "heartbeat_at" TIMESTAMPTZ(3),
    "error" TEXT,
    "dataset_hash" TEXT,
    "result" JSONB,
    "model_version_id" UUID,
    "parent_model_id" UUID,
    "created_by" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "training_run_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "training_metric" (
    "id" BIGSERIAL NOT NULL,
    "run_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "epoch" INTEGER NOT NULL,
    "step" INTEGER NOT NULL,
    "inter" DOUBLE PRECISION NOT NULL,
    "intra_video" DOUBLE PRECISION NOT NULL,
    "intra_music" DOUBLE PRECISION NOT NULL,
    "total" DOUBLE PRECISION NOT NULL,
    "validation" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "training_metric_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "training_run_status_idx" ON "training_run"("status");
CREATE INDEX "training_metric_run_id_step_idx" ON "training_metric"("run_id", "step");

-- At most one run is queued or in progress: twenty concurrent starts race on this index and
-- exactly one insert wins.
CREATE UNIQUE INDEX "training_run_one_active" ON "training_run" ((true))
  WHERE "status" IN ('QUEUED', 'RUNNING', 'EVALUATING', 'EMBEDDING');

ALTER TABLE "training_run" ADD CONSTRAINT "training_run_model_version_id_fkey" FOREIGN KEY ("model_version_id") REFERENCES "model_version"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "training_run" ADD CONSTRAINT "training_run_parent_model_id_fkey" FOREIGN KEY ("parent_model_id") REFERENCES "model_version"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "training_metric" ADD CONSTRAINT "training_metric_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "training_run"("id") ON DELETE CASCADE ON UPDATE CASCADE;
