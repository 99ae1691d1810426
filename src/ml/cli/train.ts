import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDatasetFromDisk, writeDatasetToDisk } from '../data/disk-format.js';
import { generateSyntheticDataset } from '../data/synthetic.js';
import type { SyntheticFamily } from '../data/synthetic.js';
import { exportModel } from '../export/export-model.js';
import { train } from '../train/trainer.js';
import { progressReporter } from './progress.js';

const HELP = `Usage:
  npm run train -- --data <dataset-dir> --version <name> [options]
  npm run train -- --synthetic [--synthetic-seed N] --version <name> [options]
  npm run train -- generate-synthetic --out <dir> [--synthetic-seed N] [--train-pairs N --val-pairs N --test-pairs N]
      [--family default|nuisance|weak-input] [--unpaired N (unpaired candidate tracks per held-out split)]

Options (defaults in docs/ml.md):
  --out-dir <dir>         where to write the model (default models/<version>)
  --epochs N --batch-size N --lr X --weight-decay X --seed N --patience N
  --lambda X | --lambda-video X --lambda-music X     (0 = InfoNCE-only baseline)
  --tau X --tau-in X --tau-out X --divergence kl|mse
  --text | --no-text      II-CLVTM (text cues) or II-CLVM
  --segments N --dim N --hidden N --train-fraction X --max-steps N
  --checkpoint-dir <dir> --resume <checkpoint-dir>
  --threads N --ep cuda,cpu   execution providers (falls back to CPU with a log line)
  --json                  JSON-lines progress even on a TTY`;

function num(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new RangeError(`--${name} must be a number, got ${JSON.stringify(v)}`);
  return n;
}

async function main(argv: string[]): Promise<void> {
  const { values: a, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      synthetic: { type: 'boolean' },
      'synthetic-seed': { type: 'string' },
      family: { type: 'string' },
      unpaired: { type: 'string' },
      'train-pairs': { type: 'string' },
      'val-pairs': { type: 'string' },
      'test-pairs': { type: 'string' },
      out: { type: 'string' },
      version: { type: 'string' },
      'out-dir': { type: 'string' },
      epochs: { type: 'string' },
      'batch-size': { type: 'string' },
      lr: { type: 'string' },
      'weight-decay': { type: 'string' },
      seed: { type: 'string' },
      patience: { type: 'string' },
      lambda: { type: 'string' },
      'lambda-video': { type: 'string' },
      'lambda-music': { type: 'string' },
      tau: { type: 'string' },
      'tau-in': { type: 'string' },
      'tau-out': { type: 'string' },
      divergence: { type: 'string' },
      text: { type: 'boolean' },
      'no-text': { type: 'boolean' },
      segments: { type: 'string' },
      dim: { type: 'string' },
      hidden: { type: 'string' },
      'train-fraction': { type: 'string' },
      'max-steps': { type: 'string' },
      'checkpoint-dir': { type: 'string' },
      resume: { type: 'string' },
      threads: { type: 'string' },
      ep: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (a.help) {
    console.log(HELP);
    return;
  }
  const synOpts = {
    seed: num(a['synthetic-seed'], 'synthetic-seed') ?? 1,
    ...(a['train-pairs'] ? { trainPairs: num(a['train-pairs'], 'train-pairs') } : {}),
    ...(a['val-pairs'] ? { valPairs: num(a['val-pairs'], 'val-pairs') } : {}),
    ...(a['test-pairs'] ? { testPairs: num(a['test-pairs'], 'test-pairs') } : {}),
    ...(a.family ? { family: a.family as SyntheticFamily } : {}),
    ...(a.unpaired ? { unpairedTracks: num(a.unpaired, 'unpaired') } : {}),
  };
  if (positionals[0] === 'generate-synthetic') {
    if (!a.out) throw new RangeError('generate-synthetic needs --out <dir>');
    const syn = generateSyntheticDataset(synOpts);
    await writeDatasetToDisk(syn.dataset, a.out);
    console.log(`wrote ${syn.dataset.pairs.length} pairs to ${resolve(a.out)}`);
    return;
  }
  if (positionals.length > 0)
    throw new RangeError(`unknown command ${JSON.stringify(positionals[0])}\n${HELP}`);
  if (!a.version) throw new RangeError(`--version is required\n${HELP}`);
  if (!a.data && !a.synthetic) throw new RangeError(`give --data <dir> or --synthetic\n${HELP}`);
  const dataset = a.data ? await loadDatasetFromDisk(a.data) : generateSyntheticDataset(synOpts).dataset;
  const lambda = num(a.lambda, 'lambda');
  const model = {
    ...(a['no-text'] ? { useText: false } : a.text ? { useText: true } : {}),
    ...(a.segments ? { segments: num(a.segments, 'segments') } : {}),
    ...(a.dim ? { dim: num(a.dim, 'dim') } : {}),
    ...(a.hidden ? { hidden: num(a.hidden, 'hidden') } : {}),
  };
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  process.once('SIGTERM', () => controller.abort());
  const pick = (k: string, name = k) => num(a[k as keyof typeof a] as string | undefined, name);
  const hyper = Object.fromEntries(
    Object.entries({
      epochs: pick('epochs'),
      batchSize: pick('batch-size'),
      lr: pick('lr'),
      weightDecay: pick('weight-decay'),
      seed: pick('seed'),
      patience: pick('patience'),
      lambdaVideo: pick('lambda-video') ?? lambda,
      lambdaMusic: pick('lambda-music') ?? lambda,
      tau: pick('tau'),
      tauIn: pick('tau-in'),
      tauOut: pick('tau-out'),
      trainFraction: pick('train-fraction'),
      maxSteps: pick('max-steps'),
    }).filter(([, v]) => v !== undefined),
  );
  const trained = await train({
    dataset,
    ...hyper,
    ...(a.divergence ? { divergence: a.divergence as 'kl' | 'mse' } : {}),
    model,
    signal: controller.signal,
    checkpointDir: a['checkpoint-dir'],
    resumeFrom: a.resume,
    threads: num(a.threads, 'threads'),
    executionProviders: a.ep?.split(','),
    onProgress: progressReporter(!!process.stdout.isTTY && !a.json),
  });
  const outDir = a['out-dir'] ?? `models/${a.version}`;
  const command = `npm run train -- ${argv.join(' ')}`;
  const manifest = await exportModel(trained, outDir, { version: a.version, command });
  console.log(
    JSON.stringify({
      type: 'exported',
      dir: resolve(outDir),
      version: manifest.version,
      metrics: manifest.metrics?.test,
    }),
  );
}

main(process.argv.slice(2)).catch((err: Error) => {
  console.error(err.name === 'AbortError' ? 'training cancelled' : `error: ${err.message}`);
  process.exitCode = 1;
});
