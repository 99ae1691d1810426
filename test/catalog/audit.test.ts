import { readFile } from 'node:fs/promises';
import { toGlobalId } from '../../src/graphql/ids.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { codes, createTestApi, type TestApi } from '../support/graphql.js';

let tdb: TestDatabase;
let api: TestApi;
let editorKey: string;
let adminKey: string;

beforeAll(async () => {
  tdb = await createTestDatabase();
  api = await createTestApi(tdb.database);
  const keys = await tdb.database.prisma.apiKey.findMany();
  editorKey = keys.find((k) => k.role === 'EDITOR')!.id;
  adminKey = keys.find((k) => k.role === 'ADMIN')!.id;
}, 60_000);
afterAll(async () => {
  await api.stop();
  await tdb.drop();
});

interface Entry {
  entity: string;
  action: string;
  apiKeyId: string | null;
  source: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Runs a mutation as `as` and returns the audit rows it added, oldest first. */
async function audited(
  query: string,
  variables: Record<string, unknown>,
  as: 'EDITOR' | 'ADMIN' = 'EDITOR',
): Promise<{ data: Record<string, unknown>; entries: Entry[] }> {
  const last = await tdb.database.prisma.auditLog.findFirst({ orderBy: { id: 'desc' } });
  const result = await api.run(query, variables, as);
  expect(result.errors).toBeUndefined();
  const rows = await tdb.database.prisma.auditLog.findMany({
    where: last ? { id: { gt: last.id } } : {},
    orderBy: { id: 'asc' },
  });
  return {
    data: result.data!,
    entries: rows.map((r) => ({
      entity: r.entity,
      action: r.action,
      apiKeyId: r.apiKeyId,
      source: r.source,
      before: r.before as Record<string, unknown> | null,
      after: r.after as Record<string, unknown> | null,
    })),
  };
}
const shape = (entries: Entry[]) => entries.map((e) => `${e.entity} ${e.action}`);

describe('the audit log', () => {
  let track: string;
  let term: string;
  let restriction: string;
  let partyId: string;

  it('records createTrack and updateTrack with the key, before and after', async () => {
    const c = await audited(
      'mutation { createTrack(input: { isrc: "DEAUD2600001", title: "Audited", durationSec: 90 }) { id } }',
      {},
    );
    track = (c.data.createTrack as { id: string }).id;
    expect(shape(c.entries)).toEqual(['TRACK INSERT']);
    expect(c.entries[0]).toMatchObject({
      apiKeyId: editorKey,
      source: 'api',
      before: null,
      after: { title: 'Audited' },
    });
    const u = await audited(
      'mutation ($id: ID!) { updateTrack(id: $id, input: { title: "Audited 2", status: HIDDEN }) { id } }',
      { id: track },
    );
    expect(shape(u.entries)).toEqual(['TRACK UPDATE']);
    expect(u.entries[0].before).toMatchObject({ title: 'Audited', status: 'ACTIVE' });
    expect(u.entries[0].after).toMatchObject({ title: 'Audited 2', status: 'HIDDEN' });
  });

  it('records every grant mutation', async () => {
    const c = await audited(
      'mutation ($t: ID!) { createLicenceTerm(trackId: $t, input: { rightsHolder: "Label", usages: [SOCIAL], worldwide: true }) { id } }',
      { t: track },
    );
    term = (c.data.createLicenceTerm as { id: string }).id;
    expect(shape(c.entries)).toEqual(['GRANT INSERT']);
    expect(c.entries[0].after).toMatchObject({ rights_holder: 'Label', side: 'BOTH', usages: ['SOCIAL'] });
    const u = await audited(
      'mutation ($id: ID!) { updateLicenceTerm(id: $id, input: { rightsHolder: "Label", usages: [ONLINE_VIDEO], territoriesAllow: ["DE"] }) { id } }',
      { id: term },
    );
    expect(shape(u.entries)).toEqual(['GRANT UPDATE']);
    expect([u.entries[0].before!.worldwide, u.entries[0].after!.worldwide]).toEqual([true, false]);
    expect(u.entries[0].apiKeyId).toBe(editorKey);
  });

  it('records restriction mutations', async () => {
    const c = await audited(
      'mutation ($t: ID!) { createLicenceRestriction(trackId: $t, input: { reason: "Dispute", territories: ["US"] }) { id } }',
      { t: track },
    );
    restriction = (c.data.createLicenceRestriction as { id: string }).id;
    expect(shape(c.entries)).toEqual(['RESTRICTION INSERT']);
    const u = await audited(
      'mutation ($id: ID!) { updateLicenceRestriction(id: $id, input: { reason: "Settled", territories: ["US"] }) { id } }',
      { id: restriction },
    );
    expect(shape(u.entries)).toEqual(['RESTRICTION UPDATE']);
    expect([u.entries[0].before!.reason, u.entries[0].after!.reason]).toEqual(['Dispute', 'Settled']);
    const d = await audited(
      'mutation ($id: ID!) { deleteLicenceRestriction(id: $id) }',
      { id: restriction },
      'ADMIN',
    );
    expect(shape(d.entries)).toEqual(['RESTRICTION DELETE']);
    expect(d.entries[0]).toMatchObject({ apiKeyId: adminKey, after: null, before: { reason: 'Settled' } });
  });

  it('records parties and holdings', async () => {
    const p = await audited('mutation { createRightsParty(input: { name: "Audit Music" }) { id } }', {});
    partyId = (p.data.createRightsParty as { id: string }).id;
    expect(shape(p.entries)).toEqual(['PARTY INSERT']);
    const h = await audited(
      'mutation ($t: ID!, $p: ID!) { setRightsHoldings(trackId: $t, side: MASTER, holdings: [{ partyId: $p, share: 100 }]) { share } }',
      { t: track, p: partyId },
    );
    expect(shape(h.entries)).toEqual(['HOLDING INSERT']);
    const again = await audited(
      'mutation ($t: ID!, $p: ID!) { setRightsHoldings(trackId: $t, side: MASTER, holdings: [{ partyId: $p, share: 50 }]) { share } }',
      { t: track, p: partyId },
    );
    expect(shape(again.entries)).toEqual(['HOLDING DELETE', 'HOLDING INSERT']);
    expect([again.entries[0].before!.share, again.entries[1].after!.share]).toEqual([100, 50]);
  });

  it('records a DDEX import with source ddex', async () => {
    await tdb.database.prisma.track.create({
      data: { isrc: 'DEDDX2600001', title: 'ddex', durationSec: 60 },
    });
    const xml = await readFile(new URL('../fixtures/ddex/new-release.xml', import.meta.url), 'utf8');
    const r = await audited('mutation ($x: String!) { importDdexDeals(xml: $x) { grantsCreated } }', {
      x: xml,
    });
    // The album's two usable deals, each a grant (the Content ID deal only flags them).
    expect(shape(r.entries)).toEqual(['GRANT INSERT', 'GRANT INSERT']);
    expect(r.entries.every((e) => e.apiKeyId === editorKey && e.source === 'ddex')).toBe(true);
  });

  it('records deleting a grant, and deleting a track with what cascades from it', async () => {
    const d = await audited('mutation ($id: ID!) { deleteLicenceTerm(id: $id) }', { id: term });
    expect(shape(d.entries)).toEqual(['GRANT DELETE']);
    const t = await audited('mutation ($id: ID!) { deleteTrack(id: $id) }', { id: track });
    expect(shape(t.entries).sort()).toEqual(['HOLDING DELETE', 'TRACK DELETE']);
    expect(t.entries.every((e) => e.apiKeyId === editorKey)).toBe(true);
  });

  it('is queryable per track and per key, newest first, by an EDITOR', async () => {
    const q = `query ($t: ID, $k: ID, $after: String) { auditLog(trackId: $t, keyId: $k, first: 3, after: $after) {
      edges { cursor node { entity action apiKeyId source trackId before after } } pageInfo { hasNextPage endCursor } } }`;
    type Page = {
      auditLog: {
        edges: Array<{
          node: { entity: string; action: string; apiKeyId: string; trackId: string; after: string | null };
        }>;
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const first = await api.run<Page>(q, { t: track }, 'EDITOR');
    expect(first.errors).toBeUndefined();
    // Newest first: the track's deletion (with its cascaded holding), then the grant's.
    expect(first.data!.auditLog.edges.map((e) => `${e.node.entity} ${e.node.action}`).sort()).toEqual([
      'GRANT DELETE',
      'HOLDING DELETE',
      'TRACK DELETE',
    ]);
    let all = [...first.data!.auditLog.edges];
    let page = first.data!.auditLog.pageInfo;
    while (page.hasNextPage) {
      const next = await api.run<Page>(q, { t: track, after: page.endCursor }, 'EDITOR');
      all = all.concat(next.data!.auditLog.edges);
      page = next.data!.auditLog.pageInfo;
    }
    const trackId = (
      await tdb.database.prisma.auditLog.findFirstOrThrow({ where: { entity: 'TRACK', action: 'DELETE' } })
    ).trackId!;
    expect(all).toHaveLength(await tdb.database.prisma.auditLog.count({ where: { trackId } }));
    expect(
      all
        .map((e) => `${e.node.entity} ${e.node.action}`)
        .reverse()
        .slice(0, 3),
    ).toEqual(['TRACK INSERT', 'TRACK UPDATE', 'GRANT INSERT']);
    expect(all.every((e) => e.node.trackId === track)).toBe(true);
    expect(
      all.every(
        (e) =>
          e.node.apiKeyId === toGlobalId('ApiKey', editorKey) ||
          e.node.apiKeyId === toGlobalId('ApiKey', adminKey),
      ),
    ).toBe(true);
    const byAdmin = await api.run<Page>(q, { k: toGlobalId('ApiKey', adminKey) }, 'EDITOR');
    expect(byAdmin.data!.auditLog.edges.map((e) => `${e.node.entity} ${e.node.action}`)).toEqual([
      'RESTRICTION DELETE',
    ]);
    const viaTrack = await api.run<{ node: null }>(
      'query ($id: ID!) { node(id: $id) { id } }',
      { id: track },
      'EDITOR',
    );
    expect(viaTrack.data!.node).toBeNull(); // deleted; its log outlives it
  });

  it('refuses readers below EDITOR and a query naming neither track nor key', async () => {
    const q = 'query ($t: ID) { auditLog(trackId: $t) { edges { cursor } } }';
    expect(codes(await api.run(q, { t: track }, 'VIEWER'))).toEqual(['FORBIDDEN']);
    expect(codes(await api.run(q, { t: track }))).toEqual(['UNAUTHENTICATED']);
    const none = await api.run(q, {}, 'EDITOR');
    expect(codes(none)).toEqual(['BAD_USER_INPUT']);
  });

  it('cannot be changed: no mutation touches it, and the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    const fields = await api.run<{ __type: { fields: Array<{ name: string }> } }>(
      '{ __type(name: "Mutation") { fields { name } } }',
      {},
      'ADMIN',
    );
    const names = fields.data?.__type?.fields.map((f) => f.name) ?? [];
    if (names.length) expect(names.filter((n) => /audit/i.test(n))).toEqual([]);
    const prisma = tdb.database.prisma;
    await expect(prisma.$executeRawUnsafe(`UPDATE "audit_log" SET "entity" = 'X'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(prisma.$executeRawUnsafe(`DELETE FROM "audit_log"`)).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe(`TRUNCATE "audit_log"`)).rejects.toThrow(/append-only/);
  });
});
