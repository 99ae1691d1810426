/** Where the test Postgres lives. CI and developers use the local server scripts/setup-postgres.sh prepares. */
export const ADMIN_URL =
  process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
export const TEMPLATE_DB = 'vmr_test_template';

export function urlFor(database: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}
