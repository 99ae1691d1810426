// Creates or updates tracks from audio files: decoded, turned into the front end's per-second
// features, embedded, and written one file per transaction (docs/media.md, "Uploads and jobs").
// A track is matched by an ISRC in the file's tags or name; otherwise a new one is titled from
// the tags or the file name. The same file again changes nothing (matched by content hash).
//
//   npm run ingest -- music/                    # every audio file under music/, recursively
//   npm run ingest -- a.flac b.mp3 --concurrency 1
//
// On the embedded database this needs the data folder to itself: while `npm start` holds it, the
// command refuses (the lock in src/db/data-dir-lock.ts) and says so; upload through the running
// server instead (POST /uploads + attachTrackAudio), or point both at PostgreSQL (DATABASE_URL).
import { availableParallelism } from 'node:os';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { loadConfig } from '../src/config.js';
import { openDatabase, type OpenedDatabase } from '../src/db/open.js';
import { expandPaths, ingestAudioFiles, type FileIngestResult } from '../src/media/ingest/ingest-files.js';
import { EmbedderPool } from '../src/models/embedders.js';
import { fail, parseCli, positiveInt } from './cli-args.js';

const NAME = 'ingest';
const USAGE = 'usage: npm run ingest -- [--concurrency N] FILE_OR_FOLDER...';
const { values, positionals } = parseCli(NAME, USAGE, {
  concurrency: { type: 'string', default: String(Math.min(2, availableParallelism())) },
});
if (positionals.length === 0) fail(NAME, `give at least one file or folder\n${USAGE}`);
const concurrency = positiveInt(NAME, '--concurrency', values.concurrency);

const files = await expandPaths(positionals).catch((error: unknown) => fail(NAME, (error as Error).message));
if (files.length === 0) fail(NAME, `no audio files under ${positionals.join(', ')}`);

const config = loadConfig();
let db: OpenedDatabase;
try {
  db = await openDatabase(config);
} catch (error) {
  fail(NAME, (error as Error).message);
}
const embedders = new EmbedderPool(config.modelsDir);
const tty = process.stdout.isTTY;
const bar = tty
  ? new cliProgress.SingleBar(
      { format: '{bar} {value}/{total} files | {audio} s of audio | {file}', hideCursor: true },
      cliProgress.Presets.shades_classic,
    )
  : null;
const started = Date.now();
let audioSeconds = 0;
let results: FileIngestResult[] = [];
try {
  bar?.start(files.length, 0, { audio: 0, file: '' });
  results = await ingestAudioFiles(
    {
      db: db.database.prisma,
      embedders,
      dataDir: config.dataDir,
      maxSeconds: config.uploads.maxSeconds,
      log: (m) => console.error(m),
    },
    files,
    {
      concurrency,
      onResult: (r, done) => {
        audioSeconds += r.status === 'failed' ? 0 : (r.durationS ?? 0);
        if (bar) bar.update(done, { audio: audioSeconds.toFixed(0), file: path.basename(r.file) });
        else console.log(JSON.stringify({ event: 'file', done, total: files.length, ...r }));
      },
    },
  );
} finally {
  bar?.stop();
  await embedders.closeAll();
  await db.close();
}

// The summary table: one row per file, failures with their reason.
const rows = results.map((r) => ({
  file: path.basename(r.file),
  result: r.status,
  track: r.title ?? '',
  isrc: r.isrc ?? '',
  seconds: r.durationS !== undefined ? r.durationS.toFixed(1) : '',
  reason: r.reason ?? '',
}));
const columns = Object.keys(rows[0]!) as Array<keyof (typeof rows)[number]>;
const width = (c: (typeof columns)[number]) => Math.max(c.length, ...rows.map((r) => r[c].length));
const line = (cells: Record<string, string>) =>
  columns
    .map((c) => cells[c]!.padEnd(width(c)))
    .join('  ')
    .trimEnd();
console.log(line(Object.fromEntries(columns.map((c) => [c, c]))));
console.log(columns.map((c) => '-'.repeat(width(c))).join('  '));
for (const row of rows) console.log(line(row));
const count = (s: FileIngestResult['status']) => results.filter((r) => r.status === s).length;
const elapsed = (Date.now() - started) / 1000;
console.log(
  `\n${results.length} files: ${count('created')} created, ${count('updated')} updated, ${count('unchanged')} unchanged, ${count('failed')} failed; ${audioSeconds.toFixed(0)} s of audio in ${elapsed.toFixed(1)} s`,
);
if (count('failed') > 0) {
  console.error(
    `${NAME}: failed: ${results
      .filter((r) => r.status === 'failed')
      .map((r) => path.basename(r.file))
      .join(', ')}`,
  );
  process.exitCode = 1;
}
