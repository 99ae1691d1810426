// Argument handling shared by the catalog CLIs: one usage line, --help, and clear exits.
import { parseArgs } from 'node:util';
import { DataDirInUseError } from '../src/db/data-dir-lock.js';
import { openDatabase } from '../src/db/open.js';

type Options = Record<string, { type: 'string' | 'boolean'; default?: string | boolean; short?: string }>;

/** Prints `name: message` and exits 1. */
export function fail(name: string, message: string): never {
  console.error(`${name}: ${message}`);
  process.exit(1);
}

/** Parses argv with node:util's parseArgs; a bad flag fails with the usage, --help prints it. */
export function parseCli<O extends Options>(name: string, usage: string, options: O) {
  const config = { allowPositionals: true as const, options };
  let parsed: ReturnType<typeof parseArgs<typeof config>>;
  try {
    // `help` is added at run time only: the callers' value types stay exactly their options'.
    parsed = parseArgs({
      ...config,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
    }) as unknown as typeof parsed;
  } catch (error) {
    fail(name, `${(error as Error).message}\n${usage}`);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}

/** A flag that must be a positive integer. */
export function positiveInt(name: string, flag: string, value: unknown): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(name, `${flag} must be a positive integer, got ${String(value)}`);
  return n;
}

/**
 * Opens the configured database for a CLI. On the embedded database a running server holds the
 * data directory's lock: the CLI then exits 1 with the lock's message (which process, what to
 * do) and `whileRunning`, what to do instead while the server runs.
 */
export async function openCliDatabase(
  name: string,
  config: Parameters<typeof openDatabase>[0],
  whileRunning = 'Or do it through the running server (see README, Embedded database).',
) {
  try {
    return await openDatabase(config);
  } catch (error) {
    if (error instanceof DataDirInUseError) fail(name, `${error.message}\n${whileRunning}`);
    throw error;
  }
}
