/**
 * bench:ii — InfoNCE-only (λ=0) vs II loss on the synthetic false-negative
 * dataset: same data, same step budget, several training seeds per arm.
 * Writes bench/results/ii-loss.json. Usage: npm run bench:ii [-- --seeds 5 --steps 345]
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateSyntheticDataset } from '../src/ml/data/synthetic.js';
import type { SyntheticOptions } from '../src/ml/data/synthetic.js';
import { datasetHash } from '../src/ml/data/dataset-hash.js';
import { DEFAULT_MODEL_CONFIG } from '../src/ml/model/config.js';
import { train } from '../src/ml/train/trainer.js';
import type { TrainOptions } from '../src/ml/train/trainer.js';
import type { RetrievalMetrics } from '../src/ml/eval/metrics.js';
import { randomProjectionBaseline } from './ml/random-projection-baseline.js';
import { fmt, meanSd } from './ml/stats.js';

const { values: a } = parseArgs({
  options: {
    seeds: { type: 'string', default: '5' },
    steps: { type: 'string', default: '345' },
    'batch-size': { type: 'string', default: '128' },
    'data-seed': { type: 'string', default: '2026' },
    arms: { type: 'string' },
    out: { type: 'string', default: 'bench/results/ii-loss.json' },
  },
});
const seeds = Array.from({ length: Number(a.seeds) }, (_, i) => i + 1);
const steps = Number(a.steps);
const batchSize = Number(a['batch-size']);

const dataOpts: SyntheticOptions = { seed: Number(a['data-seed']) };
const t0 = performance.now();
const syn = generateSyntheticDataset(dataOpts);
const ds = syn.dataset;
console.error(`dataset generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

interface Arm {
  arm: string;
  opts: Partial<TrainOptions>;
}
// Every arm: same data, same number of optimizer steps, same batch size, best-on-validation weights.
const common: Partial<TrainOptions> = {
  batchSize,
  maxSteps: steps,
  epochs: 100000,
  patience: 100000,
  lr: 1e-3,
};
const II = { lambdaVideo: 1, lambdaMusic: 1 };
const NCE = { lambdaVideo: 0, lambdaMusic: 0 };
const noText = { model: { useText: false } };
const ARMS: Arm[] = [
  { arm: 'infonce', opts: { ...NCE, ...noText } },
  { arm: 'ii', opts: { ...II, ...noText } },
  { arm: 'infonce-10pct', opts: { ...NCE, ...noText, trainFraction: 0.1 } },
  { arm: 'ii-10pct', opts: { ...II, ...noText, trainFraction: 0.1 } },
  { arm: 'ii-clvtm', opts: { ...II, model: { useText: true } } },
  { arm: 'infonce-clvtm', opts: { ...NCE, model: { useText: true } } },
  { arm: 'ii-mse', opts: { ...II, ...noText, divergence: 'mse' } },
];
const wanted = a.arms ? new Set(a.arms.split(',')) : null;

type Row = {
  arm: string;
  seed: number;
  compatiblePrecisionAt10: number;
  compatibleRecallAt10: number;
  v2m: RetrievalMetrics['v2m'];
  m2v: RetrievalMetrics['m2v'];
  steps?: number;
  bestEpoch?: number;
  seconds?: number;
};
const rows: Row[] = [];
const toRow = (arm: string, seed: number, m: RetrievalMetrics): Row => ({
  arm,
  seed,
  compatiblePrecisionAt10: m.compatiblePrecisionAt10!,
  compatibleRecallAt10: m.compatibleRecallAt10!,
  v2m: m.v2m,
  m2v: m.m2v,
});

for (const seed of seeds)
  rows.push(toRow('baseline', seed, randomProjectionBaseline(ds, DEFAULT_MODEL_CONFIG, seed)));
for (const { arm, opts } of ARMS) {
  if (wanted && !wanted.has(arm)) continue;
  for (const seed of seeds) {
    const t = performance.now();
    const r = await train({ dataset: ds, ...common, ...opts, seed });
    const seconds = (performance.now() - t) / 1000;
    rows.push({ ...toRow(arm, seed, r.metrics.test!), steps: r.steps, bestEpoch: r.bestEpoch, seconds });
    const last = rows.at(-1)!;
    console.error(
      `${arm} seed ${seed}: compatP@10 ${last.compatiblePrecisionAt10.toFixed(3)} v2m R@10 ${last.v2m.r10.toFixed(3)} medR ${last.v2m.medianRank} (${seconds.toFixed(0)} s)`,
    );
  }
}

const arms = [...new Set(rows.map((r) => r.arm))];
const summary = Object.fromEntries(
  arms.map((arm) => {
    const rs = rows.filter((r) => r.arm === arm);
    const ms = (f: (r: Row) => number) => meanSd(rs.map(f));
    return [
      arm,
      {
        seeds: rs.length,
        compatiblePrecisionAt10: ms((r) => r.compatiblePrecisionAt10),
        compatibleRecallAt10: ms((r) => r.compatibleRecallAt10),
        v2m: {
          r1: ms((r) => r.v2m.r1),
          r10: ms((r) => r.v2m.r10),
          r50: ms((r) => r.v2m.r50),
          medianRank: ms((r) => r.v2m.medianRank),
          meanRank: ms((r) => r.v2m.meanRank),
        },
        m2v: {
          r1: ms((r) => r.m2v.r1),
          r10: ms((r) => r.m2v.r10),
          r50: ms((r) => r.m2v.r50),
          medianRank: ms((r) => r.m2v.medianRank),
          meanRank: ms((r) => r.m2v.meanRank),
        },
      },
    ];
  }),
);
type S = { mean: number; sd: number };
const cp = (arm: string): S | undefined =>
  (summary[arm] as { compatiblePrecisionAt10: S } | undefined)?.compatiblePrecisionAt10;
/** "Beats by more than the spread": mean difference larger than the larger of the two seed SDs. */
const beats = (x: string, y: string) => {
  const p = cp(x);
  const q = cp(y);
  if (!p || !q) return null;
  const diff = p.mean - q.mean;
  const spread = Math.max(p.sd, q.sd);
  return { diff, spread, holds: diff > spread };
};
const claims = {
  iiBeatsInfonce: beats('ii', 'infonce'),
  iiBeatsInfonceAt10pct: beats('ii-10pct', 'infonce-10pct'),
  clvtmBeatsClvm: beats('ii-clvtm', 'ii'),
  iiBeatsBaseline: beats('ii', 'baseline'),
  infonceBeatsBaseline: beats('infonce', 'baseline'),
  clvtmBeatsBaseline: beats('ii-clvtm', 'baseline'),
};
const result = {
  generatedAt: new Date().toISOString(),
  command: ['npm run bench:ii', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(
    ' ',
  ),
  dataset: {
    generator: 'vmr-synthetic/1',
    options: (ds.meta as { options: unknown }).options,
    hash: datasetHash(ds),
    pairs: {
      train: ds.pairs.filter((p) => p.split === 'train').length,
      val: ds.pairs.filter((p) => p.split === 'val').length,
      test: ds.pairs.filter((p) => p.split === 'test').length,
    },
    styles: syn.styles.length,
  },
  protocol: {
    budget: `${steps} AdamW steps at batch ${batchSize} for every arm (the 10% arms revisit their pairs more often)`,
    selection: 'weights of the epoch with the best validation mean R@10 (both directions)',
    evaluation:
      'test split: each of the held-out videos ranks all held-out tracks and vice versa; compatible = same latent style',
    model: { ...DEFAULT_MODEL_CONFIG, useText: 'per arm' },
    loss: {
      tau: 0.07,
      tauIn: 0.1,
      tauOut: 0.1,
      divergence: 'kl unless the arm says mse',
      lambda: 'II arms 1, InfoNCE arms 0',
    },
    seeds,
    baseline: 'mean-pooled input features, fixed Gaussian projection to D per side, cosine (non-learned)',
  },
  summary,
  claims,
  rows,
};
mkdirSync('bench/results', { recursive: true });
writeFileSync(a.out!, JSON.stringify(result, null, 2) + '\n');
console.log(`| arm | compat P@10 | v2m R@1 | v2m R@10 | v2m medR | m2v R@10 |`);
console.log(`|---|---|---|---|---|---|`);
for (const arm of arms) {
  const s = summary[arm] as {
    compatiblePrecisionAt10: S;
    v2m: { r1: S; r10: S; medianRank: S };
    m2v: { r10: S };
  };
  console.log(
    `| ${arm} | ${fmt(s.compatiblePrecisionAt10)} | ${fmt(s.v2m.r1)} | ${fmt(s.v2m.r10)} | ${fmt(s.v2m.medianRank, 1)} | ${fmt(s.m2v.r10)} |`,
  );
}
console.log(JSON.stringify(claims, null, 1));
