/**
 * Peak memory of reading YouTube-8M frame-level TFRecord files: the reader must stream, so its
 * resident set stays flat however large the file. Writes a 50,000-record file (5 frames each by
 * default), then, each phase in a fresh child process so one phase's heap does not inflate the
 * next's figure:
 *   parse   streams the file through readYt8mFrameFile (CRCs + SequenceExample decoding);
 *   import  streams smaller files through importYt8mFiles into a scratch database on the test
 *           Postgres (skipped when BENCH_YT8M_IMPORT=0 or the server is unreachable).
 * Peak RSS is process.memoryUsage().rss sampled every 20 ms, cross-checked with the kernel's
 * maxrss. Writes bench/results/yt8m-memory.json.
 *
 *   npx tsx bench/yt8m-memory.ts
 *   BENCH_YT8M_RECORDS=50000 BENCH_YT8M_FRAMES=5 BENCH_YT8M_IMPORT_RECORDS=5000,15000 npx tsx bench/yt8m-memory.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { readYt8mFrameFile, writeYt8mFrameFile, type Yt8mFrameRecord } from '../src/ml/index.js';

const RECORDS = Number(process.env.BENCH_YT8M_RECORDS ?? 50_000);
const FRAMES = Number(process.env.BENCH_YT8M_FRAMES ?? 5);
// Two import sizes: a flat peak across them shows the import's memory is bounded by its batches.
const IMPORT_RECORDS = (process.env.BENCH_YT8M_IMPORT_RECORDS ?? '5000,15000').split(',').map(Number);
const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const MiB = 2 ** 20;

/** Seeded xorshift32 bytes: fast enough for hundreds of MB, and the same file on every run. */
function* records(count: number, frames: number, prefix: string): Generator<Yt8mFrameRecord> {
  let s = 0x9e3779b9;
  const fill = (n: number) => {
    const words = new Uint32Array(Math.ceil(n / 4));
    for (let i = 0; i < words.length; i++) {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      words[i] = s >>> 0;
    }
    return new Uint8Array(words.buffer, 0, n);
  };
  for (let i = 0; i < count; i++) {
    yield {
      id: `${prefix}${i.toString(36).padStart(4, '0')}`,
      labels: [i % 7],
      frames,
      rgb: fill(frames * 1024),
      audio: fill(frames * 128),
    };
  }
}

/** Samples RSS while `work` runs; returns the peak in MiB with the kernel's own maxrss. */
async function measured<T>(
  work: () => Promise<T>,
): Promise<{ result: T; peakRssMiB: number; maxRssMiB: number; baselineRssMiB: number; seconds: number }> {
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  const result = await work();
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return {
    result,
    seconds,
    baselineRssMiB: +(baseline / MiB).toFixed(1),
    peakRssMiB: +(peak / MiB).toFixed(1),
    maxRssMiB: +(process.resourceUsage().maxRSS / 1024).toFixed(1),
  };
}

async function parsePhase(file: string): Promise<unknown> {
  const m = await measured(async () => {
    let count = 0;
    let frames = 0;
    let checksum = 0;
    for await (const r of readYt8mFrameFile(file)) {
      count += 1;
      frames += r.frames;
      checksum = (checksum + r.rgb[0]! + r.audio[127]!) >>> 0;
    }
    return { count, frames, checksum };
  });
  const bytes = statSync(file).size;
  return {
    ...m,
    mbPerSec: +(bytes / MiB / m.seconds).toFixed(1),
    recordsPerSec: Math.round(m.result.count / m.seconds),
  };
}

async function importPhase(file: string, url: string): Promise<unknown> {
  const { openDatabase } = await import('../src/db/open.js');
  const { importYt8mFiles } = await import('../src/catalog/yt8m-import.js');
  const db = await openDatabase({ databaseUrl: url, dataDir: tmpdir() });
  try {
    const m = await measured(() => importYt8mFiles(db.database.prisma, [file], { batchSize: 200 }));
    const bytes = statSync(file).size;
    return {
      ...m,
      mbPerSec: +(bytes / MiB / m.seconds).toFixed(2),
      recordsPerSec: Math.round(m.result.records / m.seconds),
    };
  } finally {
    await db.close();
  }
}

function child(phase: string, ...args: string[]): unknown {
  const self = fileURLToPath(import.meta.url);
  const out = spawnSync(process.execPath, [...process.execArgv, self, phase, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * MiB,
  });
  if (out.status !== 0) throw new Error(`${phase} phase exited with ${out.status}`);
  return JSON.parse(out.stdout.trim().split('\n').at(-1)!);
}

async function adminQuery(sql: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query(sql);
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const [phase, ...rest] = process.argv.slice(2);
if (phase === 'parse') {
  console.log(JSON.stringify(await parsePhase(rest[0]!)));
} else if (phase === 'import') {
  console.log(JSON.stringify(await importPhase(rest[0]!, rest[1]!)));
} else {
  const dir = mkdtempSync(join(tmpdir(), 'bench-yt8m-'));
  try {
    const file = join(dir, 'train-bench.tfrecord');
    const t0 = performance.now();
    await writeYt8mFrameFile(file, records(RECORDS, FRAMES, 'B'));
    const writeSeconds = (performance.now() - t0) / 1000;
    const fileBytes = statSync(file).size;
    console.error(
      `wrote ${RECORDS} records, ${(fileBytes / MiB).toFixed(1)} MiB, in ${writeSeconds.toFixed(1)} s`,
    );
    const parse = child('parse', file);
    console.error('parse:', JSON.stringify(parse));

    let importResult: unknown = { skipped: 'BENCH_YT8M_IMPORT=0' };
    if (process.env.BENCH_YT8M_IMPORT !== '0') {
      const name = `bench_yt8m_${Date.now()}`;
      if (await adminQuery(`CREATE DATABASE "${name}"`)) {
        try {
          const url = new URL(ADMIN_URL);
          url.pathname = `/${name}`;
          const runs: unknown[] = [];
          for (const [i, count] of IMPORT_RECORDS.entries()) {
            // Fresh ids per run, so every run creates all of its records.
            const small = join(dir, `import-bench-${i}.tfrecord`);
            await writeYt8mFrameFile(small, records(count, FRAMES, `I${i}-`));
            const run = {
              records: count,
              fileMiB: +(statSync(small).size / MiB).toFixed(1),
              ...(child('import', small, url.toString()) as object),
            };
            console.error('import:', JSON.stringify(run));
            runs.push(run);
            rmSync(small);
          }
          importResult = { batchSize: 200, runs };
        } finally {
          await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        }
      } else {
        importResult = { skipped: `no Postgres at ${ADMIN_URL}` };
      }
    }

    const results = {
      bench: 'yt8m-memory',
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        model: cpus()[0]?.model,
        loadavg: loadavg().map((x) => +x.toFixed(2)),
        node: process.version,
      },
      file: {
        records: RECORDS,
        framesPerRecord: FRAMES,
        bytes: fileBytes,
        mib: +(fileBytes / MiB).toFixed(1),
        writeSeconds: +writeSeconds.toFixed(2),
      },
      parse,
      import: importResult,
    };
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/yt8m-memory.json', JSON.stringify(results, null, 2) + '\n');
    console.log(JSON.stringify(results, null, 2));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
