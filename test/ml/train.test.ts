/** @jest-environment ./test/ml/support/ort-environment.cjs */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { train } from '../../src/ml/train/trainer.js';
import type { TrainProgressEvent } from '../../src/ml/train/trainer.js';
import { evaluate } from '../../src/ml/eval/evaluate-model.js';
import { SMALL_MODEL, smallDataset } from './support/small-setup.js';

const syn = smallDataset();
const base = {
  dataset: syn.dataset,
  model: SMALL_MODEL,
  batchSize: 32,
  lr: 3e-3,
  seed: 4,
  patience: 100,
  evaluateTest: false,
};

describe('train()', () => {
  test('decreases the loss and reports progress, with per-epoch validation', async () => {
    const events: TrainProgressEvent[] = [];
    const r = await train({ ...base, epochs: 4, onProgress: (e) => events.push(e) });
    const epochs = events.filter((e) => e.type === 'epoch');
    expect(epochs).toHaveLength(4);
    const first = epochs[0]!.trainLoss.total;
    const last = epochs[3]!.trainLoss.total;
    expect(last).toBeLessThan(first * 0.9);
    const step = events.find((e) => e.type === 'step')!;
    expect(step).toMatchObject({ epoch: 1, step: 1, stepsPerEpoch: 8 });
    expect(Object.keys(step.loss).sort()).toEqual(['inter', 'intraMusic', 'intraVideo', 'total']);
    expect(r.metrics.val?.v2m.r10).toBeGreaterThan(10 / 48); // better than chance
    const test = await evaluate(r, syn.dataset, 'test');
    expect(test.pairs).toBe(48);
    expect(test.compatiblePrecisionAt10).toBeDefined();
  });

  test('is deterministic for a seed, and a resumed run equals an uninterrupted one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vmr-ckpt-'));
    try {
      const full = await train({ ...base, epochs: 3 });
      await train({ ...base, epochs: 2, checkpointDir: dir });
      const resumed = await train({ ...base, epochs: 3, resumeFrom: dir });
      expect(resumed.epochsRun).toBe(3);
      for (const [name, w] of full.params)
        expect(Array.from(resumed.params.get(name)!)).toEqual(Array.from(w));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('stops within a step when its AbortSignal fires', async () => {
    const ac = new AbortController();
    let steps = 0;
    const run = train({
      ...base,
      epochs: 50,
      signal: ac.signal,
      onProgress: (e) => {
        if (e.type === 'step' && ++steps === 3) ac.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(steps).toBe(3);
  });

  test('accepts useText / segments / dim as top-level shorthands', async () => {
    const r = await train({ ...base, epochs: 1, useText: false, segments: 3, dim: 8 });
    expect(r.config).toMatchObject({ useText: false, segments: 3, dim: 8, hidden: 32 });
    expect(r.params.has('text.embedding')).toBe(false);
  });

  test('rejects bad hyper-parameters with a RangeError naming them', async () => {
    await expect(train({ ...base, lr: -1 })).rejects.toThrow('train: lr must be a positive number, got -1');
    await expect(train({ ...base, divergence: 'l1' as 'kl' })).rejects.toThrow(
      `train: divergence must be 'kl' or 'mse', got "l1"`,
    );
  });
});
