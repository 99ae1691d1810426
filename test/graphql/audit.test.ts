import { auditServer, type AuditResult } from 'graphql-http';
import { loadConfig } from '../../src/config.js';
import { startPlatform, type Platform } from '../../src/server.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let tdb: TestDatabase;
let platform: Platform;

beforeAll(async () => {
  tdb = await createTestDatabase();
  platform = await startPlatform(
    { ...loadConfig(), databaseUrl: tdb.url, port: 0, inlineWorker: 'off' },
    { seedDemo: false, log: () => {} },
  );
});
afterAll(async () => {
  await platform.stop();
  await tdb.drop();
});

const describeResult = (r: AuditResult) =>
  r.status === 'ok' ? `${r.id} ok` : `${r.id} ${r.status}: ${r.name} (${r.reason})`;

describe('the GraphQL over HTTP audit (graphql-http auditServer) against the real server', () => {
  it('reports no errors, only the recommendations the server does not follow', async () => {
    const results = await auditServer({ url: platform.url });
    const errors = results.filter((r) => r.status === 'error').map(describeResult);
    expect(errors).toEqual([]);
    // A sanity check that the audit really ran: graphql-http has several dozen audits.
    expect(results.filter((r) => r.status === 'ok').length).toBeGreaterThan(30);
    const warnings = results.filter((r) => r.status === 'warn' || r.status === 'notice');
    // Printed for the reader of the CI log; warnings are allowed by the spec (SHOULD, MAY).
    if (warnings.length) console.info(`audit warnings:\n${warnings.map(describeResult).join('\n')}`);
  });
});
