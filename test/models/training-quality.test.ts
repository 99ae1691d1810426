import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createApiKey } from '../../src/auth/api-keys.js';
import { seedDemoCatalogIfEmpty } from '../../src/catalog/demo/seed.js';
import { TRAINING_SET_SOURCE } from '../../src/catalog/demo/training-set.js';
import { loadConfig } from '../../src/config.js';
import { compareOnValidation } from '../../src/jobs/validation-metrics.js';
import { pairedBootstrap } from '../../src/ml/eval/bootstrap.js';
import { ensureSearchReady } from '../../src/models/bootstrap.js';
import { EmbedderPool } from '../../src/models/embedders.js';
import { startPlatform, type Platform } from '../../src/server.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { MODELS_DIR } from '../support/search-catalog.js';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process.js';

/**
 * Retraining quality on the demo catalog with its synthetic training set (the default model's
 * own 3000 + 300 pairs, plus the 48 demo pairs): a retrain with defaults matches `default`
 * within the bootstrap uncertainty, keeps the README's text search working, and the
 * comparison gates activation. One full-default retrain (about two minutes on 2 cores); the
 * other runs train for one or two epochs.
 */

const estimate = { value: expect.any(Number), low: expect.any(Number), high: expect.any(Number) };

describe('the paired bootstrap', () => {
  const hits = (n: number, ones: number) => Array.from({ length: n }, (_, i) => (i < ones ? 1 : 0));

  it('is seeded: the same scores give the same intervals', () => {
    const a = pairedBootstrap(hits(300, 290), hits(300, 280), { seed: 7 });
    expect(pairedBootstrap(hits(300, 290), hits(300, 280), { seed: 7 })).toEqual(a);
    expect(a.newModel.value).toBeCloseTo(290 / 300, 12);
    expect(a.gain.value).toBeCloseTo(10 / 300, 12);
    expect(a.newModel.low).toBeLessThan(a.newModel.value);
    expect(a.newModel.high).toBeGreaterThan(a.newModel.value);
  });

  it('calls a gain better only when its whole 95% interval is above 0', () => {
    // One more hit in 300 queries: a positive point gain, well within the noise.
    const tiny = compareOnValidation(
      { metrics: null!, ranks: { v2m: [...Array(299).fill(1), 1], m2v: [] } },
      { metrics: null!, ranks: { v2m: [...Array(299).fill(1), 11], m2v: [] } },
    );
    expect(tiny.gain!.value).toBeCloseTo(1 / 300, 12);
    expect(tiny.gain!.low).toBe(0);
    expect(tiny.better).toBe(false);
    // 30 more hits: the interval clears 0.
    const clear = pairedBootstrap(hits(300, 300), hits(300, 270));
    expect(clear.gain.value).toBeCloseTo(0.1, 12);
    expect(clear.gain.low).toBeGreaterThan(0.06);
    expect(clear.gain.high).toBeLessThan(0.14);
    expect(clear.better).toBe(true);
    // Identical models: a zero-width interval at 0, not better.
    expect(pairedBootstrap(hits(50, 40), hits(50, 40)).gain).toEqual({ value: 0, low: 0, high: 0 });
  });

  it('rejects misuse with the parameter named', () => {
    expect(() => pairedBootstrap([], [])).toThrow('pairedBootstrap: newScores is empty');
    expect(() => pairedBootstrap([1, 0], [1])).toThrow(
      'pairedBootstrap: activeScores has 1 queries, newScores 2; they must score the same queries',
    );
    expect(() => pairedBootstrap([1], [1], { resamples: 0 })).toThrow(
      'pairedBootstrap: resamples must be a positive integer, got 0',
    );
  });
});

