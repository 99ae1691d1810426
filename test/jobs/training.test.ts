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
let editorKey: string;
let modelsDir: string;
let dataDir: string;
let workers: WorkerProcess[] = [];

const LEASE_MS = 3000;

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
  editorKey = (await createApiKey(tdb.database.prisma, 'editor', 'EDITOR')).secret;
}, 120_000);

afterEach(async () => {
  await Promise.all(workers.map((w) => w.kill('SIGKILL')));
  workers = [];
  // No run may leak into the next test.
  await tdb.database.prisma.trainingRun.updateMany({
    where: { status: { in: ['QUEUED', 'RUNNING', 'EVALUATING', 'EMBEDDING'] } },
    data: { status: 'CANCELLED' },
  });
});

afterAll(async () => {
  await platform.stop();
  await tdb.drop();
  await rm(modelsDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
});

interface Result<T> {
  data?: T;
  errors?: Array<{ message: string; extensions: { code: string; runningRunId?: string } }>;
}

async function gql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  key: string | null = adminKey,
): Promise<Result<T>> {
  const response = await fetch(platform.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Result<T>;
}

const worker = () => {
  const w = startWorkerProcess({ databaseUrl: tdb.url, modelsDir, dataDir, leaseMs: LEASE_MS });
  workers.push(w);
  return w;
};

const RUN = `query ($id: ID!) { trainingRun(id: $id) {
  id status epoch step totalEpochs attempts error activated newModelScore activeModelScore warmStart
  comparison { pairs metric better newModel { value low high } activeModel { value low high } gain { value low high } }
  losses { step total inter intraVideo intraMusic } validation { epoch score metrics { v2m { r10 } } }
  modelVersion { id version status metrics embeddedTracks validationR10 { value low high } } } }`;

interface Run {
  id: string;
  status: string;
  epoch: number;
  step: number;
  attempts: number;
  error: string | null;
  warmStart: boolean;
  comparison: Record<string, unknown> | null;
  losses: Array<{ step: number; total: number }>;
  validation: Array<{ epoch: number; score: number }>;
  modelVersion: {
    id: string;
    version: string;
    status: string;
    metrics: string | null;
    embeddedTracks: number;
    validationR10: { value: number; low: number; high: number } | null;
  } | null;
}

async function getRun(id: string): Promise<Run> {
  const r = await gql<{ trainingRun: Run }>(RUN, { id });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.trainingRun;
}

async function waitFor(
  id: string,
  done: (run: Run) => boolean,
  timeoutMs: number,
  seen?: Set<string>,
): Promise<Run> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = await getRun(id);
    seen?.add(run.status);
    if (done(run)) return run;
    if (Date.now() > deadline)
      throw new Error(
        `timed out; run is ${JSON.stringify({ status: run.status, epoch: run.epoch, error: run.error })}`,
      );
    await new Promise((r) => setTimeout(r, 150));
  }
}

