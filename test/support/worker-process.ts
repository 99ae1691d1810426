import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface WorkerProcess {
  child: ChildProcess;
  output: () => string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `npm run worker`'s entry point as a real child process against the given database. */
export function startWorkerProcess(env: {
  databaseUrl: string;
  modelsDir: string;
  dataDir: string;
  leaseMs?: number;
}): WorkerProcess {
  // node --import tsx, not the tsx wrapper: one process, so a signal reaches the worker itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/jobs/worker-main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: env.databaseUrl,
      MODELS_DIR: env.modelsDir,
      DATA_DIR: env.dataDir,
      WORKER_POLL_MS: '200',
      ...(env.leaseMs ? { WORKER_LEASE_MS: String(env.leaseMs) } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return {
    child,
    output: () => output,
    kill(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill(signal);
      });
    },
  };
}
