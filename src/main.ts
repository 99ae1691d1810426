import { loadConfig } from './config.js';
import { DataDirInUseError } from './db/data-dir-lock.js';
import { logger } from './observability/logger.js';
import { startPlatform } from './server.js';

const config = loadConfig();
const log = logger(config.logLevel);
const seedDemo = process.env.SEED_DEMO === undefined ? undefined : process.env.SEED_DEMO === 'true';
const platform = await startPlatform(config, { seedDemo }).catch((error: unknown) => {
  // A second server on the same embedded data directory: one clear line, not a stack trace.
  if (!(error instanceof DataDirInUseError)) throw error;
  console.error(`[main] cannot start: ${error.message}`);
  process.exit(1);
});
log.info(
  { url: platform.url, port: platform.port },
  `[http] GraphQL at ${platform.url}; admin console at http://${config.host}:${platform.port}/console`,
);

// SIGTERM/SIGINT: Platform.stop() stops accepting, finishes in-flight requests (up to
// SHUTDOWN_TIMEOUT_MS), requeues the training run, stops ingest, closes the pools and the
// embedded database (releasing its data-dir lock); exit 0 once done, 1 if it failed.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, `[main] ${signal}: shutting down`);
    platform.stop().then(
      () => {
        log.info('[main] stopped');
        log.flush();
        process.exit(0);
      },
      (error: unknown) => {
        log.error({ err: error }, '[main] shutdown failed');
        log.flush();
        process.exit(1);
      },
    );
  });
}
