import { execFileSync } from 'node:child_process';

/** Drops this run's template database (test files drop their own). */
export default function globalTeardown() {
  const template = process.env.VMR_TEST_TEMPLATE;
  const admin = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  if (template)
    execFileSync('psql', [admin, '-qc', `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`], {
      stdio: 'inherit',
    });
}
