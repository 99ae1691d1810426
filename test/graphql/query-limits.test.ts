import { readFileSync } from 'node:fs';
import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { DEFAULT_QUERY_LIMITS, loadConfig } from '../../src/config.js';
import { SCHEMA_PATH } from '../../src/graphql/apollo.js';
import { toGlobalId } from '../../src/graphql/ids.js';
import { operationCost, SEARCH_FIELD_COST } from '../../src/graphql/plugins/query-cost.js';
import { fragmentsOf } from '../../src/graphql/plugins/query-shape.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { codes, createTestApi, type GraphQLResult, type TestApi } from '../support/graphql.js';

let tdb: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  tdb = await createTestDatabase();
  api = await createTestApi(tdb.database);
});
afterAll(async () => {
  await api.stop();
  await tdb.drop();
});

const ANON = DEFAULT_QUERY_LIMITS.ANONYMOUS;
const TRACK_ID = toGlobalId('Track', '00000000-0000-4000-8000-000000000000');

function limitOf(result: GraphQLResult): unknown {
  return result.errors?.[0]?.extensions?.limit;
}

/** `track → artists → tracks(first) → edges → node → artists → …`, `depth` fields deep. */
function chain(depth: number, first = 20): string {
  const steps = ['artists', `tracks(first: ${first})`, 'edges', 'node'];
  // The leaf each step's type allows: Artist, TrackConnection, TrackEdge, Track.
  const leaves = ['id', 'totalCount', 'cursor', 'id'];
  let open = `track(id: "${TRACK_ID}")`;
  let close = '';
  let leaf = 'id';
  for (let level = 2; level < depth; level += 1) {
    open += ` { ${steps[(level - 2) % steps.length]}`;
    leaf = leaves[(level - 2) % leaves.length]!;
    close += ' }';
  }
  return `{ ${open} { ${leaf} }${close} }`;
}

/**
 * Runs it 3 times to warm the code paths, then 5 times: the last result and the fastest time,
 * which is the refusal's own cost rather than the noise of other processes on the machine.
 */
async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  for (let i = 0; i < 3; i += 1) await run();
  let fastest = Infinity;
  let result: T | undefined;
  for (let i = 0; i < 5; i += 1) {
    const start = performance.now();
    result = await run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return { result: result!, ms: fastest };
}

