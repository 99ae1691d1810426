/**
 * bench:ii — InfoNCE (λ = 0) vs the II loss and its variants, on every synthetic
 * false-negative family, at 100% and 10% of the training pairs, under both protocols
 * (best-validation selection, and a fixed budget with no selection = the final weights; one
 * training run gives both), several training seeds, each metric with a bootstrap interval
 * over queries. Writes rows incrementally to --out (a partial run keeps what it finished);
 * `--merge a.json,b.json` combines shards into bench/results/ii-loss.json and renders
 * ii-loss.md and ii-loss.svg (bench/ml/render-ii.ts).
 * Usage: npm run bench:ii [-- --families default --seeds 5 --steps 200]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSyntheticDataset, SYNTHETIC_FAMILIES } from '../src/ml/data/synthetic.js';
import type { SyntheticFamily, SyntheticOptions } from '../src/ml/data/synthetic.js';
import { datasetHash } from '../src/ml/data/dataset-hash.js';
import { DEFAULT_MODEL_CONFIG } from '../src/ml/model/config.js';
import { train } from '../src/ml/train/trainer.js';
import type { TrainOptions } from '../src/ml/train/trainer.js';
import type { RetrievalMetrics } from '../src/ml/eval/metrics.js';
import { randomProjectionBaseline } from './ml/random-projection-baseline.js';
import { ARM_SPECS, armName } from './ml/ii-arms.js';
import type { BenchResult, BenchRow } from './ml/ii-result.js';
import { renderIiResults } from './ml/render-ii.js';

const { values: a } = parseArgs({
  options: {
    seeds: { type: 'string', default: '5' },
    steps: { type: 'string', default: '150' },
    'batch-size': { type: 'string', default: '128' },
    hidden: { type: 'string', default: '64' },
    dim: { type: 'string', default: '64' },
    segments: { type: 'string', default: '8' },
    'min-frames': { type: 'string', default: '10' },
    'max-frames': { type: 'string', default: '30' },
    'data-seed': { type: 'string', default: '2026' },
    'train-pairs': { type: 'string', default: '2000' },
    'val-pairs': { type: 'string', default: '150' },
    'test-pairs': { type: 'string', default: '400' },
    unpaired: { type: 'string', default: '80' },
    families: { type: 'string', default: SYNTHETIC_FAMILIES.join(',') },
    fractions: { type: 'string', default: '1,0.1' },
    arms: { type: 'string', default: 'infonce,ii' },
    variants: { type: 'string', default: 'ii-topk,ii-decay' },
    extra: { type: 'string', default: '' },
    threads: { type: 'string', default: '2' },
    out: { type: 'string', default: 'bench/results/ii-loss.json' },
    merge: { type: 'string' },
    previous: { type: 'string' },
  },
});

if (a.merge) {
  const shards = a.merge.split(',').map((p) => JSON.parse(readFileSync(p, 'utf8')) as BenchResult);
  const merged: BenchResult = {
    ...shards[0]!,
    generatedAt: new Date().toISOString(),
    datasets: Object.assign({}, ...shards.map((s) => s.datasets)),
    rows: shards.flatMap((s) => s.rows),
  };
  if (a.previous) {
    // The bench before this one (today's generator at its budget), kept for comparison. It ranked
    // only the paired test tracks (the default generator pairs every track, so that was every
    // held-out track) and reported no intervals.
    const old = JSON.parse(readFileSync(a.previous, 'utf8')) as {
      protocol: unknown;
      rows: { arm: string }[];
    };
    merged.previousBudget = {
      note: 'the previous bench:ii (345 steps, hidden 256, D 256, S 16, 3000 / 300 / 1000 pairs, no unpaired candidates, no intervals)',
      protocol: old.protocol,
      rows: old.rows.map((r) => ({
        family: 'default',
        fraction: r.arm.includes('10pct') ? 0.1 : 1,
        selection: r.arm === 'baseline' ? 'none' : 'best-validation',
        ...r,
      })),
    };
  }
  writeFileSync(a.out!, JSON.stringify(merged, null, 2) + '\n');
  renderIiResults(merged, a.out!.replace(/\.json$/, ''));
  process.exit(0);
}

const seeds = Array.from({ length: Number(a.seeds) }, (_, i) => i + 1);
const steps = Number(a.steps);
const batchSize = Number(a['batch-size']);
const model = { hidden: Number(a.hidden), dim: Number(a.dim), segments: Number(a.segments) };
const families = a.families!.split(',') as SyntheticFamily[];
const fractions = a.fractions!.split(',').map(Number);
const arms = a.arms!.split(',').filter(Boolean);
const variants = a.variants!.split(',').filter(Boolean);
const extra = a.extra!.split(',').filter(Boolean);
for (const arm of [...arms, ...variants, ...extra])
  if (!ARM_SPECS[arm])
    throw new RangeError(`bench:ii: unknown arm '${arm}' (${Object.keys(ARM_SPECS).join(', ')})`);

// Every arm: same data, same number of optimizer steps, same batch size and model.
const common: Partial<TrainOptions> = {
  batchSize,
  maxSteps: steps,
  epochs: 100000,
  patience: 100000,
  lr: 1e-3,
  threads: Number(a.threads),
  evaluateFinal: true,
};

const result: BenchResult = existsSync(a.out!)
  ? (JSON.parse(readFileSync(a.out!, 'utf8')) as BenchResult)
  : {
      generatedAt: '',
      command: [
        'npm run bench:ii',
        ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : []),
      ].join(' '),
      protocol: {
        budget: `${steps} AdamW steps at batch ${batchSize} for every arm (the 10% arms revisit their pairs more often)`,
        reducedFrom:
          'the previous bench (345 steps, hidden 256, D 256, 300 / 1000 validation / test pairs) could not run the full grid ' +
          '(3 families × 2 fractions × 4 arms × 5 seeds) in ~45 min on the shared 2-core machine (~90 s per run at load 9; ' +
          'the bench got ~5% of a core per process at load 17); every arm got the same reduced budget: ' +
          `${steps} steps, hidden ${model.hidden}, D ${model.dim}, S ${model.segments}, ${a['min-frames']}–${a['max-frames']} frames per item, ` +
          `${a['train-pairs']} / ${a['val-pairs']} / ${a['test-pairs']} train / validation / test pairs`,
        selection: {
          'best-validation': 'weights of the epoch with the best validation mean R@10 (both directions)',
          final: 'the weights after the last step (fixed budget, no selection)',
        },
        evaluation:
          'test split: every held-out video ranks every held-out track (paired or not: ' +
          `${a.unpaired} unpaired tracks per held-out split); compatible = same latent style, own track included; ` +
          'intervals: 95% percentile bootstrap over queries (1000 resamples)',
        model: { ...DEFAULT_MODEL_CONFIG, ...model, useText: 'per arm' },
        loss: { tau: 0.07, tauIn: 0.1, tauOut: 0.1, divergence: 'kl unless the arm says mse' },
        arms: Object.fromEntries(Object.entries(ARM_SPECS).map(([k, v]) => [k, v.description])),
        seeds,
        baseline: 'mean-pooled input features, fixed Gaussian projection to D per side, cosine (non-learned)',
      },
      datasets: {},
      rows: [],
    };
const save = () => {
  result.generatedAt = new Date().toISOString();
  mkdirSync(dirname(a.out!), { recursive: true });
  writeFileSync(a.out!, JSON.stringify(result, null, 2) + '\n');
};
const done = new Set(result.rows.map((r) => `${r.family}|${r.arm}|${r.seed}|${r.selection}`));

const metricsRow = (m: RetrievalMetrics) => ({
  compatiblePrecisionAt10: m.compatiblePrecisionAt10!,
  compatibleRecallAt10: m.compatibleRecallAt10!,
  compatibleBaseRate: m.compatibleBaseRate!,
  candidates: m.candidates!,
  v2m: m.v2m,
  m2v: m.m2v,
  intervals: m.intervals!,
});

for (const family of families) {
  const dataOpts: SyntheticOptions = {
    seed: Number(a['data-seed']),
    family,
    trainPairs: Number(a['train-pairs']),
    minFrames: Number(a['min-frames']),
    maxFrames: Number(a['max-frames']),
    valPairs: Number(a['val-pairs']),
    testPairs: Number(a['test-pairs']),
    unpairedTracks: Number(a.unpaired),
  };
  const t0 = performance.now();
  const ds = generateSyntheticDataset(dataOpts).dataset;
  console.error(`${family}: dataset generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  result.datasets[family] = {
    options: (ds.meta as { options: unknown }).options,
    hash: datasetHash(ds),
    pairs: Object.fromEntries(
      (['train', 'val', 'test'] as const).map((s) => [s, ds.pairs.filter((p) => p.split === s).length]),
    ),
    unpairedTracks: Object.fromEntries(
      Object.entries(ds.unpairedTracks ?? {}).map(([k, v]) => [k, v.length]),
    ),
  };
  for (const seed of seeds) {
    if (done.has(`${family}|baseline|${seed}|none`)) continue;
    const m = randomProjectionBaseline(ds, { ...DEFAULT_MODEL_CONFIG, ...model }, seed);
    result.rows.push({ family, fraction: 1, selection: 'none', arm: 'baseline', seed, ...metricsRow(m) });
  }
  save();
  // Priority order, so a run cut short still has the main comparison: the main arms on every
  // seed, then the variants, then (default family) the extra arms; seeds outermost in each phase.
  const plan: { spec: string; fraction: number; seed: number }[] = [];
  const phase = (specs: string[], fs: number[]) => {
    for (const seed of seeds)
      for (const fraction of fs) for (const spec of specs) plan.push({ spec, fraction, seed });
  };
  phase(arms, fractions);
  phase(variants, fractions);
  if (family === 'default') phase(extra, [1]);
  {
    for (const { spec, fraction, seed } of plan) {
      const arm = armName(spec, fraction);
      if (done.has(`${family}|${arm}|${seed}|best-validation`)) continue;
      const t = performance.now();
      const r = await train({
        dataset: ds,
        ...common,
        ...ARM_SPECS[spec]!.opts,
        model: { ...model, ...ARM_SPECS[spec]!.model },
        trainFraction: fraction,
        seed,
      });
      const seconds = (performance.now() - t) / 1000;
      const base = { family, fraction, arm, seed, steps: r.steps, seconds };
      const best: BenchRow = {
        ...base,
        selection: 'best-validation',
        bestEpoch: r.bestEpoch,
        ...metricsRow(r.metrics.test!),
      };
      const final: BenchRow = { ...base, selection: 'final', ...metricsRow(r.metrics.testFinal!) };
      result.rows.push(best, final);
      save();
      console.error(
        `${family} ${arm} seed ${seed}: compatP@10 best-val ${best.compatiblePrecisionAt10.toFixed(3)} final ${final.compatiblePrecisionAt10.toFixed(3)} (${seconds.toFixed(0)} s)`,
      );
    }
  }
}
save();
renderIiResults(result, a.out!.replace(/\.json$/, ''));
