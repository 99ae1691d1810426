import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../src/db/embedded.js';

describe('the embedded data directory lock', () => {
  it('refuses a second opener of the same directory with a clear message, and frees it on stop', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vmr-lock-'));
    try {
      const first = await startEmbeddedPostgres(dir);
      await expect(startEmbeddedPostgres(dir)).rejects.toThrow(
        `The embedded database at ${dir} is in use by process ${process.pid}`,
      );
      await first.stop();
      const again = await startEmbeddedPostgres(dir);
      await again.stop();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('takes over a lock whose process is gone', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vmr-lock-'));
    try {
      // A pid no process has (above Linux's pid_max), as a crashed server leaves behind.
      await writeFile(path.join(dir, 'vmr.lock'), '999999999');
      const db = await startEmbeddedPostgres(dir);
      await db.stop();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
