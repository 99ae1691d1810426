// bench:outage: a load of valid queries against the API on the real PostgreSQL while the
// cluster restarts (scripts/setup-postgres.sh restart: pg_ctlcluster, as root). Reports the
// error codes clients saw while the database was down and how long after it was back every
// request succeeded again, without restarting the API. Writes bench/results/outage.json.
//
//   npm run bench:outage    (disrupts every other user of that PostgreSQL for a few seconds)
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { startPlatform } from '../src/server.js';

const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DATABASE = 'vmr_bench_outage';
const CLIENTS = 8;
/** Steady load before the restart: at least this long, and this many answers (a cold API is slow). */
const STEADY_MS = 2_000;
const WARM_ANSWERS = 40;
const AFTER_MS = 4_000;
/** The bar: every request succeeds again within 2 s of the database being back. */
const RECOVERY_BAR_MS = 2_000;

const QUERIES = [
  '{ tracks(first: 20) { totalCount edges { node { id title bpm artists { name } tags { name } } } } }',
  '{ musicForVideo(video: { text: { title: "rain at night in the city" } }, first: 10) { edges { score node { title } } } }',
];

interface Sample {
  start: number;
  end: number;
  status: number;
  codes: string[];
  retryAfter: string | null;
}

const admin = new pg.Client({ connectionString: ADMIN_URL });
await admin.connect();
const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${DATABASE}"`);
await admin.end();
const url = new URL(ADMIN_URL);
url.pathname = `/${DATABASE}`;

const platform = await startPlatform(
  {
    ...loadConfig(),
    databaseUrl: url.toString(),
    port: 0,
    // One client machine: rate limits would refuse it; request lines would drown the report.
    rateLimits: { ...loadConfig().rateLimits, enabled: false },
    logLevel: 'warn',
  },
  { seedDemo: true, log: () => {} },
);
console.log(`[bench:outage] API at ${platform.url} on ${DATABASE}`);

const t0 = performance.now();
const now = () => performance.now() - t0;
const samples: Sample[] = [];
let running = true;

async function client(index: number): Promise<void> {
  let i = index;
  while (running) {
    const query = QUERIES[i++ % QUERIES.length];
    const start = now();
    try {
      const response = await fetch(platform.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const json = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
      samples.push({
        start,
        end: now(),
        status: response.status,
        codes: (json.errors ?? []).map((e) => e.extensions?.code ?? 'NONE'),
        retryAfter: response.headers.get('retry-after'),
      });
    } catch (error) {
      samples.push({
        start,
        end: now(),
        status: 0,
        codes: [`NETWORK:${(error as Error).message}`],
        retryAfter: null,
      });
    }
  }
}

const failed = (s: Sample) => s.status !== 200 || s.codes.length > 0;
const countCodes = (list: Sample[]) => {
  const counts: Record<string, number> = {};
  for (const s of list)
    for (const code of s.codes.length ? [...new Set(s.codes)] : ['OK'])
      counts[code] = (counts[code] ?? 0) + 1;
  return counts;
};
const countStatuses = (list: Sample[]) => {
  const counts: Record<string, number> = {};
  for (const s of list) counts[s.status] = (counts[s.status] ?? 0) + 1;
  return counts;
};

const clients = Array.from({ length: CLIENTS }, (_, i) => client(i));
const warmUntil = now() + 60_000;
while (samples.length < WARM_ANSWERS && now() < warmUntil)
  await new Promise((resolve) => setTimeout(resolve, 50));
await new Promise((resolve) => setTimeout(resolve, STEADY_MS));
const restartAt = now();
console.log('[bench:outage] restarting PostgreSQL');
const { stdout } = await promisify(execFile)('bash', ['scripts/setup-postgres.sh', 'restart']);
const backAt = now();
process.stdout.write(stdout);
await new Promise((resolve) => setTimeout(resolve, AFTER_MS));
running = false;
await Promise.all(clients);
const memoryMb = Math.round(process.memoryUsage().rss / 1e6);
await platform.stop();

const before = samples.filter((s) => s.end < restartAt);
const down = samples.filter((s) => s.end >= restartAt && s.start < backAt);
const after = samples.filter((s) => s.start >= backAt);
// Full recovery: the end of the last failed request that started after the database was back
// (0 when none failed), provided requests succeeded after it.
const lastFailure = after.filter(failed).at(-1);
const recoveryMs = lastFailure ? Math.round(lastFailure.end - backAt) : 0;
const succeededAfter = after.filter((s) => !failed(s) && s.start >= (lastFailure?.end ?? backAt)).length;
const result = {
  measuredAt: new Date().toISOString(),
  database: 'postgres',
  clients: CLIENTS,
  queries: QUERIES,
  restartCommandMs: Math.round(backAt - restartAt),
  before: { requests: before.length, failed: before.filter(failed).length },
  whileDown: {
    requests: down.length,
    byCode: countCodes(down),
    byStatus: countStatuses(down),
    retryAfter: [...new Set(down.filter(failed).map((s) => s.retryAfter))],
  },
  afterBack: {
    requests: after.length,
    failed: after.filter(failed).length,
    byCode: countCodes(after.filter(failed)),
  },
  recoveryMs,
  succeededAfterRecovery: succeededAfter,
  recoveredWithin2s: recoveryMs <= RECOVERY_BAR_MS && succeededAfter > 0,
  internalServerErrors: samples.filter((s) => s.codes.includes('INTERNAL_SERVER_ERROR')).length,
  rssMb: memoryMb,
};
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/outage.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
process.exit(result.recoveredWithin2s && result.internalServerErrors === 0 ? 0 : 1);
