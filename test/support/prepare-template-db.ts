import pg from 'pg';
import { applyMigrations } from '../../src/db/migrate.js';
import { ADMIN_URL, TEMPLATE_DB, urlFor } from './env.js';

// Run by Jest's global setup (test/support/global-setup.mjs) through tsx.
/**
 * Builds a migrated template database once per run; each test file clones it (CREATE DATABASE
 * ... TEMPLATE), which takes milliseconds and isolates files from each other.
 */
async function prepareTemplateDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    // Leftovers of an aborted earlier run.
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'vmr_test_%'`,
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${TEMPLATE_DB}"`);
  } finally {
    await admin.end();
  }
  const client = new pg.Client({ connectionString: urlFor(TEMPLATE_DB) });
  await client.connect();
  try {
    await applyMigrations(client);
  } finally {
    await client.end();
  }
}

await prepareTemplateDatabase();
