import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { createApiKey } from '../../src/auth/api-keys.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { seedFixtureCatalog } from '../support/fixtures.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LISTING = JSON.stringify({
  query: '{ tracks(first: 12) { totalCount edges { node { id title artists { name } tags { name } } } } }',
});

let tdb: TestDatabase;
let child: ChildProcess;
let output = '';
let port: number;
let admin: { id: string; secret: string };

/** The child's JSON log lines (pino), parsed. */
const logLines = () =>
  output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

beforeAll(async () => {
  tdb = await createTestDatabase();
  await seedFixtureCatalog(tdb.database.prisma);
  const key = await createApiKey(tdb.database.prisma, 'shutdown admin', 'ADMIN');
  admin = { id: key.apiKey.id, secret: key.secret };
  // node --import tsx, not the tsx wrapper: one process, so SIGTERM reaches the API itself.
  child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: tdb.url,
      PORT: '0',
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      INLINE_WORKER: 'off',
      RATE_LIMITS: 'false',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 50_000;
  while (!port) {
    if (child.exitCode !== null) throw new Error(`the API exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`the API did not start:\n${output}`);
    const started = logLines().find((l) => typeof l.port === 'number');
    if (started) port = started.port as number;
    else await new Promise((resolve) => setTimeout(resolve, 100));
  }
});
afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await tdb?.drop();
});

type Outcome = { id: string } & (
  { kind: 'complete'; status: number; body: string } | { kind: 'refused' | 'reset' | 'cut'; detail: string }
);

let sent = 0;

/**
 * One POST with its own x-request-id; 'refused' and 'reset' fail before any response byte, 'cut'
 * after some. Whether the server started a request is in its log: one line per request, with
 * `aborted` when the connection went before the response was complete.
 */
function request(agent: http.Agent, body = LISTING): Promise<Outcome> {
  const id = `load-${(sent += 1)}`;
  return new Promise((resolve) => {
    let responded = false;
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'x-request-id': id },
      },
      (res) => {
        responded = true;
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          try {
            JSON.parse(text);
            resolve({ id, kind: 'complete', status: res.statusCode!, body: text });
          } catch {
            resolve({ id, kind: 'cut', detail: `incomplete body (${text.length} chars)` });
          }
        });
        res.on('aborted', () => resolve({ id, kind: 'cut', detail: 'aborted' }));
        res.on('error', (e) => resolve({ id, kind: 'cut', detail: e.message }));
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => {
      if (responded) return resolve({ id, kind: 'cut', detail: e.message });
      resolve({
        id,
        kind: e.code === 'ECONNREFUSED' ? 'refused' : 'reset',
        detail: `${e.code}: ${e.message}`,
      });
    });
    req.end(body);
  });
}

describe('the API process', () => {
  it('logs one JSON line per request with its id, operation, key id and duration, never the key', async () => {
    const agent = new http.Agent();
    const probe = JSON.stringify({ query: 'query Probe { viewer { role } }' });
    const reply = await new Promise<http.IncomingMessage>((resolve) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'x-request-id': 'shutdown-test-1',
            authorization: `Bearer ${admin.secret}`,
          },
        },
        (res) => res.resume().on('end', () => resolve(res)),
      );
      req.end(probe);
    });
    expect(reply.headers['x-request-id']).toBe('shutdown-test-1');
    const fresh = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: probe,
    });
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const line = logLines().find((l) => l.reqId === 'shutdown-test-1');
    expect(line).toEqual(
      expect.objectContaining({
        level: 30,
        msg: 'request',
        method: 'POST',
        path: '/graphql',
        status: 200,
        operation: 'Probe',
        keyId: admin.id,
        durationMs: expect.any(Number),
      }),
    );
    const refused = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': 'shutdown-test-2',
        authorization: 'Bearer not-a-key-zq',
      },
      body: probe,
    });
    expect(refused.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(logLines().find((l) => l.reqId === 'shutdown-test-2')).toEqual(
      expect.objectContaining({ status: 401, errors: ['UNAUTHENTICATED'] }),
    );
    expect(output).not.toContain(admin.secret);
    expect(output).not.toContain('not-a-key-zq');
    agent.destroy();
  });

  it('on SIGTERM under load cuts no response, finishes a request still being sent, and exits 0', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 12 });
    const outcomes: Outcome[] = [];
    let signalled = false;
    let stop = false;
    const loops = Array.from({ length: 12 }, async () => {
      while (!stop) {
        const outcome = await request(agent);
        outcomes.push(outcome);
        if (signalled && outcome.kind !== 'complete') return;
      }
    });
    const warm = Date.now() + 15_000;
    while (outcomes.length < 24 && Date.now() < warm) await new Promise((resolve) => setTimeout(resolve, 50));
    const beforeSignal = outcomes.length;
    let atSignal = 0;
    // A request whose body is half sent when the signal arrives: it started, so it must be answered.
    const slow = new Promise<Outcome>((resolve) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          agent: new http.Agent(),
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(LISTING) },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () => resolve({ id: 'slow', kind: 'complete', status: res.statusCode!, body: text }));
        },
      );
      req.on('error', (e) => resolve({ id: 'slow', kind: 'cut', detail: e.message }));
      req.write(LISTING.slice(0, 20));
      setTimeout(() => {
        signalled = true;
        atSignal = outcomes.length;
        child.kill('SIGTERM');
        setTimeout(() => req.end(LISTING.slice(20)), 400);
      }, 100);
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const slowOutcome = await slow;
    const code = await exited;
    stop = true;
    await Promise.all(loops);
    agent.destroy();

    const kinds = (k: Outcome['kind']) => outcomes.filter((o) => o.kind === k);
    expect(beforeSignal).toBeGreaterThanOrEqual(24);
    // The loops' requests in flight at the signal were answered in full after it.
    expect(outcomes.slice(atSignal).filter((o) => o.kind === 'complete').length).toBeGreaterThan(0);
    expect(kinds('cut')).toEqual([]);
    for (const o of kinds('complete')) expect(o).toMatchObject({ status: 200 });
    // The server's side: every request it started was answered in full (no `aborted` line), and
    // each one that failed at the client (a connection reset or refused as the listener closed,
    // or an idle keep-alive connection closed as a request was being sent) never started there.
    const started = new Map(
      logLines()
        .filter((l) => l.msg === 'request')
        .map((l) => [l.reqId, l]),
    );
    expect([...started.values()].filter((l) => l.aborted)).toEqual([]);
    for (const o of kinds('complete')) expect(started.get(o.id)).toMatchObject({ status: 200 });
    for (const o of [...kinds('reset'), ...kinds('refused')]) expect(started.has(o.id)).toBe(false);
    // Resets are the exception (a race with the closing listener), not the rule.
    expect(kinds('reset').length).toBeLessThanOrEqual(12);
    expect(slowOutcome).toMatchObject({ kind: 'complete', status: 200 });
    expect(JSON.parse((slowOutcome as { body: string }).body)).toMatchObject({
      data: { tracks: { totalCount: 10 } },
    });
    expect(code).toBe(0);
    expect(logLines().some((l) => l.msg === '[main] stopped')).toBe(true);
  });
});
