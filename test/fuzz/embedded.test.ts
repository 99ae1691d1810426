import { describeFuzz } from './support/properties.js';

// FUZZ_RUNS=200 npm test -- test/fuzz/embedded.test.ts fuzzes deeper (FUZZ_SEED, FUZZ_VERBOSE=1 for per-field outcomes).
describeFuzz('embedded', {
  runs: Number(process.env.FUZZ_RUNS ?? 10),
  seed: Number(process.env.FUZZ_SEED ?? 20261203),
  maxMs: 5_000,
});
