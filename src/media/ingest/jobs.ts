import { hostname } from 'node:os';
import type { IngestJob, Prisma, Upload } from '../../generated/prisma/client.js';
import type { Db } from '../../db/client.js';

/**
 * The ingest queue is the ingest_job table (migration 20261202020000_uploads). A job is claimed
 * by flipping QUEUED to PROCESSING in one conditional update, so two workers never take the same
 * job; the worker renews `heartbeat_at` while it runs. A job whose worker died is requeued: at
 * once when that worker ran on this host (its pid is gone), else when its heartbeat is older
 * than the lease. After MAX_ATTEMPTS starts a job is FAILED rather than retried for ever (a file
 * that kills the process each time must not take the server down in a loop).
 */
export const MAX_ATTEMPTS = 3;

const UNIQUE_VIOLATION = 'P2002';

export interface VideoJobOptions {
  title?: string | null;
  onScreenText?: string | null;
  captions?: string | null;
  /** Make the video's own audio a TRAINING_ONLY track paired with it (a training pair). */
  pairOwnAudio?: boolean;
  ocr?: boolean;
}

async function liveJob(db: Db, where: Prisma.IngestJobWhereInput): Promise<IngestJob | null> {
  return db.ingestJob.findFirst({ where: { ...where, status: { not: 'FAILED' } } });
}

/** Inserts unless a live job for the same content exists; a lost race finds the winner's job. */
async function enqueueOnce(
  db: Db,
  where: Prisma.IngestJobWhereInput,
  data: Prisma.IngestJobUncheckedCreateInput,
) {
  const existing = await liveJob(db, where);
  if (existing) return { job: existing, created: false };
  try {
    return { job: await db.ingestJob.create({ data }), created: true };
  } catch (error) {
    if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
    const winner = await liveJob(db, where);
    if (!winner) throw error;
    return { job: winner, created: false };
  }
}

/**
 * Queues a track's audio. Idempotent by content hash: the same bytes attached to the same track
 * again answer the first job (queued, running or done) instead of a second one.
 */
export function enqueueTrackAudio(db: Db, upload: Upload, trackId: string, createdBy: string | null) {
  const where = { kind: 'TRACK_AUDIO' as const, trackId, sha256: upload.sha256 };
  return enqueueOnce(db, where, { ...where, uploadId: upload.id, createdBy });
}

/**
 * Queues an upload's audio as a track of its own, matched or created the way `npm run ingest`
 * does (run-job.ts). Idempotent by content hash: the same bytes answer the first such job.
 */
export function enqueueNewTrackAudio(db: Db, upload: Upload, createdBy: string | null) {
  const where = {
    kind: 'TRACK_AUDIO' as const,
    sha256: upload.sha256,
    options: { path: ['newTrack'], equals: true },
  };
  return enqueueOnce(db, where, {
    kind: 'TRACK_AUDIO',
    sha256: upload.sha256,
    uploadId: upload.id,
    createdBy,
    options: { newTrack: true },
  });
}

/** Queues a reference video. Idempotent by content hash: the same video makes one catalog video. */
export function enqueueVideo(db: Db, upload: Upload, options: VideoJobOptions, createdBy: string | null) {
  const where = { kind: 'VIDEO' as const, sha256: upload.sha256 };
  return enqueueOnce(db, where, {
    ...where,
    uploadId: upload.id,
    createdBy,
    options: options as Prisma.InputJsonObject,
  });
}

export async function claimNextJob(db: Db, workerId: string): Promise<IngestJob | null> {
  for (;;) {
    const next = await db.ingestJob.findFirst({
      where: { status: 'QUEUED' },
      orderBy: { createdAt: 'asc' },
      select: { id: true },
    });
    if (!next) return null;
    const now = new Date();
    const { count } = await db.ingestJob.updateMany({
      where: { id: next.id, status: 'QUEUED' },
      data: {
        status: 'PROCESSING',
        workerId,
        heartbeatAt: now,
        startedAt: now,
        attempts: { increment: 1 },
      },
    });
    if (count === 1) return db.ingestJob.findUnique({ where: { id: next.id } });
    // Another worker claimed it first: look again.
  }
}

/** Renews the lease; false when the job is no longer this worker's (requeued, or gone). */
export async function heartbeat(db: Db, jobId: string, workerId: string): Promise<boolean> {
  const { count } = await db.ingestJob.updateMany({
    where: { id: jobId, workerId, status: 'PROCESSING' },
    data: { heartbeatAt: new Date() },
  });
  return count === 1;
}

/** The update that finishes a job, guarded by the worker still holding it. */
export function finishJob(
  tx: Db | Prisma.TransactionClient,
  jobId: string,
  workerId: string,
  result: { status: 'DONE'; trackId?: string; videoId?: string } | { status: 'FAILED'; reason: string },
) {
  return tx.ingestJob.updateMany({
    where: { id: jobId, workerId, status: 'PROCESSING' },
    data: {
      ...result,
      finishedAt: new Date(),
      workerId: null,
    },
  });
}

/** Puts a job this worker holds back in the queue (graceful shutdown); the start does not count. */
export function requeueJob(db: Db, jobId: string, workerId: string) {
  return db.ingestJob.updateMany({
    where: { id: jobId, workerId, status: 'PROCESSING' },
    data: { status: 'QUEUED', workerId: null, attempts: { decrement: 1 } },
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** `host:pid:nonce`: enough for a restarted server to tell that a job's worker has died. */
export function newWorkerId(nonce: string): string {
  return `${hostname()}:${process.pid}:${nonce}`;
}

function workerDied(workerId: string | null, self: string): boolean {
  if (!workerId || workerId === self) return false;
  const [host, pid] = workerId.split(':');
  return host === hostname() && !processAlive(Number(pid));
}

/**
 * Requeues PROCESSING jobs whose worker is gone (dead pid on this host, or a heartbeat older
 * than `leaseMs`); those that have had MAX_ATTEMPTS starts fail instead. Returns what it did.
 */
export async function reapAbandonedJobs(
  db: Db,
  options: { leaseMs: number; self: string },
): Promise<Array<{ id: string; status: 'QUEUED' | 'FAILED' }>> {
  const processing = await db.ingestJob.findMany({
    where: { status: 'PROCESSING' },
    select: { id: true, workerId: true, heartbeatAt: true, attempts: true },
  });
  const cutoff = Date.now() - options.leaseMs;
  const out: Array<{ id: string; status: 'QUEUED' | 'FAILED' }> = [];
  for (const job of processing) {
    const stale = (job.heartbeatAt?.getTime() ?? 0) < cutoff;
    if (!stale && !workerDied(job.workerId, options.self)) continue;
    const failed = job.attempts >= MAX_ATTEMPTS;
    const { count } = await db.ingestJob.updateMany({
      where: { id: job.id, status: 'PROCESSING', workerId: job.workerId },
      data: failed
        ? {
            status: 'FAILED',
            workerId: null,
            finishedAt: new Date(),
            reason: `The job's worker stopped during each of ${job.attempts} attempts; giving up`,
          }
        : { status: 'QUEUED', workerId: null },
    });
    if (count === 1) out.push({ id: job.id, status: failed ? 'FAILED' : 'QUEUED' });
  }
  return out;
}
