import { mkdtemp, mkdir, writeFile, cp, rm } from 'node:fs/promises';
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

  it('moves existing embeddings to halfvec and rebuilds each version index on halfvec_cosine_ops', async () => {
    // A database made before 20261127040000: float32 embeddings and a per-version HNSW index.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'migrations-'));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    const later = (await readMigrations()).filter((m) => m.name >= '20261127040000');
    for (const m of later) await rm(path.join(dir, m.name), { recursive: true });
    await withClient(blank.url, async (client) => {
      await applyMigrations(client, dir);
      const versionId = '4b0c5e58-8a4e-4c7e-9d55-0f8f3b1c2a11';
      await client.query(`INSERT INTO track (id, isrc, title, duration_sec, updated_at)
        SELECT ('00000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, 'QZTST' || lpad(i::text, 7, '0'), 't' || i, 120, now()
        FROM generate_series(1, 3) i`);
      await client.query(
        `INSERT INTO model_version (id, version, dim, path, manifest) VALUES ($1, 'v-old', 256, 'v-old', '{}')`,
        [versionId],
      );
      await client.query(
        `INSERT INTO track_embedding (track_id, model_version_id, embedding)
         SELECT t.id, $1, ('[' || array_to_string(array_fill((0.1 * n)::float4, ARRAY[256]), ',') || ']')::vector
         FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM track) t`,
        [versionId],
      );
      const name = `track_embedding_hnsw_${versionId.replace(/-/g, '')}`;
      await client.query(
        `CREATE INDEX "${name}" ON track_embedding USING hnsw (embedding vector_cosine_ops) WITH (m = 8, ef_construction = 32) WHERE model_version_id = '${versionId}'`,
      );

      const report = await applyMigrations(client);
      expect(report.applied).toEqual(later.map((m) => m.name));
      const { rows: column } = await client.query(
        `SELECT format_type(atttypid, atttypmod) AS type FROM pg_attribute WHERE attrelid = 'track_embedding'::regclass AND attname = 'embedding'`,
      );
      expect(column[0].type).toBe('halfvec(256)');
      const { rows: index } = await client.query(`SELECT indexdef FROM pg_indexes WHERE indexname = $1`, [
        name,
      ]);
      expect(index[0].indexdef).toContain('halfvec_cosine_ops');
      expect(index[0].indexdef).toContain("m='8'");
      expect(index[0].indexdef).toContain(versionId);
      const { rows: values } = await client.query(
        `SELECT round((embedding::real[])[1]::numeric, 3) AS x FROM track_embedding ORDER BY track_id`,
      );
      expect(values.map((r) => Number(r.x))).toEqual([0.1, 0.2, 0.3]);
    });
  });

  it('moves the training-only tracks and videos of an existing database to TRAINING_ONLY, embeddings too', async () => {
    // A database made before 20261208010000: the demo training set and pairOwnAudio tracks HIDDEN.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'migrations-'));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    const later = (await readMigrations()).filter((m) => m.name >= '20261208010000');
    for (const m of later) await rm(path.join(dir, m.name), { recursive: true });
    await withClient(blank.url, async (client) => {
      await applyMigrations(client, dir);
      const track = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
      const tracks: Array<[number, string, string, string]> = [
        [1, 'QZSYN0000001', 'Synthetic t1', 'HIDDEN'], // the demo training set
        [2, 'QZABC0000002', 'Holiday (audio)', 'HIDDEN'], // pairOwnAudio, its job row gone
        [3, 'QZABC0000003', 'Rooftop (audio)', 'HIDDEN'], // pairOwnAudio, named by its job
        [4, 'QZDEM0000004', 'A hidden demo track', 'HIDDEN'], // catalog content, hidden by an editor
        [5, 'QZSYN0000005', 'Synthetic t5', 'ACTIVE'], // an editor made it ACTIVE: it stays
        [6, 'QZDEM0000006', 'Talk (audio)', 'HIDDEN'], // "(audio)" but paired by hand: it stays
      ];
      for (const [n, isrc, title, status] of tracks) {
        await client.query(
          `INSERT INTO track (id, isrc, title, duration_sec, status, updated_at) VALUES ($1, $2, $3, 60, $4, now())`,
          [track(n), isrc, title, status],
        );
      }
      const video = async (n: number, source: string) => {
        const id = `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`;
        await client.query(`INSERT INTO video (id, title, source, updated_at) VALUES ($1, $2, $3, now())`, [
          id,
          `video ${n}`,
          source,
        ]);
        return id;
      };
      const pair = (videoId: string, n: number, source: string) =>
        client.query(
          `INSERT INTO video_music_pair (id, video_id, track_id, source) VALUES (gen_random_uuid(), $1, $2, $3)`,
          [videoId, track(n), source],
        );
      const synthetic = await video(1, 'synthetic');
      await pair(synthetic, 1, 'synthetic');
      await pair(await video(5, 'synthetic'), 5, 'synthetic');
      await pair(await video(2, 'upload'), 2, 'upload');
      await client.query(
        `INSERT INTO ingest_job (id, kind, status, sha256, track_id) VALUES (gen_random_uuid(), 'VIDEO', 'DONE', repeat('a', 64), $1)`,
        [track(3)],
      );
      const byHand = await video(6, 'api');
      await pair(byHand, 6, 'api');
      const versionId = '4b0c5e58-8a4e-4c7e-9d55-0f8f3b1c2a11';
      await client.query(
        `INSERT INTO model_version (id, version, dim, path, manifest) VALUES ($1, 'v-old', 256, 'v-old', '{}')`,
        [versionId],
      );
      await client.query(
        `INSERT INTO track_embedding (track_id, model_version_id, embedding)
         SELECT id, $1, ('[' || array_to_string(array_fill(0.1::float4, ARRAY[256]), ',') || ']')::halfvec FROM track`,
        [versionId],
      );

      const report = await applyMigrations(client);
      expect(report.applied).toEqual(later.map((m) => m.name));
      const { rows } = await client.query(
        `SELECT t.title, t.status::text AS track, e.status::text AS embedding
         FROM track t JOIN track_embedding e ON e.track_id = t.id ORDER BY t.isrc`,
      );
      const moved = (title: string, status: string) => ({ title, track: status, embedding: status });
      expect(rows).toEqual([
        moved('Holiday (audio)', 'TRAINING_ONLY'),
        moved('Rooftop (audio)', 'TRAINING_ONLY'),
        moved('A hidden demo track', 'HIDDEN'),
        moved('Talk (audio)', 'HIDDEN'),
        moved('Synthetic t1', 'TRAINING_ONLY'),
        moved('Synthetic t5', 'ACTIVE'),
      ]);
      const { rows: videos } = await client.query(`SELECT source, training_only FROM video ORDER BY id`);
      expect(videos).toEqual([
        { source: 'synthetic', training_only: true },
        { source: 'upload', training_only: false },
        { source: 'synthetic', training_only: true },
        { source: 'api', training_only: false },
      ]);
      const { rows: audit } = await client.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE source = 'migration' AND entity = 'TRACK'`,
      );
      expect(audit[0].n).toBe(3);
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

  // Views (track_filter_row) are derived SQL, not part of what schema.prisma models.
  it('agree on the tables', async () => {
    const { rows } = await withClient(blank.url, (c) =>
      c.query<{ t: string }>(
        `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
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
    // Prisma reads a NULL list as an empty one, so a list column may be NOT NULL (DEFAULT '{}') or not.
    const listNullability = <C extends { type: string; nullable: boolean }>(c: C) =>
      c.type.endsWith('[]') ? { ...c, nullable: 'either' } : c;
    const actual = rows.map(listNullability).sort((a, b) => key(a).localeCompare(key(b)));
    const wanted = expected.columns.map(listNullability).sort((a, b) => key(a).localeCompare(key(b)));
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
