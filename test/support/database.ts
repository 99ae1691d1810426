import pg from 'pg';
import { connectDatabase, type Database } from '../../src/db/client.js';
import { ADMIN_URL, newTestDbName, templateDb, urlFor } from './env.js';

export interface TestDatabase {
  name: string;
  url: string;
  database: Database;
  drop(): Promise<void>;
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated, empty database of its own for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = newTestDbName();
  await admin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDb()}"`));
  const url = urlFor(name);
  const database = connectDatabase(url, { maxConnections: 4 });
  return {
    name,
    url,
    database,
    async drop() {
      await database.close();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/** An empty database with no migrations applied, for the migrator's own tests. */
export async function createBlankDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = newTestDbName('blank');
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  return {
    url: urlFor(name),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
