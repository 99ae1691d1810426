import { DateTimeScalar } from '../../src/graphql/scalars.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createTestApi, type GraphQLResult, type TestApi } from '../support/graphql.js';

let tdb: TestDatabase;
let api: TestApi;
let trackId: string;

beforeAll(async () => {
  tdb = await createTestDatabase();
  api = await createTestApi(tdb.database);
  const r = await api.run<{ createTrack: { id: string } }>(
    'mutation ($i: CreateTrackInput!) { createTrack(input: $i) { id } }',
    { i: { isrc: 'ZZDAT2600001', title: 'Dated', durationSec: 60 } },
    'EDITOR',
  );
  trackId = r.data!.createTrack.id;
});
afterAll(async () => {
  await api.stop();
  await tdb.drop();
});

const AT =
  'query ($at: Date) { tracks(filter: { licence: { territory: "US", usage: SOCIAL, at: $at } }) { totalCount } }';
const LICENCE =
  'mutation ($id: ID!, $i: LicenceTermInput!) { createLicenceTerm(trackId: $id, input: $i) { validFrom } }';
const TRACK = 'mutation ($i: CreateTrackInput!) { createTrack(input: $i) { releaseDate } }';

function refusal(result: GraphQLResult) {
  return { code: result.errors?.[0]?.extensions?.code, field: result.errors?.[0]?.extensions?.field };
}

let isrc = 1;
const cases: Array<[string, (date: string) => Promise<GraphQLResult>, string]> = [
  ['at', (at) => api.run(AT, { at }), 'at'],
  [
    'validFrom',
    (validFrom) =>
      api.run(
        LICENCE,
        { id: trackId, i: { rightsHolder: 'Acme', usages: ['SOCIAL'], worldwide: true, validFrom } },
        'EDITOR',
      ),
    'i.validFrom',
  ],
  [
    'releaseDate',
    (releaseDate) =>
      api.run(
        TRACK,
        {
          i: {
            isrc: `ZZDAT26${String((isrc += 1)).padStart(5, '0')}`,
            title: 'D',
            durationSec: 60,
            releaseDate,
          },
        },
        'EDITOR',
      ),
    'i.releaseDate',
  ],
];

describe('dates outside 0001-9999', () => {
  it.each(cases)(
    'refuses years 0000 and 10000 in %s with BAD_USER_INPUT naming the field',
    async (_, run, field) => {
      for (const date of ['0000-01-01', '0000-12-31', '10000-01-01']) {
        expect(refusal(await run(date))).toEqual({ code: 'BAD_USER_INPUT', field });
      }
    },
  );

  it.each(cases)('accepts years 0001 and 9999 in %s', async (_, run) => {
    for (const date of ['0001-01-01', '9999-12-31']) {
      expect((await run(date)).errors).toBeUndefined();
    }
  });

  it('says why in the message', async () => {
    expect((await api.run(AT, { at: '0000-01-01' })).errors![0]!.message).toContain(
      'Date 0000-01-01 is outside the years 0001-9999',
    );
  });

  it('refuses them as literals too, with BAD_USER_INPUT', async () => {
    const literal = (at: string) =>
      api.run(
        `{ tracks(filter: { licence: { territory: "US", usage: SOCIAL, at: "${at}" } }) { totalCount } }`,
      );
    expect(refusal(await literal('0000-06-01')).code).toBe('BAD_USER_INPUT');
    expect(refusal(await literal('10000-06-01')).code).toBe('BAD_USER_INPUT');
    expect((await literal('0001-06-01')).errors).toBeUndefined();
  });
});

describe('DateTime outside 0001-9999 (UTC)', () => {
  it.each([
    '0000-12-31T23:59:59Z',
    '0001-01-01T00:30:00+01:00',
    '+010000-01-01T00:00:00Z',
    '-000001-01-01T00:00:00Z',
  ])('refuses %s with BAD_USER_INPUT', (value) => {
    expect(() => DateTimeScalar.parseValue(value)).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }),
    );
  });

  it.each(['0001-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z'])('accepts %s', (value) => {
    expect(DateTimeScalar.parseValue(value)).toEqual(new Date(value));
  });
});
