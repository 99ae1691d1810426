import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * An exclusive lock on an embedded database's data directory. PGlite has no lock of its own:
 * a second process opening the same directory (a CLI while `npm start` runs) writes pages the
 * first one does not expect, and we have seen that corrupt an index ("unexpected zero page").
 * The lock file holds the owner's pid; a file whose process is gone is stale and taken over.
 */
/** Another live process holds the data directory: its message says which and what to do. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
    readonly lockFile: string,
  ) {
    super(
      `The embedded database at ${dataDir} is in use by process ${ownerPid} (${lockFile}). ` +
        'Stop that process first (for example the running `npm start`), or set DATABASE_URL to use PostgreSQL.',
    );
    this.name = 'DataDirInUseError';
  }
}

/** Lock files this process holds (a lock naming our own pid that is not here is stale). */
const held = new Set<string>();

export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, 'vmr.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      held.add(file);
      return () => {
        held.delete(file);
        rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(file, 'utf8').trim());
      const ours = owner === process.pid;
      if ((ours && held.has(file)) || (!ours && Number.isInteger(owner) && owner > 0 && isAlive(owner))) {
        throw new DataDirInUseError(dataDir, owner, file);
      }
      rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`Could not lock the embedded database at ${dataDir} (${file})`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
