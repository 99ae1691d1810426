// The API under test for bench:search, in its own process (as in production: clients elsewhere),
// so the benchmark's client work (request bodies, recall bookkeeping, the exact-scan ground truth)
// never shares the server's event loop. Prints `listening <url>` once ready; stops on SIGTERM.
//
//   DATABASE_URL=... [SEARCH_EXACT=true] node --import tsx bench/search-server.ts
import { loadConfig } from '../src/config.js';
import { startPlatform } from '../src/server.js';

const platform = await startPlatform(
  // One benchmark client sends thousands of searches: rate limits (README) would refuse them.
  {
    ...loadConfig(),
    port: 0,
    maxBodyBytes: 64 * 1024 * 1024,
    rateLimits: { ...loadConfig().rateLimits, enabled: false },
    // A request line per search would flood the pipe the benchmark reads `listening` from.
    logLevel: 'warn',
  },
  { seedDemo: false, log: () => {} },
);
process.stdout.write(`listening ${platform.url}\n`);
const stop = () => void platform.stop().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.stdin.once('end', stop); // the benchmark went away without stopping us
process.stdin.resume();
