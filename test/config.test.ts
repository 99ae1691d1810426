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

describe('loadConfig: introspection, suggestions and query limits', () => {
  const names = [
    'NODE_ENV',
    'GRAPHQL_INTROSPECTION',
    'GRAPHQL_SUGGESTIONS',
    'QUERY_MAX_COST_VIEWER',
    'MAX_STRING_LENGTH',
  ];
  const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
  afterEach(() => {
    for (const name of names) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  it('switches introspection and suggestions off by default when NODE_ENV=production', () => {
    delete process.env.GRAPHQL_INTROSPECTION;
    delete process.env.GRAPHQL_SUGGESTIONS;
    process.env.NODE_ENV = 'production';
    expect(loadConfig()).toMatchObject({ introspection: false, suggestions: false });
    process.env.NODE_ENV = 'development';
    expect(loadConfig()).toMatchObject({ introspection: true, suggestions: true });
  });

  it('lets the environment override either, and refuses a value that is not a boolean', () => {
    process.env.NODE_ENV = 'production';
    process.env.GRAPHQL_INTROSPECTION = 'true';
    process.env.GRAPHQL_SUGGESTIONS = 'false';
    expect(loadConfig()).toMatchObject({ introspection: true, suggestions: false });
    process.env.GRAPHQL_INTROSPECTION = 'yes';
    expect(() => loadConfig()).toThrow(/GRAPHQL_INTROSPECTION must be true or false/);
  });

  it('reads a per-role query limit and the string maximum from the environment', () => {
    process.env.QUERY_MAX_COST_VIEWER = '1234';
    process.env.MAX_STRING_LENGTH = '50';
    const config = loadConfig();
    expect(config.queryLimits.VIEWER.maxCost).toBe(1234);
    expect(config.queryLimits.EDITOR.maxCost).toBe(20_000);
    expect(config.maxStringLength).toBe(50);
    process.env.QUERY_MAX_COST_VIEWER = '-1';
    expect(() => loadConfig()).toThrow(/QUERY_MAX_COST_VIEWER/);
  });
});
