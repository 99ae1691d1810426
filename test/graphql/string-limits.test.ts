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

const MAX = 1_000;
const TRACKS = 'query ($text: String) { tracks(filter: { text: $text }) { totalCount } }';
const ARTISTS = 'query ($name: String) { artists(name: $name) { totalCount } }';
const CREATE_VIDEO = 'mutation ($input: CreateVideoInput!) { createVideo(input: $input) { id } }';

function refusal(result: GraphQLResult): { code: unknown; field: unknown; message: string } {
  const error = result.errors?.[0];
  return { code: error?.extensions?.code, field: error?.extensions?.field, message: error?.message ?? '' };
}

/** The fastest of 5 runs after 2 warm-ups: the refusal's own cost, not other processes' noise. */
async function fastestMs(run: () => Promise<unknown>): Promise<number> {
  await run();
  await run();
  let fastest = Infinity;
  for (let i = 0; i < 5; i += 1) {
    const start = performance.now();
    await run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

describe('string argument lengths', () => {
  it('accepts the default maximum and refuses one character more, naming the field', async () => {
    expect((await api.run(TRACKS, { text: 'x'.repeat(MAX) })).errors).toBeUndefined();
    expect(refusal(await api.run(TRACKS, { text: 'x'.repeat(MAX + 1) }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'filter.text',
      message: `filter.text is longer than ${MAX} characters (got ${MAX + 1})`,
    });
  });

  it('checks string literals in the document too', async () => {
    const r = await api.run(`{ artists(name: "${'x'.repeat(MAX + 1)}") { totalCount } }`);
    expect(refusal(r)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect((await api.run(`{ artists(name: "${'x'.repeat(MAX)}") { totalCount } }`)).errors).toBeUndefined();
  });

  it('names the list item at fault', async () => {
    const r = await api.run('query ($ids: [ID!]!) { similarTracks(trackIds: $ids) { edges { cursor } } }', {
      ids: ['a', 'x'.repeat(MAX + 1)],
    });
    expect(refusal(r)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'trackIds[1]' });
  });

  it('gives video captions and on-screen text their larger documented maximum, 10,000', async () => {
    const input = (extra: Record<string, string>) => ({ input: { title: 'Long text', ...extra } });
    const captions = 10_000;
    const onScreenText = 10_000;
    expect(
      (await api.run(CREATE_VIDEO, input({ captions: 'c'.repeat(captions) }), 'EDITOR')).errors,
    ).toBeUndefined();
    expect(
      refusal(await api.run(CREATE_VIDEO, input({ captions: 'c'.repeat(captions + 1) }), 'EDITOR')),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.captions',
    });
    expect(
      (await api.run(CREATE_VIDEO, input({ onScreenText: 'o'.repeat(onScreenText) }), 'EDITOR')).errors,
    ).toBeUndefined();
    expect(
      refusal(await api.run(CREATE_VIDEO, input({ onScreenText: 'o'.repeat(onScreenText + 1) }), 'EDITOR')),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.onScreenText' });
    // Everything else about a video keeps the default.
    expect(
      refusal(await api.run(CREATE_VIDEO, input({ title: 't'.repeat(MAX + 1) }), 'EDITOR')),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.title',
    });
    const query =
      'query ($t: String) { musicForVideo(video: { text: { captions: $t } }) { edges { cursor } } }';
    expect(refusal(await api.run(query, { t: 'c'.repeat(captions + 1) }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'video.text.captions',
    });
  });

  it('follows the MAX_STRING_LENGTH setting', async () => {
    const strict = await createTestApi(tdb.database, { maxStringLength: 10 });
    try {
      expect((await strict.run(TRACKS, { text: 'x'.repeat(10) })).errors).toBeUndefined();
      expect(codes(await strict.run(TRACKS, { text: 'x'.repeat(11) }))).toEqual(['BAD_USER_INPUT']);
    } finally {
      await strict.stop();
    }
  });

  it("refuses the probe's 1 MiB filter text and 10 MiB artist name in under 50 ms", async () => {
    const text = 'x'.repeat(1024 * 1024);
    const name = 'x'.repeat(10 * 1024 * 1024);
    expect(refusal(await api.run(TRACKS, { text }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.text',
    });
    expect(refusal(await api.run(ARTISTS, { name }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
    });
    expect(await fastestMs(() => api.run(TRACKS, { text }))).toBeLessThan(50);
    expect(await fastestMs(() => api.run(ARTISTS, { name }))).toBeLessThan(50);
  });
});
