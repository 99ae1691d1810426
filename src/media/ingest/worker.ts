import { randomBytes } from 'node:crypto';
import type { IngestJob } from '../../generated/prisma/client.js';
import { sweepExpiredUploads } from '../uploads/index.js';
import type { IngestEnvironment } from './environment.js';
import { claimNextJob, finishJob, heartbeat, newWorkerId, reapAbandonedJobs, requeueJob } from './jobs.js';
import { LeaseLost } from './lease.js';
import { failureReason } from './media-errors.js';
import { runIngestJob } from './run-job.js';

/**
 * The in-process ingest worker: one job at a time (decoding and feature extraction are CPU
 * bound, and the API shares the cores). Each turn requeues jobs whose worker died (a restart
 * after kill -9 finds its own dead pid at once), claims the oldest queued job and runs it while
 * a heartbeat renews its lease; every `sweepMs` it sweeps expired uploads. stop() aborts the
 * current job and puts it back in the queue, so a graceful shutdown loses nothing.
 */
export class IngestWorker {
  readonly workerId = newWorkerId(randomBytes(3).toString('hex'));
  private stopped = false;
  private loopDone: Promise<void> | null = null;
  private current: AbortController | null = null;
  private wake: (() => void) | null = null;
  private lastSweep = 0;

  constructor(
    private readonly env: IngestEnvironment,
    private readonly pollMs = 500,
  ) {}

  start(): void {
    this.loopDone ??= this.loop();
  }

  /** Looks at the queue now instead of at the next poll (a job was just queued). */
  poke(): void {
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.current?.abort(new Error('ingest worker shutting down'));
    this.wake?.();
    await this.loopDone;
  }

  private idle(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  private async loop(): Promise<void> {
    const { db, log } = this.env;
    let backoff = this.pollMs;
    while (!this.stopped) {
      try {
        for (const reaped of await reapAbandonedJobs(db, {
          leaseMs: this.env.uploads.leaseMs,
          self: this.workerId,
        }))
          log(`[ingest] job ${reaped.id} lost its worker: now ${reaped.status}`);
        if (Date.now() - this.lastSweep >= this.env.uploads.sweepMs) {
          this.lastSweep = Date.now();
          const swept = await sweepExpiredUploads(db, {
            dataDir: this.env.dataDir,
            retentionS: this.env.uploads.retentionS,
          });
          if (swept.uploads + swept.partialFiles > 0)
            log(`[ingest] swept ${swept.uploads} expired uploads, ${swept.partialFiles} partial files`);
        }
        const job = await claimNextJob(db, this.workerId);
        backoff = this.pollMs;
        if (job) await this.execute(job);
        else await this.idle(this.pollMs);
      } catch (error) {
        if (this.stopped) break;
        log(`[ingest] ${(error as Error).message}; retrying in ${backoff} ms`);
        await this.idle(backoff); // stop() wakes it
        backoff = Math.min(backoff * 2, 30_000);
      }
    }
  }

  private async execute(job: IngestJob): Promise<void> {
    const { db, log } = this.env;
    const controller = new AbortController();
    this.current = controller;
    const beat = setInterval(
      () => {
        heartbeat(db, job.id, this.workerId).then(
          (held) => {
            if (!held) controller.abort(new LeaseLost());
          },
          () => undefined, // the database is away: the lease decides, and finishJob checks it
        );
      },
      Math.max(200, Math.floor(this.env.uploads.leaseMs / 3)),
    );
    log(`[ingest] job ${job.id} (${job.kind}): attempt ${job.attempts}`);
    try {
      const summary = await runIngestJob(this.env, job, this.workerId, controller.signal);
      log(`[ingest] job ${job.id}: DONE (${summary})`);
    } catch (error) {
      if (this.stopped && controller.signal.aborted) {
        await requeueJob(db, job.id, this.workerId);
        log(`[ingest] job ${job.id}: requeued at shutdown`);
      } else if (error instanceof LeaseLost || controller.signal.reason instanceof LeaseLost) {
        log(`[ingest] job ${job.id}: abandoned (lease lost); another worker runs it`);
      } else {
        const { reason, userError } = failureReason(error);
        if (!userError) log(`[ingest] job ${job.id}: ${(error as Error).stack ?? String(error)}`);
        await finishJob(db, job.id, this.workerId, { status: 'FAILED', reason });
        log(`[ingest] job ${job.id}: FAILED (${reason})`);
      }
    } finally {
      clearInterval(beat);
      this.current = null;
    }
  }
}