describe('query limits per role', () => {
  it('documents the defaults, anonymous lowest and ADMIN highest', () => {
    expect(DEFAULT_QUERY_LIMITS).toEqual({
      ANONYMOUS: { maxDepth: 10, maxAliases: 15, maxTokens: 2_000, maxDirectives: 10, maxCost: 5_000 },
      VIEWER: { maxDepth: 12, maxAliases: 30, maxTokens: 5_000, maxDirectives: 20, maxCost: 20_000 },
      EDITOR: { maxDepth: 12, maxAliases: 30, maxTokens: 5_000, maxDirectives: 20, maxCost: 20_000 },
      ADMIN: { maxDepth: 15, maxAliases: 100, maxTokens: 10_000, maxDirectives: 50, maxCost: 100_000 },
    });
    expect(loadConfig().queryLimits).toEqual(DEFAULT_QUERY_LIMITS);
  });

  describe('depth', () => {
    it('accepts the deepest allowed query and refuses one level more', async () => {
      const below = await api.run(chain(ANON.maxDepth));
      expect(below.errors).toBeUndefined();
      const past = await api.run(chain(ANON.maxDepth + 1));
      expect(codes(past)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(limitOf(past)).toBe('maxDepth');
      expect(past.errors![0]!.message).toBe('Query exceeds maxDepth 10 for ANONYMOUS callers (got 11)');
    });

    it('lets a higher role go deeper', async () => {
      const r = await api.run(chain(ANON.maxDepth + 1), {}, 'VIEWER');
      expect(r.errors).toBeUndefined();
      expect(codes(await api.run(chain(DEFAULT_QUERY_LIMITS.VIEWER.maxDepth + 1), {}, 'VIEWER'))).toEqual([
        'QUERY_TOO_COMPLEX',
      ]);
    });

    it('counts fields reached through fragments', async () => {
      const r = await api.run(
        `{ track(id: "${TRACK_ID}") { ...A } }
         fragment A on Track { artists { tracks { edges { node { ...B } } } } }
         fragment B on Track { artists { tracks { edges { node { artists { id } } } } } }`,
      );
      expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(limitOf(r)).toBe('maxDepth');
    });
  });

  describe('aliases', () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;

    it('accepts the most aliases allowed and refuses one more', async () => {
      expect((await api.run(aliases(ANON.maxAliases))).errors).toBeUndefined();
      const past = await api.run(aliases(ANON.maxAliases + 1));
      expect(codes(past)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(limitOf(past)).toBe('maxAliases');
    });

    it('lets ADMIN use more', async () => {
      expect((await api.run(aliases(ANON.maxAliases + 1), {}, 'ADMIN')).errors).toBeUndefined();
    });
  });

  describe('tokens', () => {
    // 16 tokens around the list, and one per list item. (Repeating one field would not do:
    // graphql-js meters the work of comparing same-named fields, and aborts validation.)
    const tokens = (n: number) =>
      `{ tracks(filter: { status: [${'ACTIVE '.repeat(n - 16)}] }) { totalCount } }`;

    it('accepts the most tokens allowed and refuses one more', async () => {
      expect((await api.run(tokens(ANON.maxTokens))).errors).toBeUndefined();
      const past = await api.run(tokens(ANON.maxTokens + 1));
      expect(codes(past)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(limitOf(past)).toBe('maxTokens');
    });

    it('refuses past the highest role maximum in the parser, with the same code', async () => {
      const admin = DEFAULT_QUERY_LIMITS.ADMIN.maxTokens;
      expect((await api.run(tokens(admin), {}, 'ADMIN')).errors).toBeUndefined();
      const past = await api.run(tokens(admin + 1), {}, 'ADMIN');
      expect(codes(past)).toEqual(['QUERY_TOO_COMPLEX']);
    });
  });

  describe('directives', () => {
    const directives = (n: number) => `{ ${'__typename @include(if: true) '.repeat(n)}}`;

    it('accepts the most directives allowed and refuses one more', async () => {
      expect((await api.run(directives(ANON.maxDirectives))).errors).toBeUndefined();
      const past = await api.run(directives(ANON.maxDirectives + 1));
      expect(codes(past)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(limitOf(past)).toBe('maxDirectives');
    });
  });

  describe('cost', () => {
    // 1 + 100 x (edges, node, artists, tracks) + 100 x $n (totalCount) + (1 + $m)
    const QUERY = `query ($n: Int!, $m: Int!) {
      tracks(first: 100) { edges { node { artists { tracks(first: $n) { totalCount } } } } }
      b: tracks(first: $m) { totalCount }
    }`;

    it('accepts the costliest allowed query and refuses one step more, reading first from variables', async () => {
      const below = await api.run(QUERY, { n: 45, m: 98 });
      expect(below.errors).toBeUndefined();
      const past = await api.run(QUERY, { n: 45, m: 99 });
      expect(codes(past)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(limitOf(past)).toBe('maxCost');
      expect(past.errors![0]!.extensions!.max).toBe(ANON.maxCost);
    });

    it("reads a variable's default when the request leaves it out", async () => {
      const query = QUERY.replace('$m: Int!', '$m: Int = 99');
      expect(codes(await api.run(query, { n: 45 }))).toEqual(['QUERY_TOO_COMPLEX']);
      expect((await api.run(query.replace('= 99', '= 98'), { n: 45 })).errors).toBeUndefined();
    });

    it('lets a higher role spend more', async () => {
      expect((await api.run(QUERY, { n: 45, m: 99 }, 'VIEWER')).errors).toBeUndefined();
    });
  });
});

describe('the cost model', () => {
  const schema = buildSchema(readFileSync(SCHEMA_PATH, 'utf8'));
  const cost = (query: string, variables: Record<string, unknown> = {}) => {
    const document = parse(query);
    return operationCost(
      schema,
      document.definitions[0] as OperationDefinitionNode,
      new Map(),
      variables,
      1e9,
    );
  };

  it('weighs each search field and multiplies its children by first', () => {
    for (const field of [
      'musicForVideo(video: { videoId: "v" })',
      'similarTracks(trackIds: ["t"])',
      'searchTracks(text: "t")',
    ]) {
      // first defaults to 10: the search, then edges and node and id ten times each.
      expect(cost(`{ ${field} { edges { node { id } } } }`)).toBe(SEARCH_FIELD_COST + 30);
    }
  });

  it('multiplies by first from a literal, a variable or the schema default, capped at the page size', () => {
    expect(cost('{ tracks { totalCount } }')).toBe(1 + 20);
    expect(cost('{ tracks(first: 3) { totalCount } }')).toBe(1 + 3);
    expect(cost('query ($f: Int) { tracks(first: $f) { totalCount } }', { f: 7 })).toBe(1 + 7);
    expect(cost('{ tracks(first: 100000) { totalCount } }')).toBe(1 + 100);
    expect(cost('{ tracks(first: 0) { totalCount } }')).toBe(1 + 1);
  });

  it('gives up on fragments that spread each other exponentially, fast', () => {
    // F0 spreads F1 twice, F1 spreads F2 twice, ...: 2^40 visits, all of them free.
    const fragments = Array.from({ length: 40 }, (_, i) =>
      i < 39
        ? `fragment F${i} on Query { __typename ...F${i + 1} ...F${i + 1} }`
        : `fragment F${i} on Query { __typename }`,
    );
    const document = parse(`{ ...F0 } ${fragments.join(' ')}`);
    const start = performance.now();
    const result = operationCost(
      schema,
      document.definitions[0] as OperationDefinitionNode,
      fragmentsOf(document),
      {},
      1e9,
    );
    expect(result).toBe(Infinity);
    expect(performance.now() - start).toBeLessThan(200);
  });

  it('stops counting once past the maximum', () => {
    const document = parse(chain(200, 100));
    const op = document.definitions[0] as OperationDefinitionNode;
    expect(operationCost(schema, op, new Map(), {}, 1000)).toBeGreaterThan(1000);
  });
});

describe("the probe's cases are refused fast", () => {
  it.each([
    [
      '1,000 aliases of musicForVideo',
      () =>
        `{ ${Array.from({ length: 1000 }, (_, i) => `m${i}: musicForVideo(video: { text: { title: "rain" } }) { edges { node { id } } }`).join(' ')} }`,
    ],
    ['a depth-18 query through track, artists and tracks(first: 100)', () => chain(18, 100)],
    ['depth 1,001', () => chain(1001)],
    ['100k tokens', () => `{ ${'__typename '.repeat(100_000)}}`],
    [
      'fragments spreading each other exponentially',
      () =>
        `{ ...F0 } ${Array.from({ length: 40 }, (_, i) =>
          i < 39
            ? `fragment F${i} on Query { __typename ...F${i + 1} ...F${i + 1} }`
            : `fragment F${i} on Query { __typename }`,
        ).join(' ')}`,
    ],
  ])('refuses %s with QUERY_TOO_COMPLEX in under 50 ms, for every role', async (_, make) => {
    const query = make();
    for (const role of [undefined, 'VIEWER', 'ADMIN'] as const) {
      const { result, ms } = await timed(() => api.run(query, {}, role));
      expect(codes(result)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(ms).toBeLessThan(50);
    }
  });
});
