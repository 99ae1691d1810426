// The longest wait of a trivial concurrent query (SELECT 1, every 5 ms) during a 1,000-row
// import on the embedded database, creating and then updating every row.
//
//   npx tsx bench/import-stall.ts [--batch ROWS]   # default 50, as the API on the embedded database
import pg from 'pg';
import { importTracks } from '../src/catalog/import/import-tracks.js';
import { connectDatabase } from '../src/db/client.js';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { applyMigrations } from '../src/db/migrate.js';
import { parseCli, positiveInt } from '../scripts/cli-args.js';

const { values } = parseCli('import-stall', 'Usage: npx tsx bench/import-stall.ts [--batch ROWS]', {
  batch: { type: 'string', default: '50' },
});
const batchRows = positiveInt('import-stall', '--batch', values.batch);
const embedded = await startEmbeddedPostgres(null);
const client = new pg.Client(embedded.connection);
await client.connect();
await applyMigrations(client);
await client.end();
const db = connectDatabase(embedded.connection, { maxConnections: 4 });

const rows = (suffix: string) =>
  Array.from({ length: 1000 }, (_, i) =>
    JSON.stringify({
      isrc: `USSTL26${String(i).padStart(5, '0')}`,
      title: `Stall ${i}${suffix}`,
      durationSec: 100 + (i % 50),
      bpm: 60 + (i % 100),
      artists: [`Artist ${i % 97}`, { name: `Feat ${i % 13}`, role: 'FEATURED' }],
      tags: [`GENRE:G${i % 11}`, { category: 'MOOD', name: `M${i % 7}`, weight: 0.5 }],
    }),
  ).join('\n');

for (const [label, data] of [
  ['create 1000', rows('')],
  ['update 1000', rows(' v2')],
] as const) {
  let running = true;
  let longest = 0;
  const probe = (async () => {
    while (running) {
      const t = performance.now();
      await db.prisma.$queryRaw`SELECT 1`;
      longest = Math.max(longest, performance.now() - t);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  const started = performance.now();
  const report = await importTracks(
    db.prisma,
    'JSONL',
    data,
    { maxBytes: 50e6, maxRows: 10_000 },
    { batchRows },
  );
  const importMs = Math.round(performance.now() - started);
  running = false;
  await probe;
  console.log(
    JSON.stringify({
      label,
      batchRows,
      importMs,
      created: report.created,
      updated: report.updated,
      longestStallMs: Math.round(longest),
    }),
  );
}
await db.close();
await embedded.stop();
