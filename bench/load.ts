// bench:load — requests per second under concurrency, against a bare Apollo Server in the same run.
//
//   npm run bench:load                    # 30 s per run (the full run)
//   npm run bench:load -- --duration 5    # quick look
//
// For each database (real Postgres with a 10,000-track catalog, and the embedded PGlite database
// with the demo catalog), three requests: a catalog listing (`tracks(first: 20)` with artists and
// tags), `musicForVideo` by video id with a licence filter, and `searchTracks`; each with 16 and
// then 64 autocannon connections. A bare Apollo Server 5 hello world runs on the same machine in
// the same run, and each run's ratio to it is what to compare across machines (other work on the
// machine depresses both alike). Every server runs in its own process. A response whose body
// differs from the first (warm-up) answer counts as an error, as do non-2xx answers and timeouts.
// After every run the server reports its RSS and heap after a full GC (`memory`). Writes
// bench/results/load.json.
//
// The Postgres catalog is built once in its own database (BENCH_DATABASE_ADMIN_URL, default the
// local server): the demo catalog, seeded and embedded by the platform itself, then cloned in SQL
// (tracks with their credits, tags, licences and embeddings) up to 10,000 tracks.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { parseCli, positiveInt } from '../scripts/cli-args.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const USAGE = 'Usage: npm run bench:load -- [--duration SECONDS] [--tracks N]';
const { values } = parseCli('bench:load', USAGE, {
  duration: { type: 'string', default: '30' },
  tracks: { type: 'string', default: '10000' },
});
const DURATION = positiveInt('bench:load', '--duration', values.duration);
const TRACKS = positiveInt('bench:load', '--tracks', values.tracks);
const CONNECTIONS = [16, 64] as const;
const ADMIN_URL = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DB_NAME = `vmr_bench_load_${TRACKS}`;
const EMBEDDED_DIR = path.join(os.tmpdir(), 'vmr-bench-load-embedded');
const log = (msg: string) => console.error(`[bench:load ${new Date().toISOString().slice(11, 19)}] ${msg}`);

const SEMI_SPACE = '--max-semi-space-size=64';

type Database = 'postgres' | 'embedded';
type QueryName = 'listing' | 'musicForVideo' | 'searchTracks';

const QUERIES: Record<QueryName, (videoId: string) => { query: string; variables?: object }> = {
  listing: () => ({
    query:
      '{ tracks(first: 20) { edges { node { id title bpm durationSec artists { name } tags { name category } } } pageInfo { hasNextPage endCursor } } }',
  }),
  musicForVideo: (videoId) => ({
    query:
      'query ($v: ID!) { musicForVideo(video: { videoId: $v }, first: 10, filter: { licence: { territory: "US", usage: ONLINE_VIDEO } }) { edges { score node { id title artists { name } } } } }',
    variables: { v: videoId },
  }),
  searchTracks: () => ({
    query:
      '{ searchTracks(text: "calm piano", first: 10) { edges { score node { id title tags { name } } } } }',
  }),
};

