import type { TrainingRun } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import { clientError, ErrorCode, notFound } from '../errors.js';
import { IN_PROGRESS } from './run-queue.js';
import { resolveTrainingInput, type TrainingInputArg } from './training-input.js';
import { trainingSettings } from './training-settings.js';
import { warmStartWeights } from './warm-start.js';

const ACTIVE_STATES = ['QUEUED', ...IN_PROGRESS] as const;

/**
 * Queues a training run. The run row is the queue entry, so enqueueing commits with it. A
 * partial unique index admits one queued-or-running run; a concurrent second start loses the
 * insert race and gets CONFLICT with the id of the run that won.
 */
export async function startTraining(
  db: Db,
  input: TrainingInputArg,
  createdBy: string | null,
  options: { modelsDir?: string } = {},
): Promise<TrainingRun> {
  const request = resolveTrainingInput(input);
  // Refuse a warm start that cannot happen now rather than fail the run later (the job checks
  // again: the active model may change while the run is queued).
  if (request.warmStart && options.modelsDir) await warmStartWeights(db, options.modelsDir, request);
  try {
    return await db.trainingRun.create({
      data: {
        input: request as unknown as object,
        // A grid trains every setting for the run's epochs, one after the other.
        totalEpochs: request.hyper.epochs * trainingSettings(request).length,
        createdBy,
      },
    });
  } catch (error) {
    if ((error as { code?: string }).code !== 'P2002') throw error;
    const running = await db.trainingRun.findFirst({ where: { status: { in: [...ACTIVE_STATES] } } });
    throw clientError(
      ErrorCode.CONFLICT,
      `A training run is already ${running?.status.toLowerCase() ?? 'in progress'}; cancel it or wait for it to finish`,
      // The database id: the API layer turns it into the run's global id.
      { runningRunId: running?.id ?? null },
    );
  }
}

/** A queued run is cancelled at once; a running one is stopped by its worker within seconds. */
export async function cancelTraining(db: Db, id: string): Promise<TrainingRun> {
  const run = await db.trainingRun.findUnique({ where: { id } });
  if (!run) throw notFound('TrainingRun', id);
  if (run.status === 'QUEUED') {
    const { count } = await db.trainingRun.updateMany({
      where: { id, status: 'QUEUED' },
      data: { status: 'CANCELLED', finishedAt: new Date(), error: 'cancelled by an admin' },
    });
    if (count === 1) return db.trainingRun.findUniqueOrThrow({ where: { id } });
  }
  const { count } = await db.trainingRun.updateMany({
    where: { id, status: { in: [...IN_PROGRESS] } },
    data: { cancelRequested: true },
  });
  if (count === 0)
    throw clientError(ErrorCode.CONFLICT, `The training run has already finished (${run.status})`);
  return db.trainingRun.findUniqueOrThrow({ where: { id } });
}
