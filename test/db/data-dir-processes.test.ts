import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generateApiKeySecret } from '../../src/auth/api-keys.js';

/**
 * Real processes on one embedded data directory: `npm start` (src/main.ts), then a second server
 * and `create-admin-key` while it runs. Both are refused with the lock's message; the running
 * server takes VMR_BOOTSTRAP_ADMIN_KEY instead, and a key it creates is accepted at once.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');

function run(script: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, ...env, JEST_WORKER_ID: '', NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function finished(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d));
  child.stderr!.on('data', (d: Buffer) => (stderr += d));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

/** The server's GraphQL URL, from its start-up line. */
function listening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d;
      const url = /GraphQL at (http:\/\/[^\s;"]+)/.exec(out)?.[1];
      if (url) resolve(url);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${out}`)));
  });
}

async function gql(url: string, key: string, query: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as {
    data?: { createApiKey: { secret: string }; apiKeys: Array<{ name: string; role: string }> };
    errors?: Array<{ message: string }>;
  };
}

describe('processes sharing one embedded data directory', () => {
  let dataDir: string;
  let server: ChildProcess | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'vmr-procs-'));
  });

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses a second server and create-admin-key, and accepts the bootstrap key and its keys at once', async () => {
    const bootstrap = generateApiKeySecret().secret;
    const env = {
      DATA_DIR: dataDir,
      PORT: '0',
      SEED_DEMO: 'false',
      INLINE_WORKER: 'off',
      DATABASE_URL: '',
      LOG_LEVEL: 'info',
    };
    server = run('src/main.ts', { ...env, VMR_BOOTSTRAP_ADMIN_KEY: bootstrap });
    const url = await listening(server);
    const lock = `The embedded database at ${path.join(dataDir, 'pglite')} is in use by process ${server.pid}`;

    const [second, cli] = await Promise.all([
      finished(run('src/main.ts', env)),
      finished(run('scripts/create-admin-key.ts', env)),
    ]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`[main] cannot start: ${lock}`);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(`create-admin-key: ${lock}`);
    expect(cli.stderr).toContain('VMR_BOOTSTRAP_ADMIN_KEY');

    const created = await gql(
      url,
      bootstrap,
      'mutation { createApiKey(name: "ops", role: ADMIN) { secret } }',
    );
    expect(created.errors).toBeUndefined();
    const secret = created.data!.createApiKey.secret;
    const keys = await gql(url, secret, '{ apiKeys { name role } }');
    expect(keys.errors).toBeUndefined();
    expect(keys.data!.apiKeys).toEqual(
      expect.arrayContaining([
        { name: 'bootstrap (VMR_BOOTSTRAP_ADMIN_KEY)', role: 'ADMIN' },
        { name: 'ops', role: 'ADMIN' },
      ]),
    );
  }, 180_000);
});