async function start(input: Record<string, unknown>): Promise<string> {
  const r = await gql<{ startTraining: { id: string; status: string } }>(
    'mutation ($i: TrainingInput!) { startTraining(input: $i) { id status } }',
    { i: input },
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  expect(r.data!.startTraining.status).toBe('QUEUED');
  return r.data!.startTraining.id;
}

const SEARCH = `{ musicForVideo(video: { text: { title: "calm piano for a rainy study vlog" } }, first: 10) { modelVersion { id version } edges { score node { id } } } }`;
type Search = {
  musicForVideo: {
    modelVersion: { id: string; version: string };
    edges: Array<{ score: number; node: { id: string } }>;
  };
};

describe('retraining end to end, over HTTP with an ADMIN key', () => {
  it('trains on the catalog pairs, registers a version, activates it and rolls back', async () => {
    worker();
    const id = await start({ epochs: 6, batchSize: 16, seed: 3 });
    const seen = new Set<string>();
    const run = await waitFor(id, (r) => ['SUCCEEDED', 'FAILED'].includes(r.status), 120_000, seen);
    expect(run.error).toBeNull();
    expect(run.status).toBe('SUCCEEDED');
    expect(seen.has('RUNNING') || seen.has('QUEUED')).toBe(true);
    // Loss curve: the last logged losses are lower than the first ones.
    const totals = run.losses.map((l) => l.total);
    expect(totals.length).toBeGreaterThanOrEqual(6);
    const head = (totals[0] + totals[1]) / 2;
    const tail = (totals.at(-1)! + totals.at(-2)!) / 2;
    expect(tail).toBeLessThan(head);
    expect(run.validation.length).toBeGreaterThan(0);
    expect(run.modelVersion).not.toBeNull();
    expect(run.modelVersion!.status).toBe('READY');
    expect(JSON.parse(run.modelVersion!.metrics!).validation.v2m.r10).toBeGreaterThan(0);
    expect(run.modelVersion!.embeddedTracks).toBe(160);
    // Eight validation pairs, so every model finds every partner in its top 10: R@10 is 1 for
    // both, with a zero-width interval, and the gain (0) is not "better".
    expect(run.warmStart).toBe(false);
    const one = { value: 1, low: 1, high: 1 };
    expect(run.comparison).toEqual({
      pairs: 8,
      metric: 'v2m.r10',
      better: false,
      newModel: one,
      activeModel: one,
      gain: { value: 0, low: 0, high: 0 },
    });
    expect(run.modelVersion!.validationR10).toEqual(one);
    expect(JSON.parse(run.modelVersion!.metrics!).validation.r10Interval).toEqual(one);

    const before = (await gql<Search>(SEARCH)).data!.musicForVideo;
    expect(before.modelVersion.version).toBe('default');
    const activated = await gql<{ activateModel: { version: string; status: string } }>(
      'mutation ($id: ID!) { activateModel(id: $id) { version status } }',
      { id: run.modelVersion!.id },
    );
    expect(activated.data!.activateModel).toEqual({ version: run.modelVersion!.version, status: 'ACTIVE' });
    const after = (await gql<Search>(SEARCH)).data!.musicForVideo;
    expect(after.modelVersion.version).toBe(run.modelVersion!.version);
    expect(after.edges.map((e) => e.score)).not.toEqual(before.edges.map((e) => e.score));

    const rolled = await gql<{ rollbackModel: { version: string } }>(
      'mutation { rollbackModel { version } }',
    );
    expect(rolled.data!.rollbackModel.version).toBe('default');
    const again = (await gql<Search>(SEARCH)).data!.musicForVideo;
    expect(again).toEqual(before);
  }, 180_000);
});

describe('faults', () => {
  it('cancels a running job within seconds, leaving nothing behind', async () => {
    worker();
    const id = await start({ epochs: 200, batchSize: 8, patience: 200 });
    await waitFor(id, (r) => r.status === 'RUNNING' && r.step > 0, 60_000);
    const asked = Date.now();
    const r = await gql<{ cancelTraining: { status: string } }>(
      'mutation ($id: ID!) { cancelTraining(id: $id) { status } }',
      { id },
    );
    expect(r.errors).toBeUndefined();
    const run = await waitFor(id, (x) => x.status === 'CANCELLED', 10_000);
    expect(Date.now() - asked).toBeLessThan(10_000);
    expect(run.modelVersion).toBeNull();
    expect(
      await tdb.database.prisma.modelVersion.count({
        where: { version: { startsWith: 'run-' }, status: 'ACTIVE' },
      }),
    ).toBe(0);
    const active = await gql<{ activeModel: { version: string } }>('{ activeModel { version } }');
    expect(active.data!.activeModel.version).toBe('default');
  }, 90_000);

  it('recovers from a SIGKILLed worker within the lease: resumed from its checkpoint by another worker', async () => {
    const first = worker();
    const id = await start({ epochs: 12, batchSize: 8, patience: 50 });
    await waitFor(id, (r) => r.status === 'RUNNING' && r.epoch >= 2, 90_000);
    await first.kill('SIGKILL');
    const killedAt = Date.now();
    expect((await getRun(id)).status).toBe('RUNNING');
    const second = worker();
    const resumed = await waitFor(id, (r) => r.attempts === 2 && r.status !== 'QUEUED', LEASE_MS + 15_000);
    expect(Date.now() - killedAt).toBeLessThan(LEASE_MS + 15_000);
    expect(['RUNNING', 'EVALUATING', 'EMBEDDING', 'SUCCEEDED']).toContain(resumed.status);
    const done = await waitFor(id, (r) => ['SUCCEEDED', 'FAILED'].includes(r.status), 120_000);
    expect(done.status).toBe('SUCCEEDED');
    expect(second.output()).toContain('resuming from checkpoint');
  }, 240_000);

  it('fails a run whose workers keep dying once it has used its attempts', async () => {
    const prisma = tdb.database.prisma;
    const run = await prisma.trainingRun.create({
      data: {
        input: {},
        totalEpochs: 1,
        status: 'RUNNING',
        attempts: 3,
        workerId: 'dead',
        heartbeatAt: new Date(Date.now() - 60_000),
      },
    });
    const { reapExpiredRuns } = await import('../../src/jobs/run-queue.js');
    expect(await reapExpiredRuns(prisma, LEASE_MS)).toEqual([{ id: run.id, status: 'FAILED' }]);
    const failed = await prisma.trainingRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(failed.error).toBe('worker lost (no heartbeat for 3 s) on attempt 3 of 3');
  });

  it('lets exactly one of twenty concurrent starts through; the others get CONFLICT naming it', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        gql<{ startTraining: { id: string } }>('mutation { startTraining(input: { epochs: 1 }) { id } }'),
      ),
    );
    const winners = results.filter((r) => r.data?.startTraining);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(19);
    for (const l of losers) {
      expect(l.errors![0].extensions.code).toBe('CONFLICT');
      expect(l.errors![0].extensions.runningRunId).toBe(winners[0].data!.startTraining.id);
    }
    expect(await tdb.database.prisma.trainingRun.count({ where: { status: 'QUEUED' } })).toBe(1);
  });

  it('keeps searches answering from one whole version while versions are activated and rolled back', async () => {
    // Two versions with different rankings: the default, and a second with shifted embeddings.
    const prisma = tdb.database.prisma;
    const second = await prisma.modelVersion.create({
      data: { version: 'shifted', dim: 256, path: 'default', manifest: {} },
    });
    const { createVersionIndex, fromSql, upsertEmbeddings } = await import('../../src/db/vectors.js');
    const activeId = (await prisma.modelVersion.findFirstOrThrow({ where: { status: 'ACTIVE' } })).id;
    const rows = await prisma.$queryRaw<
      Array<{ track_id: string; embedding: string }>
    >`SELECT track_id::text, embedding::text FROM track_embedding WHERE model_version_id = ${activeId}::uuid ORDER BY track_id`;
    await upsertEmbeddings(
      prisma,
      second.id,
      rows.map((r, i) => ({
        trackId: r.track_id,
        embedding: fromSql(rows[(i + 11) % rows.length].embedding),
      })),
    );
    await createVersionIndex(prisma, second.id, { concurrently: false });
    // Each version's true cosine similarity of every track to the query: a page mixing versions
    // would carry scores that match neither version's embeddings.
    const { EmbeddingService } = await import('../../src/ml/index.js');
    const encoder = await EmbeddingService.open(path.join(modelsDir, 'default'));
    const [query] = await encoder.embedVideo([{ text: { title: 'calm piano for a rainy study vlog' } }]);
    await encoder.close();
    const { toGlobalId } = await import('../../src/graphql/ids.js');
    const similarity = new Map<string, Map<string, number>>();
    for (const versionId of [activeId, second.id]) {
      const embedded = await prisma.$queryRaw<
        Array<{ track_id: string; embedding: string }>
      >`SELECT track_id::text, embedding::text FROM track_embedding WHERE model_version_id = ${versionId}::uuid`;
      similarity.set(
        toGlobalId('ModelVersion', versionId),
        new Map(
          embedded.map((e) => [
            toGlobalId('Track', e.track_id),
            fromSql(e.embedding).reduce((sum, x, i) => sum + x * query[i], 0),
          ]),
        ),
      );
    }

    let stop = false;
    const answers: Search['musicForVideo'][] = [];
    const errors: unknown[] = [];
    const loop = (async () => {
      while (!stop) {
        const r = await gql<Search>(SEARCH, {}, null);
        if (r.errors) errors.push(r.errors);
        else answers.push(r.data!.musicForVideo);
      }
    })();
    for (let i = 0; i < 6; i += 1) {
      const target = i % 2 === 0 ? second.id : activeId;
      const r = await gql<{ activateModel: { version: string } }>(
        'mutation ($id: ID!) { activateModel(id: $id) { version } }',
        { id: toGlobalId('ModelVersion', target) },
      );
      expect(r.errors).toBeUndefined();
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    stop = true;
    await loop;
    expect(errors).toEqual([]);
    expect(answers.length).toBeGreaterThan(10);
    const versionsSeen = new Set(answers.map((a) => a.modelVersion.version));
    expect(versionsSeen.size).toBe(2);
    for (const a of answers) {
      expect(a.edges).toHaveLength(10);
      const truth = similarity.get(a.modelVersion.id)!;
      for (const edge of a.edges) expect(Math.abs(edge.score - truth.get(edge.node.id)!)).toBeLessThan(1e-4);
    }
  }, 60_000);
});

