// Writes the catalog's video-music pairs as a vmr-dataset/1 directory (docs/ml.md) that
// `npm run train -- --data DIR` trains on and `npm run dataset:import` loads elsewhere. The output
// is deterministic: the same catalog rows always give the same bytes. See docs/datasets.md.
//
//   npm run dataset:export -- exported/
//   npm run dataset:export -- exported/ --sources yt8m,synthetic-s1
import { exportDatasetToDir } from '../src/catalog/dataset/export-dataset.js';
import { loadConfig } from '../src/config.js';
import { fail, openCliDatabase, parseCli } from './cli-args.js';

const NAME = 'dataset:export';
const USAGE = 'usage: npm run dataset:export -- DIR [--sources a,b] [--name NAME]';
const { values, positionals } = parseCli(NAME, USAGE, {
  sources: { type: 'string' },
  name: { type: 'string' },
});
if (positionals.length !== 1) fail(NAME, `give exactly one output directory\n${USAGE}`);
const sources =
  values.sources
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean) ?? [];
if (values.sources !== undefined && sources.length === 0)
  fail(NAME, '--sources needs at least one source name');

const config = loadConfig();
let failed = false;
const db = await openCliDatabase('dataset-export', config);
try {
  const report = await exportDatasetToDir(db.database.prisma, positionals[0]!, {
    sources,
    ...(values.name ? { name: values.name } : {}),
  });
  if (report.pairs === 0) console.error('dataset:export: warning: no pairs matched; the dataset is empty');
  console.log(
    `${report.name}: ${report.pairs} pairs (${report.splits.train} train, ${report.splits.val} val, ${report.splits.test} test), ` +
      `${report.videos} videos, ${report.tracks} tracks; ${report.skippedPairs} pairs skipped for missing features`,
  );
  console.log(JSON.stringify({ event: 'done', dir: positionals[0], ...report }));
} catch (error) {
  console.error(`dataset:export: ${(error as Error).message}`);
  failed = true;
} finally {
  await db.close();
}
if (failed) process.exit(1);
