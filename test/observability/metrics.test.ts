import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { createApiKey } from '../../src/auth/api-keys.js';
import { loadConfig } from '../../src/config.js';
import { serveMetrics } from '../../src/http/metrics-endpoint.js';
import { ProgressRecorder } from '../../src/jobs/progress-recorder.js';
import { startPlatform, type Platform } from '../../src/server.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let tdb: TestDatabase;
let platform: Platform;
let base: string;
let keys: Record<'VIEWER' | 'ADMIN', string>;

beforeAll(async () => {
  tdb = await createTestDatabase();
  platform = await startPlatform(
    { ...loadConfig(), databaseUrl: tdb.url, port: 0, metricsAccess: 'admin' },
    { seedDemo: false, log: () => {} },
  );
  base = `http://127.0.0.1:${platform.port}`;
  const prisma = platform.db.database.prisma;
  keys = {
    VIEWER: (await createApiKey(prisma, 'metrics viewer', 'VIEWER')).secret,
    ADMIN: (await createApiKey(prisma, 'metrics admin', 'ADMIN')).secret,
  };
});
afterAll(async () => {
  await platform?.stop();
  await tdb?.drop();
});

async function graphql(query: string) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: unknown; errors?: unknown[] };
}

async function scrape(key = keys.ADMIN): Promise<string> {
  const response = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${key}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

/** The value of one sample (`name{labels} value`), or undefined when the series is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('/metrics', () => {
  it('counts requests by operation name and outcome', async () => {
    const before =
      sample(
        await scrape(),
        'vmr_graphql_request_duration_seconds_count{operation="CountTracks",outcome="ok"}',
      ) ?? 0;
    for (let i = 0; i < 3; i += 1)
      expect(await graphql('query CountTracks { tracks { totalCount } }')).toEqual({
        data: { tracks: { totalCount: 0 } },
      });
    await graphql('query Broken { track(id: "nope") { id } }');
    const text = await scrape();
    expect(
      sample(text, 'vmr_graphql_request_duration_seconds_count{operation="CountTracks",outcome="ok"}'),
    ).toBe(before + 3);
    expect(
      sample(text, 'vmr_graphql_request_duration_seconds_count{operation="Broken",outcome="BAD_USER_INPUT"}'),
    ).toBe(1);
  });

  it('times vector searches by kind and scan path, and records embedding batch sizes', async () => {
    const series = (scan: string) => `vmr_search_duration_seconds_count{kind="musicForVideo",scan="${scan}"}`;
    const before = await scrape();
    const searches = (t: string) => (sample(t, series('hnsw')) ?? 0) + (sample(t, series('exact')) ?? 0);
    const batches = (t: string) => sample(t, 'vmr_embedding_batch_size_count{tower="video"}') ?? 0;
    const reply = await graphql(
      '{ musicForVideo(video: { text: { title: "rain at night" } }) { edges { score } } }',
    );
    expect(reply).toEqual({ data: { musicForVideo: { edges: [] } } });
    const after = await scrape();
    expect(searches(after)).toBe(searches(before) + 1);
    // The catalog is empty: the HNSW page comes back short, so the exact scan answers.
    expect(sample(after, series('exact'))).toBe((sample(before, series('exact')) ?? 0) + 1);
    expect(batches(after)).toBe(batches(before) + 1);
  });

  it('times full-text searches with their vector half as searchTracks over HNSW', async () => {
    const series = 'vmr_search_duration_seconds_count{kind="searchTracks",scan="hnsw"}';
    const before = sample(await scrape(), series) ?? 0;
    expect(await graphql('{ searchTracks(text: "rain") { edges { score } } }')).toEqual({
      data: { searchTracks: { edges: [] } },
    });
    expect(sample(await scrape(), series)).toBe(before + 1);
  });

  it('shows the database pools in use and waiting', async () => {
    const text = await scrape();
    expect(sample(text, 'vmr_db_pool_connections_in_use{pool="api"}')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'vmr_db_pool_waiting{pool="api"}')).toBe(0);
    expect(sample(text, 'vmr_db_pool_waiting{pool="maintenance"}')).toBe(0);
  });

  it('shows training progress as the progress recorder sees it', async () => {
    const runId = randomUUID();
    const recorder = new ProgressRecorder(platform.db.database.prisma, runId);
    const loss = { inter: 1.5, intraVideo: 0.25, intraMusic: 0.25, total: 2 };
    recorder.onProgress({
      type: 'step',
      epoch: 2,
      step: 7,
      globalStep: 47,
      stepsPerEpoch: 20,
      loss,
      msPerStep: 5,
    });
    const text = await scrape();
    expect(sample(text, `vmr_training_step{run="${runId}"}`)).toBe(47);
    expect(sample(text, `vmr_training_epoch{run="${runId}"}`)).toBe(2);
    expect(sample(text, `vmr_training_loss{run="${runId}"}`)).toBe(2);
    await recorder.flush().catch(() => undefined); // the run row does not exist: its write fails
  });

  it('asks for an ADMIN key under METRICS_ACCESS=admin', async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    const viewer = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${keys.VIEWER}` } });
    expect(viewer.status).toBe(403);
    expect(
      ((await viewer.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions
        .code,
    ).toBe('FORBIDDEN');
  });

  it('serves loopback clients without a key under METRICS_ACCESS=local', async () => {
    const server: Server = createServer((req, res) => {
      void serveMetrics(req, res, platform.db.database, { metricsAccess: 'local' });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('vmr_process_resident_memory_bytes');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
