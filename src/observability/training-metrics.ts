import { Gauge } from 'prom-client';
import { metricsRegistry } from './registry.js';

const labelNames = ['run'] as const;
const epoch = new Gauge({
  name: 'vmr_training_epoch',
  help: 'Epoch the training run is in (completed epochs after an epoch event)',
  labelNames,
  registers: [metricsRegistry],
});
const step = new Gauge({
  name: 'vmr_training_step',
  help: 'Global optimiser step of the training run',
  labelNames,
  registers: [metricsRegistry],
});
const loss = new Gauge({
  name: 'vmr_training_loss',
  help: 'Latest total training loss (II loss: inter + intra terms) of the training run',
  labelNames,
  registers: [metricsRegistry],
});

/** Runs are few (one at a time per worker), so the run id is a bounded label. */
export function recordTrainingProgress(
  runId: string,
  progress: { epoch: number; step: number; loss: number },
): void {
  epoch.set({ run: runId }, progress.epoch);
  step.set({ run: runId }, progress.step);
  if (Number.isFinite(progress.loss)) loss.set({ run: runId }, progress.loss);
}
