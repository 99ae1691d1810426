import { loadConfig } from './config.js';
import { startPlatform } from './server.js';

const config = loadConfig();
const seedDemo = process.env.SEED_DEMO === undefined ? undefined : process.env.SEED_DEMO === 'true';
const platform = await startPlatform(config, { seedDemo });
console.log(
  `[http] GraphQL at ${platform.url}; admin console at http://${config.host}:${platform.port}/console`,
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`[main] ${signal}: shutting down`);
    platform.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('[main] shutdown failed', error);
        process.exit(1);
      },
    );
  });
}
