import { mkdtemp, mkdir, writeFile, cp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { applyMigrations, MIGRATIONS_DIR, readMigrations } from '../../src/db/migrate.js';
import { createBlankDatabase } from '../support/database.js';
import { readPrismaSchema } from '../support/prisma-schema.js';

const SCHEMA_PATH = fileURLToPath(new URL('../../prisma/schema.prisma', import.meta.url));

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

describe('the offline migrator', () => {
  let blank: Awaited<ReturnType<typeof createBlankDatabase>>;
  beforeEach(async () => {
    blank = await createBlankDatabase();
  });
  afterEach(() => blank.drop());

  it('applies every migration once and records it as prisma migrate deploy would', async () => {
    const migrations = await readMigrations();
    await withClient(blank.url, async (client) => {
      const first = await applyMigrations(client);
      expect(first.applied).toEqual(migrations.map((m) => m.name));
      const second = await applyMigrations(client);
      expect(second).toEqual({ applied: [], alreadyApplied: migrations.map((m) => m.name) });
      const { rows } = await client.query(
        'SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, applied_steps_count, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name',
      );
      expect(rows).toEqual(
        migrations.map((m) => ({
          migration_name: m.name,
          checksum: m.checksum,
          finished: true,
          applied_steps_count: 1,
          rolled_back_at: null,
        })),
      );
    });
  });

  it('refuses a migration whose file changed after it was applied', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'migrations-'));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    await withClient(blank.url, async (client) => {
      await applyMigrations(client, dir);
      const [first] = await readMigrations(dir);
      await writeFile(path.join(dir, first.name, 'migration.sql'), `${first.sql}\n-- edited\n`);
      await expect(applyMigrations(client, dir)).rejects.toThrow(/modified after it was applied/);
    });
  });

  it('rolls a failing migration back entirely and records nothing for it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'migrations-'));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    await mkdir(path.join(dir, '29990101000000_broken'));
    await writeFile(
      path.join(dir, '29990101000000_broken', 'migration.sql'),
      'CREATE TABLE half_made (id int);\nSELECT no_such_function();',
    );
    await withClient(blank.url, async (client) => {
      await expect(applyMigrations(client, dir)).rejects.toThrow(/29990101000000_broken failed/);
      const table = await client.query(`SELECT to_regclass('half_made') AS t`);
      expect(table.rows[0].t).toBeNull();
      const recorded = await client.query(
        `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE migration_name = '29990101000000_broken'`,
      );
      expect(recorded.rows[0].n).toBe(0);
    });
  });
});

describe('schema.prisma and the migrations', () => {
  let blank: Awaited<ReturnType<typeof createBlankDatabase>>;
  beforeAll(async () => {
    blank = await createBlankDatabase();
    await withClient(blank.url, (client) => applyMigrations(client));
  });
  afterAll(() => blank.drop());
  const expected = readPrismaSchema(SCHEMA_PATH);

  it('agree on the tables', async () => {
    const { rows } = await withClient(blank.url, (c) =>
      c.query<{ t: string }>(
        `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
      ),
    );
    expect(rows.map((r) => r.t).sort()).toEqual([...expected.tables].sort());
  });

  it('agree on every column, its type and its nullability', async () => {
    const { rows } = await withClient(blank.url, (c) =>
      c.query<{ table: string; column: string; type: string; nullable: boolean }>(`
        SELECT cls.relname AS table, att.attname AS column, format_type(att.atttypid, att.atttypmod) AS type, NOT att.attnotnull AS nullable
        FROM pg_attribute att JOIN pg_class cls ON cls.oid = att.attrelid JOIN pg_namespace ns ON ns.oid = cls.relnamespace
        WHERE ns.nspname = 'public' AND cls.relkind = 'r' AND att.attnum > 0 AND NOT att.attisdropped AND cls.relname <> '_prisma_migrations'`),
    );
    const key = (c: { table: string; column: string }) => `${c.table}.${c.column}`;
    const actual = rows.map((r) => ({ ...r })).sort((a, b) => key(a).localeCompare(key(b)));
    const wanted = [...expected.columns].sort((a, b) => key(a).localeCompare(key(b)));
    expect(actual).toEqual(wanted);
  });

  it('agree on the indexes', async () => {
    const { rows } = await withClient(blank.url, (c) =>
      c.query<{ table: string; columns: string[]; unique: boolean }>(`
        SELECT t.relname AS table, ix.indisunique AS unique,
               array_agg(a.attname::text ORDER BY k.ord) AS columns
        FROM pg_index ix
        JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_namespace ns ON ns.oid = t.relnamespace
        CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        -- Partial indexes (the per-model-version HNSW indexes) cannot be declared in schema.prisma.
        WHERE ns.nspname = 'public' AND t.relname <> '_prisma_migrations' AND ix.indpred IS NULL
        GROUP BY ix.indexrelid, t.relname, ix.indisunique`),
    );
    const key = (i: { table: string; columns: string[]; unique: boolean }) =>
      `${i.table}(${i.columns.join(',')})${i.unique ? '!' : ''}`;
    expect(rows.map(key).sort()).toEqual(expected.indexes.map(key).sort());
  });

  it('agree on the enums', async () => {
    const { rows } = await withClient(blank.url, (c) =>
      c.query<{ name: string; values: string[] }>(
        `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
      ),
    );
    expect(Object.fromEntries(rows.map((r) => [r.name, r.values]))).toEqual(expected.enums);
  });
});
