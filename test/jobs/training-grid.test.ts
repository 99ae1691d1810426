import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createApiKey } from '../../src/auth/api-keys.js';
import { loadConfig } from '../../src/config.js';
import { startPlatform, type Platform } from '../../src/server.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { MODELS_DIR, seedSearchCatalog } from '../support/search-catalog.js';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process.js';
import { EmbedderPool } from '../../src/models/embedders.js';

let tdb: TestDatabase;
let platform: Platform;
let adminKey: string;
let modelsDir: string;
let dataDir: string;
let worker: WorkerProcess | null = null;

beforeAll(async () => {
  tdb = await createTestDatabase();
  modelsDir = await mkdtemp(path.join(os.tmpdir(), 'vmr-models-'));
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'vmr-data-'));
  await cp(path.join(MODELS_DIR, 'default'), path.join(modelsDir, 'default'), { recursive: true });
  const pool = new EmbedderPool(modelsDir);
  await seedSearchCatalog(tdb.database, pool, modelsDir);
  await pool.closeAll();
  platform = await startPlatform(
    { ...loadConfig(), databaseUrl: tdb.url, port: 0, modelsDir, dataDir, inlineWorker: 'off' },
    { seedDemo: false, log: () => {} },
  );
  adminKey = (await createApiKey(tdb.database.prisma, 'admin', 'ADMIN')).secret;
}, 480_000);

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

const START = 'mutation ($i: TrainingInput!) { startTraining(input: $i) { id status totalEpochs } }';
const estimate = '{ value low high }';
const RUN = `query ($id: ID!) { trainingRun(id: $id) {
  status error activated totalEpochs epoch comparison { better newModel ${estimate} activeModel ${estimate} }
  settings { lambda tauIn tauOut validation ${estimate} meanRank ${estimate} bestEpoch chosen }
  modelVersion { version status validationR10 ${estimate} } } }`;

interface Estimate {
  value: number;
  low: number;
  high: number;
}
interface Setting {
  lambda: number;
  tauIn: number;
  tauOut: number;
  validation: Estimate;
  meanRank: Estimate;
  bestEpoch: number;
  chosen: boolean;
}
interface Run {
  status: string;
  error: string | null;
  activated: boolean;
  totalEpochs: number;
  epoch: number;
  comparison: { better: boolean; newModel: Estimate; activeModel: Estimate | null } | null;
  settings: Setting[] | null;
  modelVersion: { version: string; status: string; validationR10: Estimate | null } | null;
}

describe('a retraining run with a λ grid', () => {
  it('trains every setting, records each one’s validation score with its interval, and activates the best', async () => {
    // No active model: the activation rule then admits the run's model, so the test sees which
    // setting's weights become active.
    await tdb.database.prisma.modelVersion.updateMany({
      where: { status: 'ACTIVE' },
      data: { status: 'READY' },
    });
    worker = startWorkerProcess({ databaseUrl: tdb.url, modelsDir, dataDir });
    const started = await gql<{ startTraining: { id: string; totalEpochs: number } }>(START, {
      i: { epochs: 2, batchSize: 16, seed: 5, useText: false, lambdaGrid: [0, 0.25, 1], autoActivate: true },
    });
    expect(started.errors).toBeUndefined();
    expect(started.data!.startTraining.totalEpochs).toBe(6);
    const id = started.data!.startTraining.id;
    let run: Run;
    const deadline = Date.now() + 280_000;
    for (;;) {
      const r = await gql<{ trainingRun: Run }>(RUN, { id });
      run = r.data!.trainingRun;
      if (['SUCCEEDED', 'FAILED'].includes(run.status) || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(run.error).toBeNull();
    expect(run.status).toBe('SUCCEEDED');
    expect(run.epoch).toBe(6);
    const settings = run.settings!;
    expect(settings.map((s) => [s.lambda, s.tauIn, s.tauOut])).toEqual([
      [0, 0.1, 0.1],
      [0.25, 0.1, 0.1],
      [1, 0.1, 0.1],
    ]);
    for (const s of settings) {
      expect(s.validation.low).toBeLessThanOrEqual(s.validation.value);
      expect(s.validation.high).toBeGreaterThanOrEqual(s.validation.value);
      expect(s.meanRank.value).toBeGreaterThanOrEqual(1);
      expect(s.bestEpoch).toBeGreaterThanOrEqual(1);
    }
    // The chosen one is the best by the rule: highest R@10, then the lowest mean rank, then grid order.
    const best = settings.reduce((b, s) =>
      s.validation.value > b.validation.value ||
      (s.validation.value === b.validation.value && s.meanRank.value < b.meanRank.value)
        ? s
        : b,
    );
    expect(settings.filter((s) => s.chosen)).toEqual([best]);
    // Its model is the one exported, scored again through the inference path, and activated.
    expect(run.comparison!.activeModel).toBeNull();
    expect(run.comparison!.newModel.value).toBeCloseTo(best.validation.value, 6);
    expect(run.activated).toBe(true);
    expect(run.modelVersion!.status).toBe('ACTIVE');
    const active = await gql<{ activeModel: { version: string } }>('{ activeModel { version } }');
    expect(active.data!.activeModel.version).toBe(run.modelVersion!.version);
  }, 300_000);

  it('refuses a grid that repeats a value or is too large, naming the field', async () => {
    const twice = await gql(START, { i: { lambdaGrid: [0, 0] } });
    expect(twice.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.lambdaGrid' });
    expect(twice.errors![0]!.message).toBe('input.lambdaGrid lists a value twice: [0,0]');
    const big = await gql(START, { i: { lambdaGrid: [0, 1, 2], temperatureInGrid: [0.05, 0.1, 0.2] } });
    expect(big.errors![0]!.message).toBe(
      'input.lambdaGrid × temperatureInGrid × temperatureOutGrid make 9 settings; at most 8',
    );
    const range = await gql(START, { i: { temperatureOutGrid: [0.1, 0] } });
    expect(range.errors![0]!.message).toBe('input.temperatureOutGrid[1] must be between 0.001 and 10, got 0');
    expect(range.errors![0]!.extensions.field).toBe('input.temperatureOutGrid[1]');
  });
});
