import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { codes, createTestApi, type TestApi } from '../support/graphql.js';

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

const CREATE = 'mutation ($input: CreateTrackInput!) { createTrack(input: $input) { id title } }';
const input = (title: string) => ({ isrc: 'ZZNUL2600001', title, durationSec: 60 });

describe('text that Postgres cannot store', () => {
  it.each([
    ['a NUL byte', 'Bad\u0000title'],
    ['a lone high surrogate', 'Bad \ud800 title'],
    ['a lone low surrogate', 'Bad \udc00 title'],
  ])('refuses %s in a variable with BAD_USER_INPUT naming it, and writes nothing', async (_, title) => {
    const r = await api.run(CREATE, { input: input(title) }, 'EDITOR');
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.extensions!.field).toBe('input.title');
    expect(await tdb.database.prisma.track.count()).toBe(0);
  });

  it('refuses a NUL byte in a string literal of the document', async () => {
    const r = await api.run('{ tracks(filter: { text: "a\\u0000b" }) { totalCount } }');
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.message).toContain('string literal at line 1');
  });

  it('accepts a paired surrogate (an emoji) and stores it unchanged', async () => {
    const r = await api.run<{ createTrack: { title: string } }>(
      CREATE,
      { input: input('Rain 🌧 study') },
      'EDITOR',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.createTrack.title).toBe('Rain 🌧 study');
  });
});
