import { loadConfig } from '../../src/config.js';
import { startPlatform, type Platform } from '../../src/server.js';
import { createApiKey } from '../../src/auth/api-keys.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let tdb: TestDatabase;
let platform: Platform;
let adminKey: string;

beforeAll(async () => {
  tdb = await createTestDatabase();
  platform = await startPlatform(
    { ...loadConfig(), databaseUrl: tdb.url, port: 0, inlineWorker: 'off' },
    { seedDemo: false, log: () => {} },
  );
  adminKey = (await createApiKey(tdb.database.prisma, 'targeted admin', 'ADMIN')).secret;
  const db = tdb.database.prisma;
  for (const [i, name] of ['100% Pure', 'Under_score', 'Back\\slash', 'Plain Name', 'Purely'].entries()) {
    const artist = await db.artist.create({ data: { name } });
    await db.track.create({
      data: {
        isrc: `ZZTGT26${String(i).padStart(5, '0')}`,
        title: `Song by ${name}`,
        durationSec: 100,
        artists: { create: [{ artistId: artist.id, role: 'PRIMARY', position: 0 }] },
      },
    });
  }
});
afterAll(async () => {
  await platform.stop();
  await tdb.drop();
});

async function post(body: unknown, key?: string) {
  const response = await fetch(platform.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Answer };
}

type Listing = { edges: Array<{ node: { name?: string; title?: string } }> };
interface Answer {
  data: { artists: Listing; tracks: Listing };
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

const names = (connection: Listing) => connection.edges.map((e) => e.node.name ?? e.node.title).sort();

describe('hostile values the fuzzer found or the issue named, pinned', () => {
  it.each([
    ['%', ['100% Pure']],
    ['_', ['Under_score']],
    ['\\', ['Back\\slash']],
    ['pur', ['100% Pure', 'Purely']],
  ])('artists(name: %j) matches the text literally, LIKE metacharacters included', async (text, expected) => {
    const r = await post({
      query: 'query ($n: String) { artists(name: $n) { edges { node { name } } } }',
      variables: { n: text },
    });
    expect(r.json.errors).toBeUndefined();
    expect(names(r.json.data.artists)).toEqual(expected);
  });

  it('tracks(filter: { text }) treats % and _ literally too', async () => {
    const q = 'query ($t: String) { tracks(filter: { text: $t }) { edges { node { title } } } }';
    const percent = await post({ query: q, variables: { t: '%' } });
    const underscore = await post({ query: q, variables: { t: '_' } });
    expect(names(percent.json.data.tracks)).toEqual(['Song by 100% Pure']);
    expect(names(underscore.json.data.tracks)).toEqual(['Song by Under_score']);
  });

  it('refuses a subscription as an invalid document (400), not as an internal error', async () => {
    const r = await post({ query: 'subscription { trackAdded { id } }' });
    expect(r.status).toBe(400);
    expect(r.json.errors).toEqual([
      expect.objectContaining({
        message: 'This API has no subscription operations (the schema defines no subscription type)',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    ]);
  });

  it.each([
    ['{ searchTracks(text: "&") { edges { score } } }', 'text'],
    ['{ musicForVideo(video: { text: { title: "&" } }) { edges { score } } }', 'video'],
  ])('names the argument when the text has no word to embed: %s', async (query, field) => {
    const r = await post({ query });
    expect(r.json.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', reason: 'EMPTY_INPUT', field } }),
    ]);
  });

  it('names the argument of a string literal holding a NUL byte', async () => {
    const r = await post({ query: '{ tracks(filter: { text: "a\\u0000b" }) { totalCount } }' });
    expect(r.status).toBe(400);
    expect(r.json.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.text' } }),
    ]);
  });

  it.each([
    ['missing', {}],
    ['null', { id: null }],
  ])('names the variable when a required one is %s', async (_, variables) => {
    const r = await post({ query: 'query ($id: ID!) { track(id: $id) { id } }', variables });
    expect(r.json.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'id' } }),
    ]);
  });

  it.each([
    ['{ tracks(filter: { bpm: { min: 1e400 } }) { totalCount } }', 'filter.bpm.min'],
    [
      '{ searchTracks(text: "rain", fusion: { textWeight: 1e400 }) { edges { score } } }',
      'fusion.textWeight',
    ],
    [
      'mutation { createTrack(input: { isrc: "ZZINF2600001", title: "x", durationSec: 1e400 }) { id } }',
      'input.durationSec',
    ],
    ['mutation { startTraining(input: { learningRate: -1e400 }) { id } }', 'input.learningRate'],
  ])('a Float literal past float64 (Infinity after parsing) is BAD_USER_INPUT: %s', async (query, field) => {
    const r = await post({ query }, adminKey);
    expect(r.json.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field } }),
    ]);
    expect(await tdb.database.prisma.trainingRun.count()).toBe(0);
  });
});