describe('admin mutations', () => {
  it.each([
    ['startTraining', 'mutation { startTraining(input: { epochs: 1 }) { id } }'],
    [
      'cancelTraining',
      'mutation { cancelTraining(id: "VHJhaW5pbmdSdW46MDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAw") { id } }',
    ],
    [
      'activateModel',
      'mutation { activateModel(id: "TW9kZWxWZXJzaW9uOjAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMA") { id } }',
    ],
    ['rollbackModel', 'mutation { rollbackModel { id } }'],
  ])('%s: UNAUTHENTICATED anonymously, FORBIDDEN for an EDITOR key', async (_, query) => {
    const anonymous = await gql(query, {}, null);
    expect(anonymous.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const editor = await gql(query, {}, editorKey);
    expect(editor.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(await tdb.database.prisma.trainingRun.count({ where: { status: 'QUEUED' } })).toBe(0);
  });

  it('lists runs newest first, in pages, to keyed callers only', async () => {
    const total = await tdb.database.prisma.trainingRun.count();
    expect(total).toBeGreaterThan(2);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const r: Result<{
        trainingRuns: {
          edges: Array<{ node: { id: string; createdAt: string } }>;
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      }> = await gql(
        'query ($after: String) { trainingRuns(first: 2, after: $after) { edges { node { id createdAt } } pageInfo { hasNextPage endCursor } } }',
        { after },
        editorKey,
      );
      seen.push(...r.data!.trainingRuns.edges.map((e) => e.node.createdAt));
      after = r.data!.trainingRuns.pageInfo.hasNextPage ? r.data!.trainingRuns.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect([...seen].sort().reverse()).toEqual(seen);
    const anonymous = await gql('{ trainingRuns(first: 1) { totalCount } }', {}, null);
    expect(anonymous.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('rejects bad training input and unknown runs with clear codes', async () => {
    const bad = await gql('mutation { startTraining(input: { epochs: 0 }) { id } }');
    expect(bad.errors![0]).toMatchObject({
      message: 'input.epochs must be an integer from 1 to 500, got 0',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const unknown = await gql(
      'mutation { cancelTraining(id: "VHJhaW5pbmdSdW46MDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAw") { id } }',
    );
    expect(unknown.errors![0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('activateModel of a worse version, and warm starts', () => {
  const ACTIVATE =
    'mutation ($id: ID!, $force: Boolean) { activateModel(id: $id, force: $force) { version status } }';
  const direction = (r10: number) => ({
    r1: r10 / 2,
    r5: r10,
    r10,
    r25: 1,
    r50: 1,
    medianRank: 2,
    meanRank: 3,
  });
  const recorded = (r10: number) => ({
    validation: { pairs: 300, v2m: direction(r10), m2v: direction(r10) },
  });

  /** A version that reuses default's files and embeddings, with the given recorded metrics. */
  async function version(name: string, metrics: object) {
    const prisma = tdb.database.prisma;
    const created = await prisma.modelVersion.create({
      data: { version: name, dim: 256, path: 'default', manifest: {}, metrics },
    });
    const { fromSql, upsertEmbeddings } = await import('../../src/db/vectors.js');
    const activeId = (await prisma.modelVersion.findFirstOrThrow({ where: { status: 'ACTIVE' } })).id;
    const rows = await prisma.$queryRaw<
      Array<{ track_id: string; embedding: string }>
    >`SELECT track_id::text, embedding::text FROM track_embedding WHERE model_version_id = ${activeId}::uuid`;
    await upsertEmbeddings(
      prisma,
      created.id,
      rows.map((r) => ({ trackId: r.track_id, embedding: fromSql(r.embedding) })),
    );
    const { toGlobalId } = await import('../../src/graphql/ids.js');
    return { ...created, gid: toGlobalId('ModelVersion', created.id) };
  }
  const defaultId = async () => {
    const { toGlobalId } = await import('../../src/graphql/ids.js');
    const row = await tdb.database.prisma.modelVersion.findUniqueOrThrow({ where: { version: 'default' } });
    return { id: row.id, gid: toGlobalId('ModelVersion', row.id) };
  };

  it('reads default in the one metrics shape, with its validation R@10 interval', async () => {
    const r = await gql<{
      modelVersions: Array<{ version: string; metrics: string; validationR10: object }>;
    }>('{ modelVersions { version metrics validationR10 { value low high } } }');
    const def = r.data!.modelVersions.find((m) => m.version === 'default')!;
    const metrics = JSON.parse(def.metrics);
    expect(Object.keys(metrics).sort()).toEqual(['test', 'validation']);
    expect(metrics.validation).toMatchObject({ pairs: 300, v2m: { r10: 1, r1: 0.7833333333333333 } });
    expect(def.validationR10).toEqual({ value: 1, low: 1, high: 1 });
  });

  it('refuses a version that recorded a lower validation R@10 than the active one unless forced; rollback is not refused', async () => {
    await gql(ACTIVATE, { id: (await defaultId()).gid });
    const worse = await version('worse', recorded(0.5));
    const refused = await gql<unknown>(ACTIVATE, { id: worse.gid });
    expect(refused.errors![0]).toMatchObject({
      message:
        'model worse scored worse than the active model default on validation video->music R@10 (0.500 vs 1.000, as each recorded); pass force: true to activate it anyway',
      extensions: { code: 'CONFLICT' },
    });
    expect(
      (await gql<{ activeModel: { version: string } }>('{ activeModel { version } }')).data!.activeModel
        .version,
    ).toBe('default');
    const forced = await gql<{ activateModel: unknown }>(ACTIVATE, { id: worse.gid, force: true });
    expect(forced.data!.activateModel).toEqual({ version: 'worse', status: 'ACTIVE' });
    // Back to the better one needs no force; rolling back to the worse one needs none either.
    const back = await gql<{ activateModel: unknown }>(ACTIVATE, { id: (await defaultId()).gid });
    expect(back.data!.activateModel).toEqual({ version: 'default', status: 'ACTIVE' });
    const rolled = await gql<{ rollbackModel: { version: string } }>(
      'mutation { rollbackModel { version } }',
    );
    expect(rolled.data!.rollbackModel.version).toBe('worse');
    await gql(ACTIVATE, { id: (await defaultId()).gid });
  });

  it("judges a version trained while the active one was active by its run's paired comparison", async () => {
    // Its recorded metrics tie with default's, but its run measured it below default on the same pairs.
    const paired = await version('paired', recorded(1));
    const active = await defaultId();
    const estimate = (value: number) => ({ value, low: value, high: value });
    await tdb.database.prisma.trainingRun.create({
      data: {
        input: {},
        totalEpochs: 1,
        status: 'SUCCEEDED',
        modelVersionId: paired.id,
        parentModelId: active.id,
        result: {
          comparison: {
            pairs: 8,
            metric: 'v2m.r10',
            newModel: estimate(0.75),
            activeModel: estimate(1),
            gain: { value: -0.25, low: -0.5, high: 0 },
            better: false,
          },
        },
      },
    });
    const refused = await gql<unknown>(ACTIVATE, { id: paired.gid });
    expect(refused.errors![0].message).toBe(
      'model paired scored worse than the active model default on validation video->music R@10 (0.750 vs 1.000 on the same 8 pairs); pass force: true to activate it anyway',
    );
    expect(refused.errors![0].extensions.code).toBe('CONFLICT');
  });

  it('refuses warmStart when the active model stored no weights, naming the field', async () => {
    const r = await gql<unknown>('mutation { startTraining(input: { warmStart: true }) { id } }');
    expect(r.errors![0]).toMatchObject({
      message:
        'warmStart: the active model default has no stored weights (default/weights.bin); train from scratch or activate a version trained by startTraining',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.warmStart' },
    });
    expect(await tdb.database.prisma.trainingRun.count({ where: { status: 'QUEUED' } })).toBe(0);
  });
});
