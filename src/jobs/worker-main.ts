// `npm run worker`: the training worker as its own process (docker-compose's `worker` service).
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/open.js';
import { EmbedderPool } from '../models/embedders.js';
import { TrainingWorker } from './worker.js';

const config = loadConfig();
const db = await openDatabase(config);
const embedders = new EmbedderPool(config.modelsDir);
const worker = new TrainingWorker(
  {
    db: db.database.prisma,
    embedders,
    modelsDir: config.modelsDir,
    dataDir: config.dataDir,
    concurrentIndex: !db.embedded,
    log: (m) => console.log(m),
  },
  Number(process.env.WORKER_POLL_MS ?? 1000),
);
worker.start();
console.log(`[worker] ${worker.workerId} polling for training runs`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`[worker] ${signal}: finishing up`);
    worker
      .stop()
      .then(() => embedders.closeAll())
      .then(() => db.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
  });
}
