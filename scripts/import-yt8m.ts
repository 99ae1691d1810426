// Imports YouTube-8M frame-level TFRecord files into the configured catalog database (DATABASE_URL,
// or the embedded one): per record a reference video, a track with a synthetic ISRC, their
// features and a training pair, all with source 'yt8m'. Re-running on the same files changes
// nothing. See docs/yt8m.md.
//
//   npm run import:yt8m -- train00.tfrecord train01.tfrecord
//   npm run import:yt8m -- --vocabulary vocabulary.csv --batch 200 data/frame/train*.tfrecord
import { readFile } from 'node:fs/promises';
import { importYt8mFiles, parseYt8mVocabulary, type Yt8mProgress } from '../src/catalog/yt8m-import.js';
import { loadConfig } from '../src/config.js';
import { TfRecordError } from '../src/ml/index.js';
import { fail, openCliDatabase, parseCli, positiveInt } from './cli-args.js';

const USAGE =
  'usage: npm run import:yt8m -- [--vocabulary vocabulary.csv] [--batch N] [--validation-percent P] FILE...';

const NAME = 'import:yt8m';
const { values, positionals: files } = parseCli(NAME, USAGE, {
  vocabulary: { type: 'string' },
  batch: { type: 'string', default: '200' },
  'validation-percent': { type: 'string', default: '10' },
});
if (files.length === 0) fail(NAME, `no input files\n${USAGE}`);
const batchSize = positiveInt(NAME, '--batch', values.batch);
const validationPercent = Number(values['validation-percent']);
if (!(validationPercent >= 0 && validationPercent <= 100))
  fail(NAME, `--validation-percent must be from 0 to 100, got ${values['validation-percent']}`);

let vocabulary: Map<number, string> | undefined;
if (values.vocabulary) {
  try {
    vocabulary = parseYt8mVocabulary(await readFile(values.vocabulary, 'utf8'));
  } catch (error) {
    fail(NAME, `${values.vocabulary}: ${(error as Error).message}`);
  }
}

const tty = process.stdout.isTTY;
const started = Date.now();
let lastPrint = 0;
function showProgress(p: Yt8mProgress): void {
  const now = Date.now();
  if (!tty || now - lastPrint < 200) return;
  lastPrint = now;
  const seconds = (now - started) / 1000;
  const mb = p.bytesRead / 2 ** 20;
  const pct = p.totalBytes ? ((100 * p.bytesRead) / p.totalBytes).toFixed(1) : '100.0';
  process.stdout.write(
    `\r[${p.fileIndex + 1}/${p.files}] ${p.records} records, ${mb.toFixed(1)} MB (${pct}%), ` +
      `${(mb / Math.max(seconds, 1e-3)).toFixed(1)} MB/s, ${(p.records / Math.max(seconds, 1e-3)).toFixed(0)} records/s   `,
  );
}

const config = loadConfig();
const db = await openCliDatabase('import-yt8m', config);
try {
  const report = await importYt8mFiles(db.database.prisma, files, {
    batchSize,
    validationPercent,
    vocabulary,
    onProgress: showProgress,
  });
  if (tty) process.stdout.write('\n');
  console.log(JSON.stringify({ event: 'done', ...report, seconds: (Date.now() - started) / 1000 }));
} catch (error) {
  if (tty) process.stdout.write('\n');
  if (error instanceof TfRecordError) {
    // Batches before the bad record are committed; re-running after a fix skips them as unchanged.
    console.error(`import:yt8m: corrupt input: ${error.message}`);
    process.exitCode = 1;
  } else if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`import:yt8m: ${(error as Error).message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
} finally {
  await db.close();
}
