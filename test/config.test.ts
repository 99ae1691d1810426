import { loadConfig } from '../src/config.js';

// Search tuning from the environment: unset means the database layer's defaults apply
// (DEFAULT_SESSION_SETTINGS), so the config must not invent a value of its own.
describe('loadConfig: HNSW overrides', () => {
  const saved = { ef: process.env.HNSW_EF_SEARCH, scan: process.env.HNSW_ITERATIVE_SCAN };
  afterEach(() => {
    for (const [name, value] of [
      ['HNSW_EF_SEARCH', saved.ef],
      ['HNSW_ITERATIVE_SCAN', saved.scan],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('are absent when the environment does not set them', () => {
    delete process.env.HNSW_EF_SEARCH;
    delete process.env.HNSW_ITERATIVE_SCAN;
    const config = loadConfig();
    expect(config.hnswEfSearch).toBeUndefined();
    expect(config.hnswIterativeScan).toBeUndefined();
  });

  it('are read when set, and refused when malformed', () => {
    process.env.HNSW_EF_SEARCH = '123';
    process.env.HNSW_ITERATIVE_SCAN = 'strict_order';
    expect(loadConfig()).toMatchObject({ hnswEfSearch: 123, hnswIterativeScan: 'strict_order' });
    process.env.HNSW_ITERATIVE_SCAN = 'sideways';
    expect(() => loadConfig()).toThrow(/HNSW_ITERATIVE_SCAN/);
    process.env.HNSW_ITERATIVE_SCAN = '';
    process.env.HNSW_EF_SEARCH = 'many';
    expect(() => loadConfig()).toThrow(/HNSW_EF_SEARCH/);
  });
});
