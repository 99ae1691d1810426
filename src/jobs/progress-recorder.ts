import type { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import type { TrainProgressEvent } from '../ml/index.js';
import { recordTrainingProgress } from '../observability/training-metrics.js';

/**
 * Persists training progress for trainingRun queries: every step's loss components (flushed at
 * most once a second, so a fast trainer does not become a write storm) and each epoch's
 * validation metrics.
 */
export class ProgressRecorder {
  private buffer: Prisma.TrainingMetricCreateManyInput[] = [];
  private lastFlush = 0;
  private chain: Promise<void> = Promise.resolve();
  private failure: unknown = null;

  constructor(
    private readonly db: Db,
    private readonly runId: string,
  ) {}

  readonly onProgress = (event: TrainProgressEvent): void => {
    if (event.type === 'step' || event.type === 'epoch') {
      const loss = event.type === 'step' ? event.loss : event.trainLoss;
      recordTrainingProgress(this.runId, { epoch: event.epoch, step: event.globalStep, loss: loss.total });
    }
    if (event.type === 'step') {
      this.buffer.push({
        runId: this.runId,
        kind: 'STEP',
        epoch: event.epoch,
        step: event.globalStep,
        ...this.loss(event.loss),
      });
      if (Date.now() - this.lastFlush > 1000)
        this.enqueueFlush({ epoch: event.epoch - 1, step: event.globalStep });
    } else if (event.type === 'epoch') {
      this.buffer.push({
        runId: this.runId,
        kind: 'EPOCH',
        epoch: event.epoch,
        step: event.globalStep,
        ...this.loss(event.trainLoss),
        validation: {
          ...event.val,
          score: event.valScore,
          best: event.best,
        } as unknown as Prisma.InputJsonValue,
      });
      this.enqueueFlush({ epoch: event.epoch, step: event.globalStep });
    }
  };

  private loss(l: { inter: number; intraVideo: number; intraMusic: number; total: number }) {
    return { inter: l.inter, intraVideo: l.intraVideo, intraMusic: l.intraMusic, total: l.total };
  }

  private enqueueFlush(position: { epoch: number; step: number }): void {
    this.lastFlush = Date.now();
    const rows = this.buffer;
    this.buffer = [];
    this.chain = this.chain.then(async () => {
      try {
        await this.db.trainingMetric.createMany({ data: rows });
        await this.db.trainingRun.update({
          where: { id: this.runId },
          data: { epoch: position.epoch, step: position.step },
        });
      } catch (error) {
        this.failure = error;
      }
    });
  }

  /** Writes what is buffered; rethrows a write failure so the job fails cleanly. */
  async flush(): Promise<void> {
    if (this.buffer.length)
      this.enqueueFlush({ epoch: this.buffer.at(-1)!.epoch, step: this.buffer.at(-1)!.step });
    await this.chain;
    if (this.failure) throw this.failure;
  }
}
