// The API under test for bench:load, in its own process so autocannon's client work never shares
// its event loop. DATABASE_URL set: that Postgres; unset: the embedded database under DATA_DIR.
// Prints `listening <url> <video global id>` once ready. Reads commands on stdin: `mem` answers
// `mem {rss, heapUsed}` after a full GC (run with --expose-gc); end of stdin stops it.
import { createInterface } from 'node:readline';
import { pendingDemoTrainingSet } from '../src/catalog/demo/training-set.js';
import { loadConfig } from '../src/config.js';
import { toGlobalId } from '../src/graphql/ids.js';
import { startPlatform } from '../src/server.js';

const base = loadConfig();
const platform = await startPlatform(
  // One benchmark client sends thousands of requests a second: rate limits (README) would refuse them.
  { ...base, port: 0, rateLimits: { ...base.rateLimits, enabled: false }, inlineWorker: 'off' },
  { log: () => {}, ...(process.env.SEED_DEMO === 'true' ? { seedDemo: true } : {}) },
);
// The demo training set seeds in the background on a fresh embedded database: let it finish, so
// that it does not compete with the measured requests.
await pendingDemoTrainingSet();
const video = await platform.db.database.prisma.video.findFirstOrThrow({
  where: { features: { some: { kind: 'VISUAL' } } },
  orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
});
process.stdout.write(`listening ${platform.url} ${toGlobalId('Video', video.id)}\n`);

const gc = (globalThis as { gc?: () => void }).gc;
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (line.trim() !== 'mem') return;
  gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  process.stdout.write(`mem ${JSON.stringify({ rss, heapUsed })}\n`);
});
lines.on('close', () => void platform.stop().then(() => process.exit(0)));
