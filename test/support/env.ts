/** Where the test Postgres lives. CI and developers use the local server scripts/setup-postgres.sh prepares. */
export const ADMIN_URL =
  process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/**
 * The migrated template this run clones, named by Jest's global setup. Every test database name
 * carries its creation time (vmr_test_<ms>_...), so concurrent runs never drop each other's
 * databases and stale ones from crashed runs can be recognised by age.
 */
export function templateDb(): string {
  const name = process.env.VMR_TEST_TEMPLATE;
  if (!name)
    throw new Error(
      'VMR_TEST_TEMPLATE is unset: run the tests through jest (see test/support/global-setup.mjs)',
    );
  return name;
}

export function newTestDbName(kind = 'db'): string {
  return `vmr_test_${Date.now()}_${kind}_${Math.random().toString(16).slice(2, 10)}`;
}

export function urlFor(database: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}
