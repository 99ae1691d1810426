import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createApiKey } from '../../src/auth/api-keys.js';
import { loadConfig } from '../../src/config.js';
import { featureRowData } from '../../src/catalog/media-features.js';
import { quantizeYt8m, type FeatureSequence } from '../../src/ml/index.js';
import { startPlatform, type Platform } from '../../src/server.js';
import { EmbedderPool } from '../../src/models/embedders.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { MODELS_DIR, seedSearchCatalog } from '../support/search-catalog.js';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process.js';

// Issue 22: a catalog with the demo's synthetic pairs and its own (front end vmr-logmel@1) music.
// Retraining with defaults succeeds and names what it left out; MUSIC_SELF_SUPERVISED and
// TEXT_TO_MUSIC learn the catalog's own audio with no video pairs; activeModel says which
// searchable tracks the model does not know.

let tdb: TestDatabase;
let platform: Platform;
let adminKey: string;
let modelsDir: string;
let dataDir: string;
let worker: WorkerProcess | null = null;
const OWN_TRACKS = 14;

/** A recording-like sequence: a per-track spectral profile plus per-second variation. */
function recording(seed: number, frames: number): FeatureSequence {
  let s = seed * 7919 + 17;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
  const profile = Float32Array.from({ length: 128 }, () => rand() * 1.2);
  const data = new Float32Array(frames * 128);
  for (let t = 0; t < frames; t++)
    for (let d = 0; d < 128; d++)
      data[t * 128 + d] = Math.max(-1.9, Math.min(1.9, profile[d]! + rand() * 0.4));
  return { frames, dim: 128, dtype: 'uint8', data: quantizeYt8m(data) };
}

beforeAll(async () => {
  tdb = await createTestDatabase();
  modelsDir = await mkdtemp(path.join(os.tmpdir(), 'vmr-models-'));
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'vmr-data-'));
  await cp(path.join(MODELS_DIR, 'default'), path.join(modelsDir, 'default'), { recursive: true });
  const pool = new EmbedderPool(modelsDir);
  await seedSearchCatalog(tdb.database, pool, modelsDir);
  await pool.closeAll();
  const db = tdb.database.prisma;
  const tag = await db.tag.create({ data: { name: 'own-calm', category: 'MOOD' } });
  for (let i = 0; i < OWN_TRACKS; i++) {
    const track = await db.track.create({
      data: {
        title: `Own recording ${i + 1}`,
        isrc: `QZOWN26${String(i).padStart(5, '0')}`,
        durationSec: 90,
        status: 'ACTIVE',
      },
    });
    await db.mediaFeature.create({
      data: {
        ...featureRowData(recording(i + 1, 90), 'trackAudio', 'ingest', 'vmr-logmel', 'vmr-logmel@1'),
        trackId: track.id,
      },
    });
    if (i % 2 === 0) await db.trackTag.create({ data: { trackId: track.id, tagId: tag.id, weight: 1 } });
  }
  platform = await startPlatform(
    { ...loadConfig(), databaseUrl: tdb.url, port: 0, modelsDir, dataDir, inlineWorker: 'off' },
    { seedDemo: false, log: () => {} },
  );
  adminKey = (await createApiKey(tdb.database.prisma, 'admin', 'ADMIN')).secret;
  worker = startWorkerProcess({ databaseUrl: tdb.url, modelsDir, dataDir });
}, 180_000);

