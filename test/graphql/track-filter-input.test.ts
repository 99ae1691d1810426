import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createTestApi, type GraphQLResult, type TestApi } from '../support/graphql.js';

let tdb: TestDatabase;
let api: TestApi;

const TITLES = ['100% Pure', 'Under_score', 'Back\\slash', 'Plain Song', 'Percent free'];

beforeAll(async () => {
  tdb = await createTestDatabase();
  api = await createTestApi(tdb.database);
  for (const [i, title] of TITLES.entries()) {
    const r = await api.run(
      'mutation ($i: CreateTrackInput!) { createTrack(input: $i) { id } }',
      {
        i: {
          isrc: `ZZLIK26${String(i + 1).padStart(5, '0')}`,
          title,
          durationSec: 60,
          bpm: 100,
          releaseDate: '2020-05-01',
        },
      },
      'EDITOR',
    );
    expect(r.errors).toBeUndefined();
  }
});
afterAll(async () => {
  await api.stop();
  await tdb.drop();
});

const LIST = 'query ($f: TrackFilter) { tracks(first: 100, filter: $f) { edges { node { title } } } }';

async function titles(filter: Record<string, unknown>): Promise<string[]> {
  const r = await api.run<{ tracks: { edges: Array<{ node: { title: string } }> } }>(
    LIST,
    { f: filter },
    'VIEWER',
  );
  expect(r.errors).toBeUndefined();
  return r.data!.tracks.edges.map((e) => e.node.title).sort();
}

function refusal(result: GraphQLResult) {
  const error = result.errors?.[0];
  return { code: error?.extensions?.code, field: error?.extensions?.field, message: error?.message };
}

describe('text filter', () => {
  it.each([
    ['%', ['100% Pure']],
    ['_', ['Under_score']],
    ['\\', ['Back\\slash']],
    ['0%', ['100% Pure']],
    ['n_s', []], // as a wildcard it would match "Plain Song"
  ])('matches %j literally, not as a LIKE wildcard', async (text, expected) => {
    expect(await titles({ text })).toEqual(expected);
  });

  it('still matches case-insensitively', async () => {
    expect(await titles({ text: 'PLAIN' })).toEqual(['Plain Song']);
  });
});

describe('filter ranges', () => {
  it.each([
    ['bpm', 'min', -50, 'filter.bpm.min must be between 0 and 400, got -50'],
    ['bpm', 'min', -0.5, 'filter.bpm.min must be between 0 and 400, got -0.5'],
    ['bpm', 'max', 401, 'filter.bpm.max must be between 0 and 400, got 401'],
    ['durationSec', 'min', -1, 'filter.durationSec.min must be between 0 and 21600, got -1'],
    ['durationSec', 'max', 21601, 'filter.durationSec.max must be between 0 and 21600, got 21601'],
    ['releaseYear', 'min', 0, 'filter.releaseYear.min must be between 1 and 9999, got 0'],
    ['releaseYear', 'max', 10000, 'filter.releaseYear.max must be between 1 and 9999, got 10000'],
  ])('refuses %s.%s = %d with BAD_USER_INPUT naming it', async (field, bound, value, message) => {
    const r = await api.run(LIST, { f: { [field]: { [bound]: value } } }, 'VIEWER');
    expect(refusal(r)).toEqual({ code: 'BAD_USER_INPUT', field: `filter.${field}.${bound}`, message });
  });

  it.each([
    ['bpm', { min: 0, max: 400 }],
    ['durationSec', { min: 0, max: 21600 }],
    ['releaseYear', { min: 1, max: 9999 }],
  ])('accepts the widest %s range, %j, and it excludes nothing', async (field, range) => {
    expect(await titles({ [field]: range })).toEqual([...TITLES].sort());
  });

  it('reads releaseYear bounds below 100 as those years, not as 19xx', async () => {
    expect(await titles({ releaseYear: { min: 1, max: 99 } })).toEqual([]);
    expect(await titles({ releaseYear: { min: 50, max: 2020 } })).toEqual([...TITLES].sort());
  });
});
