import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { codes, createTestApi, type TestApi } from '../support/graphql.js';

let tdb: TestDatabase;
let open: TestApi;
let closed: TestApi;

beforeAll(async () => {
  tdb = await createTestDatabase();
  open = await createTestApi(tdb.database, { introspection: true, suggestions: true });
  closed = await createTestApi(tdb.database, { introspection: false, suggestions: false });
});
afterAll(async () => {
  await open.stop();
  await closed.stop();
  await tdb.drop();
});

const SCHEMA = '{ __schema { queryType { name } } }';
const TYPE = '{ __type(name: "Track") { name } }';
const TYPO = '{ trakcs { totalCount } }';
const BAD_ENUM = 'query ($s: [TrackStatus!]) { tracks(filter: { status: $s }) { totalCount } }';

describe('introspection', () => {
  it('is answered when switched on', async () => {
    expect((await open.run(SCHEMA)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await open.run(TYPE)).data).toEqual({ __type: { name: 'Track' } });
  });

  it('is refused with GRAPHQL_VALIDATION_FAILED when switched off, for every role', async () => {
    for (const as of [undefined, 'ADMIN'] as const) {
      for (const query of [SCHEMA, TYPE, `query { ...F } fragment F on Query { ${SCHEMA.slice(1, -1)} }`]) {
        const r = await closed.run(query, {}, as);
        expect(codes(r)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
        expect(r.data).toBeUndefined();
      }
    }
  });

  it('still answers __typename when switched off', async () => {
    expect(await closed.run('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('"Did you mean" suggestions', () => {
  it('are given when switched on', async () => {
    expect((await open.run(TYPO)).errors![0]!.message).toBe(
      'Cannot query field "trakcs" on type "Query". Did you mean "tracks", "track", or "tags"?',
    );
    expect((await open.run(BAD_ENUM, { s: ['ACTIV'] })).errors![0]!.message).toContain('Did you mean');
  });

  it('are cut from validation and variable errors when switched off', async () => {
    const typo = await closed.run(TYPO);
    expect(typo.errors![0]!.message).toBe('Cannot query field "trakcs" on type "Query".');
    expect(codes(typo)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const badEnum = await closed.run(BAD_ENUM, { s: ['ACTIV'] });
    expect(codes(badEnum)).toEqual(['BAD_USER_INPUT']);
    expect(badEnum.errors![0]!.message).not.toContain('Did you mean');
    expect(badEnum.errors![0]!.message).toContain('"ACTIV"');
  });
});
