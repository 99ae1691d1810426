import pg from 'pg';
import { connectDatabase, type Database } from '../../src/db/client.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/db/embedded.js';
import { applyMigrations } from '../../src/db/migrate.js';

/**
 * Statements Postgres refuses, sent straight to the embedded database (no GraphQL guard in
 * front), while valid ones run: each bad one fails alone, every valid one gets its answer.
 */
let embedded: EmbeddedPostgres;
let database: Database;

beforeAll(async () => {
  embedded = await startEmbeddedPostgres(null);
  const client = new pg.Client(embedded.connection);
  await client.connect();
  await applyMigrations(client);
  await client.end();
  database = connectDatabase(embedded.connection, { maxConnections: 4 });
}, 120_000);

afterAll(async () => {
  await database?.close();
  await embedded?.stop();
});

const prisma = () => database.prisma;

describe('the embedded database after a failed statement', () => {
  it('answers every valid statement while NUL bytes, year 0000 and syntax errors fail alone', async () => {
    const bad = [
      () => prisma().$queryRaw`SELECT ${'a\u0000b'}::text AS x`,
      () => prisma().$queryRaw`SELECT ${'0000-01-01'}::date AS x`,
      () => prisma().$queryRawUnsafe(`SELECT 'a\u0000b' AS x`),
      () => prisma().$queryRawUnsafe('SELECT FROM WHERE'),
      () => prisma().track.findMany({ where: { title: { contains: 'a\u0000b' } } }),
    ];
    const calls = Array.from({ length: 40 }, (_, i) =>
      i % 2 === 0
        ? bad[(i / 2) % bad.length]!().then(
            () => ({ i, outcome: 'accepted' }),
            () => ({ i, outcome: 'refused' }),
          )
        : prisma().$queryRaw<Array<{ x: number }>>`SELECT ${i}::int AS x`.then((rows) => ({
            i,
            outcome: rows[0]!.x,
          })),
    );
    const results = await Promise.all(calls);
    expect(results).toEqual(
      Array.from({ length: 40 }, (_, i) => ({ i, outcome: i % 2 === 0 ? 'refused' : i })),
    );
  }, 60_000);

  it('rolls back a transaction whose statement failed, and other connections see none of it', async () => {
    const write = prisma().$transaction(async (tx) => {
      await tx.artist.create({ data: { name: 'Half-written' } });
      await tx.$queryRaw`SELECT ${'0000-01-01'}::date`;
    });
    // Queued behind the transaction (PGlite has one session), answered once it is rolled back.
    const meanwhile = prisma().artist.count({ where: { name: 'Half-written' } });
    await expect(write).rejects.toThrow(/date\/time field value out of range/);
    expect(await meanwhile).toBe(0);
    expect(await prisma().artist.count({ where: { name: 'Half-written' } })).toBe(0);
  }, 60_000);

  it('answers a read after a unique violation on the same client (the startTraining CONFLICT path)', async () => {
    await prisma().artist.create({ data: { id: '00000000-0000-4000-8000-00000000e001', name: 'Once' } });
    const again = prisma()
      .artist.create({ data: { id: '00000000-0000-4000-8000-00000000e001', name: 'Twice' } })
      .catch((error: { code?: string }) => error.code);
    expect(await again).toBe('P2002');
    expect(
      (await prisma().artist.findUnique({ where: { id: '00000000-0000-4000-8000-00000000e001' } }))?.name,
    ).toBe('Once');
  }, 60_000);

  it('rolls back the open transaction of a connection that goes away, and serves the others', async () => {
    const pool = new pg.Pool({ ...embedded.connection, max: 2 });
    try {
      const owner = await pool.connect();
      await owner.query('BEGIN');
      await owner.query(
        `INSERT INTO "artist" ("id", "name", "updated_at") VALUES (gen_random_uuid(), 'Orphan', now())`,
      );
      const other = pool.query(`SELECT count(*)::int AS n FROM "artist" WHERE "name" = 'Orphan'`);
      owner.release(new Error('gone')); // pg-pool closes the connection
      expect((await other).rows[0].n).toBe(0);
    } finally {
      await pool.end();
    }
  }, 60_000);
});