function urlFor(db: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${db}`;
  return url.toString();
}

/** A child process that prints `listening <url> ...` when ready. */
async function startServer(
  script: string,
  env: Record<string, string | undefined>,
): Promise<{
  child: ChildProcess;
  words: string[];
  memory(): Promise<{ rss: number; heapUsed: number }>;
  stop(): Promise<void>;
}> {
  // The young generation `npm start` gives the API (package.json, README "Configuration").
  const child = spawn(process.execPath, ['--expose-gc', SEMI_SPACE, '--import', 'tsx', script], {
    cwd: ROOT,
    // Deployed as production (the Dockerfile's NODE_ENV): graphql-js then skips its development
    // checks (a cross-realm test on every failed instanceof). The same for hello world.
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'silent', ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const waiting: Array<(line: string) => void> = [];
  lines.on('line', (line) => {
    // The platform's own start-up lines go to our stderr; answers go to whoever waits.
    if (/^(listening|mem) /.test(line)) waiting.shift()?.(line);
    else console.error(`  ${line}`);
  });
  const nextLine = () => new Promise<string>((resolve) => waiting.push(resolve));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const first = await Promise.race([nextLine(), exited.then(() => '')]);
  if (!first.startsWith('listening ')) throw new Error(`${script} did not start`);
  return {
    child,
    words: first.split(' ').slice(1),
    async memory() {
      const answer = nextLine();
      child.stdin!.write('mem\n');
      return JSON.parse((await answer).slice(4)) as { rss: number; heapUsed: number };
    },
    async stop() {
      child.stdin!.end();
      await exited;
    },
  };
}

/** The Postgres catalog: the platform seeds and embeds the demo, SQL clones it up to TRACKS. */
async function preparePostgres(): Promise<string> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  const exists =
    (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB_NAME])).rowCount === 1;
  if (!exists) await admin.query(`CREATE DATABASE "${DB_NAME}"`);
  await admin.end();
  const url = urlFor(DB_NAME);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    // A database created just now has no tables until the platform's first start migrates it.
    const count = async () =>
      (await db.query(`SELECT to_regclass('track') IS NULL AS "missing"`)).rows[0].missing
        ? 0
        : Number((await db.query('SELECT count(*) FROM "track"')).rows[0].count);
    if ((await count()) >= TRACKS) return url;
    log(`building the ${TRACKS}-track catalog in ${DB_NAME}`);
    const seeding = await startServer('bench/load-server.ts', { DATABASE_URL: url, SEED_DEMO: 'true' });
    await seeding.stop();
    await cloneTracks(db, TRACKS);
    // As autovacuum would leave it: the clone rewrote each track's search and link rows twice.
    await db.query('VACUUM ANALYZE');
    log(`catalog ready: ${await count()} tracks`);
    return url;
  } finally {
    await db.end();
  }
}

/** Tables whose rows belong to one track and are cloned with it (their other columns kept). */
const TRACK_CHILDREN = ['track_artist', 'track_tag', 'licence_term', 'track_embedding'];

async function cloneTracks(db: pg.Client, target: number): Promise<void> {
  const have = Number((await db.query('SELECT count(*) FROM "track"')).rows[0].count);
  const active = Number(
    (await db.query(`SELECT count(*) FROM "track" WHERE "status" = 'ACTIVE'`)).rows[0].count,
  );
  const copies = Math.ceil((target - have) / active);
  await db.query('BEGIN');
  await db.query(`
    CREATE TEMP TABLE clone_map ON COMMIT DROP AS
    SELECT t."id" AS old_id, gen_random_uuid() AS new_id, k, row_number() OVER () AS n
    FROM "track" t CROSS JOIN generate_series(1, ${copies}) AS k
    WHERE t."status" = 'ACTIVE'
    LIMIT ${target - have}`);
  const columns = async (table: string) =>
    (
      await db.query(
        `SELECT column_name FROM information_schema.columns
         WHERE table_name = $1 AND table_schema = 'public' AND is_generated = 'NEVER' ORDER BY ordinal_position`,
        [table],
      )
    ).rows.map((r: { column_name: string }) => `"${r.column_name}"`);
  const trackCols = await columns('track');
  const trackSelect = trackCols.map((c) =>
    c === '"id"'
      ? 'm.new_id'
      : c === '"isrc"'
        ? `'QZL' || lpad(m.n::text, 9, '0')`
        : c === '"external_id"'
          ? 'NULL'
          : c === '"title"'
            ? `t."title" || ' #' || m.k`
            : `t.${c}`,
  );
  await db.query(
    `INSERT INTO "track" (${trackCols.join(', ')}) SELECT ${trackSelect.join(', ')} FROM "track" t JOIN clone_map m ON m.old_id = t."id"`,
  );
  for (const table of TRACK_CHILDREN) {
    const cols = await columns(table);
    const select = cols.map((c) =>
      c === '"track_id"' ? 'm.new_id' : c === '"id"' ? 'gen_random_uuid()' : `c.${c}`,
    );
    await db.query(
      `INSERT INTO "${table}" (${cols.join(', ')}) SELECT ${select.join(', ')} FROM "${table}" c JOIN clone_map m ON m.old_id = c."track_id"`,
    );
  }
  await db.query('COMMIT');
}

async function measure(
  url: string,
  connections: number,
  body: string,
): Promise<{ rps: number; p50Ms: number; p95Ms: number; p99Ms: number; errors: number }> {
  const post = { method: 'POST' as const, headers: { 'content-type': 'application/json' }, body };
  const warm = await fetch(url, post);
  const expected = await warm.text();
  if (!warm.ok || expected.includes('"errors"')) throw new Error(`warm-up answer: ${expected.slice(0, 500)}`);
  const latencies: number[] = [];
  const instance = autocannon({
    url,
    connections,
    duration: DURATION,
    ...post,
    expectBody: expected,
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) =>
    latencies.push(ms),
  );
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const at = (p: number) =>
    Number((latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0).toFixed(1));
  return {
    rps: Math.round(result.requests.total / DURATION),
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    p99Ms: at(0.99),
    errors: result.errors + result.timeouts + result.non2xx + (result.mismatches ?? 0),
  };
}

const runs: Array<Record<string, unknown>> = [];
const memory: Array<{ database: Database; afterRun: number; rssMb: number; heapUsedMb: number }> = [];
const helloWorldRps = new Map<number, number>();

const hello = await startServer('bench/hello-server.ts', {});
for (const connections of CONNECTIONS) {
  const r = await measure(hello.words[0]!, connections, JSON.stringify({ query: '{ hello }' }));
  helloWorldRps.set(connections, r.rps);
  log(`hello world, ${connections} connections: ${r.rps} rps`);
}
await hello.stop();

/**
 * The embedded database's data directory, made by one start of its own: a first start seeds the
 * demo catalog, builds its training set and embeds it, which is not what the runs measure.
 */
async function prepareEmbedded(env: Record<string, string>): Promise<void> {
  await mkdir(EMBEDDED_DIR, { recursive: true });
  const first = await startServer('bench/load-server.ts', env);
  await first.stop();
}

const embeddedEnv = { DATABASE_URL: '', DATA_DIR: EMBEDDED_DIR };
await prepareEmbedded(embeddedEnv);
const databases: Array<[Database, Record<string, string | undefined>]> = [
  ['postgres', { DATABASE_URL: await preparePostgres() }],
  ['embedded', embeddedEnv],
];
for (const [database, env] of databases) {
  const server = await startServer('bench/load-server.ts', env);
  const [url, videoId] = server.words as [string, string];
  let runIndex = 0;
  for (const query of Object.keys(QUERIES) as QueryName[]) {
    for (const connections of CONNECTIONS) {
      const r = await measure(url, connections, JSON.stringify(QUERIES[query](videoId)));
      const hw = helloWorldRps.get(connections)!;
      runs.push({ database, query, connections, ...r, helloWorldRps: hw });
      const mem = await server.memory();
      runIndex += 1;
      memory.push({
        database,
        afterRun: runIndex,
        rssMb: Math.round(mem.rss / 2 ** 20),
        heapUsedMb: Math.round(mem.heapUsed / 2 ** 20),
      });
      log(
        `${database} ${query} x${connections}: ${r.rps} rps (${((100 * r.rps) / hw).toFixed(1)}% of hello world), ` +
          `p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, errors ${r.errors}, rss ${memory.at(-1)!.rssMb} MB`,
      );
    }
  }
  await server.stop();
}

const out = path.join(ROOT, 'bench/results/load.json');
await mkdir(path.dirname(out), { recursive: true });
await writeFile(
  out,
  `${JSON.stringify(
    {
      generatedAt: new Date().toISOString(),
      command: `npm run bench:load -- --duration ${DURATION}`,
      durationSec: DURATION,
      catalog: { postgres: `${TRACKS} tracks (${DB_NAME})`, embedded: 'the demo catalog' },
      runs,
      memory,
    },
    null,
    2,
  )}\n`,
);
log(`wrote ${path.relative(ROOT, out)}`);