describe('retraining the demo catalog', () => {
  let tdb: TestDatabase;
  let platform: Platform;
  let adminKey: string;
  let modelsDir: string;
  let dataDir: string;
  let worker: WorkerProcess;

  beforeAll(async () => {
    tdb = await createTestDatabase();
    modelsDir = await mkdtemp(path.join(os.tmpdir(), 'vmr-models-'));
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'vmr-data-'));
    await cp(path.join(MODELS_DIR, 'default'), path.join(modelsDir, 'default'), { recursive: true });
    const t0 = Date.now();
    const seeded = await seedDemoCatalogIfEmpty(tdb.database.prisma, { trainingSet: 'await' });
    console.log(`[training-quality] seeded in ${Date.now() - t0} ms`);
    expect(seeded.trainingPairs).toBe(3300);
    const pool = new EmbedderPool(modelsDir);
    await ensureSearchReady(tdb.database.prisma, pool, modelsDir, { log: () => {}, concurrentIndex: false });
    await pool.closeAll();
    console.log(`[training-quality] embedded in ${Date.now() - t0} ms`);
    platform = await startPlatform(
      { ...loadConfig(), databaseUrl: tdb.url, port: 0, modelsDir, dataDir, inlineWorker: 'off' },
      { seedDemo: false, log: () => {} },
    );
    adminKey = (await createApiKey(tdb.database.prisma, 'admin', 'ADMIN')).secret;
    worker = startWorkerProcess({ databaseUrl: tdb.url, modelsDir, dataDir });
  }, 240_000);

  afterAll(async () => {
    await worker?.kill('SIGKILL');
    await platform?.stop();
    await tdb?.drop();
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

  interface Estimate {
    value: number;
    low: number;
    high: number;
  }
  interface Run {
    status: string;
    error: string | null;
    warmStart: boolean;
    activated: boolean;
    newModelScore: number;
    validation: Array<{ epoch: number; score: number }>;
    comparison: {
      pairs: number;
      metric: string;
      newModel: Estimate;
      activeModel: Estimate | null;
      gain: Estimate | null;
      better: boolean;
    };
    modelVersion: { id: string; version: string; status: string; metrics: string; validationR10: Estimate };
  }
  const RUN = `query ($id: ID!) { trainingRun(id: $id) { status error warmStart activated newModelScore
    validation { epoch score }
    comparison { pairs metric better newModel { value low high } activeModel { value low high } gain { value low high } }
    modelVersion { id version status metrics validationR10 { value low high } } } }`;

  async function train(input: Record<string, unknown>, timeoutMs: number): Promise<Run> {
    const started = await gql<{ startTraining: { id: string } }>(
      'mutation ($i: TrainingInput!) { startTraining(input: $i) { id } }',
      { i: input },
    );
    if (started.errors) throw new Error(JSON.stringify(started.errors));
    const id = started.data!.startTraining.id;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const r = await gql<{ trainingRun: Run }>(RUN, { id });
      const run = r.data!.trainingRun;
      if (run.status === 'SUCCEEDED' || run.status === 'FAILED') return run;
      if (Date.now() > deadline) throw new Error(`run ${id} still ${run.status} after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  const activate = (id: string, force?: boolean) =>
    gql<{ activateModel: { version: string; status: string } }>(
      'mutation ($id: ID!, $force: Boolean) { activateModel(id: $id, force: $force) { version status } }',
      { id, force },
    );

  const SEARCH = `{ searchTracks(text: "calm piano for a rainy study vlog", first: 5) {
    edges { node { title tags { name category } } } } }`;
  type Search = { searchTracks: { edges: Array<{ node: { tags: Array<{ name: string; category: string }> } }> } };
  // Anonymously, as the README runs it (without a status filter every caller gets ACTIVE tracks only).
  const pianoInTop5 = async () => {
    const response = await fetch(platform.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SEARCH }),
    });
    const r = (await response.json()) as Result<Search>;
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!.searchTracks.edges.map((e) =>
      e.node.tags.some((t) => t.category === 'GENRE' && t.name === 'Piano'),
    );
  };

  let retrained: Run;
  type Metrics = { v2m: { r1: number; r5: number; meanRank: number }; m2v: { r1: number; r5: number } };
  const fromGid = (gid: string) => Buffer.from(gid, 'base64url').toString('utf8').split(':')[1]!;

  it('trains on the 3000 synthetic and 40 demo training pairs and validates on 308 held-out pairs', async () => {
    const counts = await tdb.database.prisma.videoMusicPair.groupBy({
      by: ['source', 'split'],
      _count: true,
      orderBy: [{ source: 'asc' }, { split: 'asc' }],
    });
    expect(counts.map((c) => [c.source, c.split, c._count])).toEqual([
      ['demo', 'TRAIN', 40],
      ['demo', 'VALIDATION', 8],
      [TRAINING_SET_SOURCE, 'TRAIN', 3000],
      [TRAINING_SET_SOURCE, 'VALIDATION', 300],
    ]);
    // The training-only tracks stay out of the public listing.
    const listed = await fetch(platform.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ tracks(first: 1) { totalCount } }' }),
    });
    const total = ((await listed.json()) as { data: { tracks: { totalCount: number } } }).data.tracks.totalCount;
    const activeDemo = await tdb.database.prisma.track.count({
      where: { isrc: { startsWith: 'QZDMO' }, status: 'ACTIVE' },
    });
    expect(total).toBe(activeDemo);
  });

  it('retrains with defaults to within the uncertainty of default, and keeps the README text search', async () => {
    expect(await pianoInTop5()).toEqual([true, true, true, true, true]);
    const run = await train({}, 600_000);
    retrained = run;
    expect(run.error).toBeNull();
    expect(run.status).toBe('SUCCEEDED');
    expect(run.warmStart).toBe(false);
    const c = run.comparison;
    expect(c).toMatchObject({ pairs: 308, metric: 'v2m.r10', newModel: estimate, activeModel: estimate, gain: estimate });
    // default finds the partner in the top 10 for every validation video; so must the retrain,
    // up to the interval: the gain's 95% interval reaches 0 (not significantly worse).
    expect(c.activeModel!.value).toBe(1);
    expect(c.gain!.high).toBeGreaterThanOrEqual(0);
    expect(c.newModel.value).toBeGreaterThanOrEqual(0.98);
    expect(c.newModel.low).toBeLessThanOrEqual(c.newModel.value);
    expect(c.gain!.value).toBeCloseTo(c.newModel.value - c.activeModel!.value, 12);
    expect(run.modelVersion.validationR10).toEqual(c.newModel);
    // The finer metrics of both models on the same 308 pairs, as the run recorded them.
    const row = await tdb.database.prisma.trainingRun.findFirstOrThrow({ where: { modelVersionId: fromGid(run.modelVersion.id) } });
    const v = (row.result as { validation: { new: Metrics; active: Metrics } }).validation;
    console.log(
      `[training-quality] retrain v2m R@10 ${JSON.stringify(c.newModel)} vs default ${JSON.stringify(c.activeModel)}; gain ${JSON.stringify(c.gain)}; ` +
        `R@1 v2m ${v.new.v2m.r1.toFixed(3)} vs ${v.active.v2m.r1.toFixed(3)}, m2v ${v.new.m2v.r1.toFixed(3)} vs ${v.active.m2v.r1.toFixed(3)}; ` +
        `mean rank v2m ${v.new.v2m.meanRank.toFixed(2)} vs ${v.active.v2m.meanRank.toFixed(2)}`,
    );
    expect(v.new.v2m.r5).toBeGreaterThanOrEqual(v.active.v2m.r5 - 0.03);
    expect(v.new.m2v.r5).toBeGreaterThanOrEqual(v.active.m2v.r5 - 0.03);

    // Activating it: refused only if it scored below default, and then with both scores named.
    const plain = await activate(run.modelVersion.id);
    if (c.newModel.value < c.activeModel!.value) {
      expect(plain.errors![0].extensions.code).toBe('CONFLICT');
      expect(plain.errors![0].message).toContain(`(${c.newModel.value.toFixed(3)} vs 1.000 on the same 308 pairs)`);
      expect((await activate(run.modelVersion.id, true)).data!.activateModel.status).toBe('ACTIVE');
    } else {
      expect(plain.data!.activateModel.status).toBe('ACTIVE');
    }
    expect(await pianoInTop5()).toEqual([true, true, true, true, true]);
  }, 660_000);

  let weak: Run;

  it('does not auto-activate a worse model, refuses it without force and activates it with force', async () => {
    weak = await train({ epochs: 1, learningRate: 1e-6, seed: 2, autoActivate: true }, 240_000);
    expect(weak.status).toBe('SUCCEEDED');
    const c = weak.comparison;
    expect(c.gain!.high).toBeLessThan(0);
    expect(c.better).toBe(false);
    expect(weak.activated).toBe(false);
    expect(weak.modelVersion.status).toBe('READY');
    const refused = await activate(weak.modelVersion.id);
    expect(refused.errors![0]).toMatchObject({
      message: `model ${weak.modelVersion.version} scored worse than the active model ${retrained.modelVersion.version} on validation video->music R@10 (${c.newModel.value.toFixed(3)} vs ${c.activeModel!.value.toFixed(3)} on the same 308 pairs); pass force: true to activate it anyway`,
      extensions: { code: 'CONFLICT' },
    });
    const forced = await activate(weak.modelVersion.id, true);
    expect(forced.data!.activateModel).toEqual({ version: weak.modelVersion.version, status: 'ACTIVE' });
  }, 300_000);

  it('warm-starts from the active weights (epoch 0 scores as the active model) and auto-activates a clear gain', async () => {
    const run = await train({ warmStart: true, epochs: 2, autoActivate: true, seed: 2 }, 300_000);
    expect(run.error).toBeNull();
    expect(run.warmStart).toBe(true);
    expect(run.validation[0].epoch).toBe(0);
    // The weak model's own validation score, before any step.
    expect(run.validation[0].score).toBeCloseTo(weak.newModelScore, 2);
    expect(run.comparison.activeModel!.value).toBeCloseTo(weak.comparison.newModel.value, 2);
    expect(run.comparison.gain!.low).toBeGreaterThan(0);
    expect(run.comparison.better).toBe(true);
    expect(run.activated).toBe(true);
    expect(run.modelVersion.status).toBe('ACTIVE');
  }, 360_000);
});
