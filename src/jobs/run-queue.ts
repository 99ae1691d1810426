import type { Prisma, TrainingRun } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';

/**
 * The durable queue behind training: the training_run table itself. A worker claims the oldest
 * QUEUED run with FOR UPDATE SKIP LOCKED (so two workers never take the same run) and holds it
 * by heartbeat. A run whose heartbeat stops for LEASE_MS is requeued (to resume from its last
 * checkpoint) by whichever process reaps next, or failed once it has used MAX_ATTEMPTS.
 */
export const LEASE_MS = Number(process.env.WORKER_LEASE_MS ?? 15_000);
export const HEARTBEAT_MS = 1_000;
export const MAX_ATTEMPTS = 3;
export const IN_PROGRESS = ['RUNNING', 'EVALUATING', 'EMBEDDING'] as const;

export async function claimNextRun(db: Db, workerId: string): Promise<TrainingRun | null> {
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    UPDATE "training_run" SET "status" = 'RUNNING', "worker_id" = ${workerId}, "heartbeat_at" = now(),
           "attempts" = "attempts" + 1, "started_at" = COALESCE("started_at", now()), "updated_at" = now()
    WHERE "id" = (SELECT "id" FROM "training_run" WHERE "status" = 'QUEUED' ORDER BY "created_at" FOR UPDATE SKIP LOCKED LIMIT 1)
    RETURNING "id"::text`;
  return rows.length ? db.trainingRun.findUnique({ where: { id: rows[0].id } }) : null;
}

/** Renews the lease; returns whether cancellation was asked for, or null if the run is no longer ours. */
export async function heartbeat(
  db: Db,
  runId: string,
  workerId: string,
): Promise<{ cancelRequested: boolean } | null> {
  const rows = await db.$queryRaw<Array<{ cancel_requested: boolean }>>`
    UPDATE "training_run" SET "heartbeat_at" = now()
    WHERE "id" = ${runId}::uuid AND "worker_id" = ${workerId} AND "status" IN ('RUNNING', 'EVALUATING', 'EMBEDDING')
    RETURNING "cancel_requested"`;
  return rows.length ? { cancelRequested: rows[0].cancel_requested } : null;
}

/** Requeues (or, past MAX_ATTEMPTS, fails) runs whose worker stopped heartbeating. */
export async function reapExpiredRuns(
  db: Db,
  leaseMs = LEASE_MS,
): Promise<Array<{ id: string; status: string }>> {
  const seconds = leaseMs / 1000;
  return db.$queryRaw<Array<{ id: string; status: string }>>`
    UPDATE "training_run" SET
      "status" = (CASE WHEN "attempts" >= ${MAX_ATTEMPTS} OR "cancel_requested" THEN
                   (CASE WHEN "cancel_requested" THEN 'CANCELLED' ELSE 'FAILED' END) ELSE 'QUEUED' END)::"TrainingStatus",
      "error" = CASE WHEN "attempts" >= ${MAX_ATTEMPTS} AND NOT "cancel_requested"
                     THEN 'worker lost (no heartbeat for ' || ${seconds}::text || ' s) on attempt ' || "attempts" || ' of ' || ${MAX_ATTEMPTS}::text
                     ELSE "error" END,
      "finished_at" = CASE WHEN "attempts" >= ${MAX_ATTEMPTS} OR "cancel_requested" THEN now() ELSE NULL END,
      "worker_id" = NULL, "updated_at" = now()
    WHERE "status" IN ('RUNNING', 'EVALUATING', 'EMBEDDING') AND "heartbeat_at" < now() - make_interval(secs => ${seconds})
    RETURNING "id"::text, "status"::text`;
}

export async function setStage(
  db: Db,
  runId: string,
  workerId: string,
  status: 'RUNNING' | 'EVALUATING' | 'EMBEDDING',
): Promise<void> {
  await db.trainingRun.updateMany({
    where: { id: runId, workerId },
    data: { status, heartbeatAt: new Date() },
  });
}

export async function finishRun(
  db: Db,
  runId: string,
  workerId: string,
  outcome: { status: 'SUCCEEDED' | 'FAILED' | 'CANCELLED'; error?: string; result?: Prisma.InputJsonValue },
): Promise<void> {
  await db.trainingRun.updateMany({
    where: { id: runId, workerId },
    data: {
      status: outcome.status,
      error: outcome.error ?? null,
      result: outcome.result,
      finishedAt: new Date(),
      workerId: null,
    },
  });
}
