// Loads a vmr-dataset/1 directory (docs/ml.md) into the configured catalog database (DATABASE_URL,
// or the embedded one): tracks, videos, their features and the training pairs, matched by
// external id so that re-running it changes nothing. See docs/datasets.md.
//
//   npm run dataset:import -- data/synth
//   npm run dataset:import -- --batch 200 exported/
import { importDatasetDir } from '../src/catalog/dataset/import-dataset.js';
import { loadConfig } from '../src/config.js';
import { fail, openCliDatabase, parseCli, positiveInt } from './cli-args.js';

const NAME = 'dataset:import';
const USAGE = 'usage: npm run dataset:import -- [--batch N] DIR';
const { values, positionals } = parseCli(NAME, USAGE, { batch: { type: 'string', default: '500' } });
if (positionals.length !== 1) fail(NAME, `give exactly one dataset directory\n${USAGE}`);
const batchSize = positiveInt(NAME, '--batch', values.batch);

const config = loadConfig();
const started = Date.now();
let failed = false;
const db = await openCliDatabase('dataset-import', config);
try {
  const report = await importDatasetDir(db.database.prisma, positionals[0]!, {
    batchSize,
    onProgress: ({ phase, done, total }) => {
      if (process.stdout.isTTY) process.stdout.write(`\r${phase}: ${done}/${total}          `);
    },
  });
  if (process.stdout.isTTY) process.stdout.write('\n');
  for (const kind of ['tracks', 'videos', 'pairs', 'features'] as const) {
    const c = report[kind];
    console.log(`${kind.padEnd(9)} ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`);
  }
  console.log(JSON.stringify({ event: 'done', ...report, seconds: (Date.now() - started) / 1000 }));
} catch (error) {
  if (process.stdout.isTTY) process.stdout.write('\n');
  console.error(`${NAME}: ${(error as Error).message}`);
  failed = true;
} finally {
  await db.close();
}
if (failed) process.exit(1);
