import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Prisma, TrainingRun } from '../generated/prisma/client.js';
import { claimNextRun, finishRun, heartbeat, HEARTBEAT_MS, LEASE_MS, reapExpiredRuns } from './run-queue.js';
import { discardRunArtifacts, runTrainingJob, type JobEnvironment } from './run-training-job.js';

type StopReason = 'cancel' | 'lease-lost' | 'shutdown';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs training jobs one at a time. Each loop reaps runs whose worker died, claims the oldest
 * queued run and executes it while a heartbeat renews its lease and watches for cancellation.
 * If the database goes away, heartbeats fail; once the lease has run out the worker abandons the
 * run (another worker, or this one when the database is back, resumes it from its checkpoint)
 * and keeps polling with back-off.
 */
export class TrainingWorker {
  readonly workerId = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private stopped = false;
  private loopDone: Promise<void> | null = null;
  private current: { controller: AbortController; reason: StopReason | null } | null = null;

  constructor(
    private readonly env: Omit<JobEnvironment, 'workerId'>,
    private readonly pollMs = 1000,
  ) {}

  start(): void {
    this.loopDone ??= this.loop();
  }

  /** Stops after requeueing the current run (graceful shutdown keeps its checkpoint). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.current) {
      this.current.reason = 'shutdown';
      this.current.controller.abort(new Error('worker shutting down'));
    }
    await this.loopDone;
  }

  private async loop(): Promise<void> {
    let backoff = this.pollMs;
    while (!this.stopped) {
      try {
        for (const reaped of await reapExpiredRuns(this.env.db)) {
          this.env.log(`[worker] run ${reaped.id} lost its worker: now ${reaped.status}`);
        }
        const run = await claimNextRun(this.env.db, this.workerId);
        backoff = this.pollMs;
        if (run) await this.execute(run);
        else await sleep(this.pollMs);
      } catch (error) {
        this.env.log(`[worker] ${(error as Error).message}; retrying in ${backoff} ms`);
        await sleep(backoff);
        backoff = Math.min(backoff * 2, 30_000);
      }
    }
  }

  private async execute(run: TrainingRun): Promise<void> {
    const { db, log } = this.env;
    const env: JobEnvironment = { ...this.env, workerId: this.workerId };
    const current = { controller: new AbortController(), reason: null as StopReason | null };
    this.current = current;
    const stop = (reason: StopReason, message: string) => {
      if (current.reason) return;
      current.reason = reason;
      current.controller.abort(new Error(message));
    };
    let lastBeat = Date.now();
    const beat = setInterval(() => {
      heartbeat(db, run.id, this.workerId).then(
        (state) => {
          lastBeat = Date.now();
          if (!state) stop('lease-lost', 'the run is no longer held by this worker');
          else if (state.cancelRequested) stop('cancel', 'cancelled');
        },
        () => {
          if (Date.now() - lastBeat > LEASE_MS)
            stop('lease-lost', 'database unreachable for longer than the lease');
        },
      );
    }, HEARTBEAT_MS);
    log(`[worker] run ${run.id}: attempt ${run.attempts}`);
    try {
      const result = await runTrainingJob(env, run, current.controller.signal);
      await finishRun(db, run.id, this.workerId, {
        status: 'SUCCEEDED',
        result: result as unknown as Prisma.InputJsonValue,
      });
      log(
        `[worker] run ${run.id}: SUCCEEDED (${result.modelVersion}${result.activated ? ', activated' : ''})`,
      );
    } catch (error) {
      const message = (error as Error).message;
      if (current.reason === 'cancel') {
        await discardRunArtifacts(env, run);
        await finishRun(db, run.id, this.workerId, { status: 'CANCELLED', error: 'cancelled by an admin' });
        log(`[worker] run ${run.id}: CANCELLED`);
      } else if (current.reason === 'shutdown') {
        await db.trainingRun.updateMany({
          where: { id: run.id, workerId: this.workerId },
          data: { status: 'QUEUED', workerId: null, attempts: { decrement: 1 } },
        });
        log(`[worker] run ${run.id}: requeued at shutdown; it resumes from its last checkpoint`);
      } else if (current.reason === 'lease-lost') {
        log(`[worker] run ${run.id}: abandoned (${message}); the reaper requeues it`);
      } else {
        log(`[worker] run ${run.id}: FAILED: ${(error as Error).stack ?? message}`);
        await discardRunArtifacts(env, run).catch(() => undefined);
        await finishRun(db, run.id, this.workerId, { status: 'FAILED', error: message });
      }
    } finally {
      clearInterval(beat);
      this.current = null;
    }
  }
}
