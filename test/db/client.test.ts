import { connectDatabase, DEFAULT_SESSION_SETTINGS } from '../../src/db/client.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb.drop());

interface Settings {
  jit: string;
  ef: string;
  iterative: string;
}

const read = `SELECT current_setting('jit') AS jit, current_setting('hnsw.ef_search') AS ef,
  current_setting('hnsw.iterative_scan') AS iterative`;

describe('pooled connections', () => {
  it('carry the search session settings on every connection, defaults overridable', async () => {
    const database = connectDatabase(tdb.url, {
      maxConnections: 3,
      sessionSettings: { 'hnsw.ef_search': '123' },
    });
    try {
      // Three at once: each query runs on its own, newly opened connection.
      const rows = await Promise.all(
        [1, 2, 3].map(() =>
          database.prisma.$queryRawUnsafe<Settings[]>(`${read}, (SELECT true FROM pg_sleep(0.05)) AS slept`),
        ),
      );
      for (const [row] of rows) {
        expect(row).toMatchObject({
          jit: 'off',
          ef: '123',
          iterative: DEFAULT_SESSION_SETTINGS['hnsw.iterative_scan'],
        });
      }
    } finally {
      await database.close();
    }
  });

  it('refuse a setting name that is not a plain identifier', () => {
    expect(() =>
      connectDatabase(tdb.url, { sessionSettings: { "jit'; DROP TABLE track; --": 'x' } }),
    ).toThrow(RangeError);
  });
});
