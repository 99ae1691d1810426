// Run by Jest's global setup (test/support/global-setup.mjs) through tsx, with the template's name.
import pg from 'pg';
import { applyMigrations } from '../../src/db/migrate.js';
import { ADMIN_URL, urlFor } from './env.js';

const STALE_MS = 3 * 3600 * 1000;

/**
 * Builds this run's migrated template database; each test file clones it (CREATE DATABASE ...
 * TEMPLATE), which takes milliseconds and isolates files from each other. Test databases older
 * than three hours are leftovers of crashed runs and are dropped.
 */
async function prepareTemplateDatabase(template: string): Promise<void> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'vmr\\_test\\_%'`,
    );
    for (const { datname } of rows) {
      const created = Number(/^vmr_test_(\d+)_/.exec(datname)?.[1] ?? 0);
      if (Date.now() - created > STALE_MS)
        await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    await admin.query(`CREATE DATABASE "${template}"`);
  } finally {
    await admin.end();
  }
  const client = new pg.Client({ connectionString: urlFor(template) });
  await client.connect();
  try {
    await applyMigrations(client);
  } finally {
    await client.end();
  }
}

await prepareTemplateDatabase(process.argv[2]);