afterAll(async () => {
  await worker?.kill('SIGKILL');
  await platform.stop();
  await tdb.drop();
  await rm(modelsDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
});

interface Result<T> {
  data?: T;
  errors?: Array<{ message: string; extensions: { code: string; field?: string } }>;
}

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<Result<T>> {
  const response = await fetch(platform.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminKey}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Result<T>;
}

interface Run {
  status: string;
  error: string | null;
  objectives: string[];
  leftOut: { unit: string; count: number; reason: string; message: string }[];
  comparison: { metric: string; better: boolean } | null;
  modelVersion: { id: string; audioFrontEnd: string | null; objectives: string[] } | null;
}

const RUN = `query ($id: ID!) { trainingRun(id: $id) {
  status error objectives leftOut { unit count reason message } comparison { metric better }
  modelVersion { id audioFrontEnd objectives } } }`;

async function train(input: Record<string, unknown>): Promise<Run> {
  const started = await gql<{ startTraining: { id: string } }>(
    'mutation ($i: TrainingInput!) { startTraining(input: $i) { id } }',
    { i: input },
  );
  expect(started.errors).toBeUndefined();
  const id = started.data!.startTraining.id;
  const deadline = Date.now() + 400_000;
  for (;;) {
    const run = (await gql<{ trainingRun: Run }>(RUN, { id })).data!.trainingRun;
    if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(run.status)) return run;
    if (Date.now() > deadline) throw new Error(`timed out: ${JSON.stringify(run)}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

const ACTIVE = '{ activeModel { version audioFrontEnd unfamiliarTracks objectives } }';

describe('training objectives and front ends', () => {
  it('says how many searchable tracks the shipped model was not trained on', async () => {
    const r = await gql<{
      activeModel: { audioFrontEnd: string; unfamiliarTracks: number; objectives: string[] };
    }>(ACTIVE);
    expect(r.data!.activeModel).toMatchObject({
      audioFrontEnd: 'synthetic@1',
      unfamiliarTracks: OWN_TRACKS,
      objectives: ['VIDEO_MUSIC'],
    });
  });

  it('refuses bad objectives with BAD_USER_INPUT', async () => {
    for (const i of [
      { objectives: [] },
      { objectives: ['VIDEO_MUSIC', 'VIDEO_MUSIC'] },
      { objectives: ['TEXT_TO_MUSIC'], useText: false },
    ]) {
      const r = await gql('mutation ($i: TrainingInput!) { startTraining(input: $i) { id } }', { i });
      expect(r.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('retrains with defaults beside real audio, and names what it left out', async () => {
    const run = await train({ epochs: 1, batchSize: 64, maxPairs: 400 });
    expect(run.error).toBeNull();
    expect(run.status).toBe('SUCCEEDED');
    expect(run.objectives).toEqual(['VIDEO_MUSIC']);
    expect(run.modelVersion).toMatchObject({ audioFrontEnd: 'synthetic@1', objectives: ['VIDEO_MUSIC'] });
    expect(run.leftOut).toContainEqual({
      unit: 'TRACKS',
      count: OWN_TRACKS,
      reason: 'OTHER_FRONT_END',
      message: `${OWN_TRACKS} searchable tracks have audio features of front end vmr-logmel@1; this run trains on synthetic@1, so its model will not know them`,
    });
  }, 420_000);

  it('learns the catalog’s own audio and text without pairs, on the front end of its real tracks', async () => {
    const run = await train({
      objectives: ['MUSIC_SELF_SUPERVISED', 'TEXT_TO_MUSIC'],
      epochs: 2,
      batchSize: 8,
    });
    expect(run.error).toBeNull();
    expect(run.status).toBe('SUCCEEDED');
    expect(run.objectives).toEqual(['MUSIC_SELF_SUPERVISED', 'TEXT_TO_MUSIC']);
    expect(run.comparison?.metric).toBe('excerpt.r10');
    expect(run.modelVersion).toMatchObject({
      audioFrontEnd: 'vmr-logmel@1',
      objectives: ['MUSIC_SELF_SUPERVISED', 'TEXT_TO_MUSIC'],
    });
    const synthetic = run.leftOut.find((x) => x.unit === 'TRACKS' && x.reason === 'OTHER_FRONT_END');
    expect(synthetic?.message).toMatch(/front end synthetic@1; this run trains on vmr-logmel@1/);
    expect(run.leftOut).toContainEqual(
      expect.objectContaining({ unit: 'TRACKS', reason: 'NO_TAGS', count: OWN_TRACKS / 2 }),
    );
    const activated = await gql('mutation ($id: ID!) { activateModel(id: $id, force: true) { version } }', {
      id: run.modelVersion!.id,
    });
    expect(activated.errors).toBeUndefined();
    const r = await gql<{ activeModel: { audioFrontEnd: string; unfamiliarTracks: number } }>(ACTIVE);
    expect(r.data!.activeModel.audioFrontEnd).toBe('vmr-logmel@1');
    // Now the demo's synthetic tracks are the unfamiliar ones.
    expect(r.data!.activeModel.unfamiliarTracks).toBe(synthetic!.count);
    // They are left out of its embeddings; the catalog's own tracks are searchable under it.
    const similar = await gql<{ similarTracks: { edges: { node: { title: string } }[] } }>(
      `query ($ids: [ID!]!) { similarTracks(trackIds: $ids, first: 5) { edges { node { title } } } }`,
      { ids: [await ownTrackGlobalId()] },
    );
    expect(similar.errors).toBeUndefined();
    expect(similar.data!.similarTracks.edges.length).toBe(5);
    for (const e of similar.data!.similarTracks.edges) expect(e.node.title).toMatch(/^Own recording/);
  }, 420_000);
});

async function ownTrackGlobalId(): Promise<string> {
  const r = await gql<{ tracks: { edges: { node: { id: string } }[] } }>(
    '{ tracks(first: 1, filter: { text: "Own recording 1" }) { edges { node { id } } } }',
  );
  return r.data!.tracks.edges[0]!.node.id;
}
