// Embeds every track that has audio features but no embedding for a model version, then makes
// sure the version's HNSW index exists. Batched and resumable: rerun it after an interruption and
// it continues with what is still missing.
//
//   npm run embed                     # the active version
//   npm run embed -- --version NAME   # a registered version (e.g. before activating it)
import { loadConfig } from '../src/config.js';
import { createVersionIndex } from '../src/db/vectors.js';
import { EmbedderPool } from '../src/models/embedders.js';
import { embedMissingTracks } from '../src/search/backfill.js';
import { openCliDatabase } from './cli-args.js';

const args = process.argv.slice(2);
const versionName = args.includes('--version') ? args[args.indexOf('--version') + 1] : null;
const batch = args.includes('--batch') ? Number(args[args.indexOf('--batch') + 1]) : 128;

const config = loadConfig();
const db = await openCliDatabase('embed', config);
const embedders = new EmbedderPool(config.modelsDir);
try {
  const prisma = db.database.prisma;
  const version = versionName
    ? await prisma.modelVersion.findUnique({ where: { version: versionName } })
    : await prisma.modelVersion.findFirst({ where: { status: 'ACTIVE' } });
  if (!version)
    throw new Error(versionName ? `No model version named ${versionName}` : 'No active model version');
  const started = Date.now();
  const tty = process.stdout.isTTY;
  const embedded = await embedMissingTracks(prisma, embedders, version, {
    batch,
    onProgress: ({ embedded: done, total }) => {
      const rate = done / ((Date.now() - started) / 1000);
      if (tty) {
        const width = 30;
        const filled = Math.round((done / Math.max(total, 1)) * width);
        process.stdout.write(
          `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} tracks, ${rate.toFixed(0)}/s`,
        );
      } else {
        console.log(
          JSON.stringify({
            event: 'progress',
            version: version.version,
            embedded: done,
            total,
            tracksPerSec: Number(rate.toFixed(1)),
          }),
        );
      }
    },
  });
  if (tty && embedded > 0) process.stdout.write('\n');
  await createVersionIndex(prisma, version.id, { concurrently: !db.embedded });
  console.log(
    JSON.stringify({
      event: 'done',
      version: version.version,
      embedded,
      seconds: (Date.now() - started) / 1000,
    }),
  );
} finally {
  await embedders.closeAll();
  await db.close();
}
