import { readFile } from 'node:fs/promises';
import { toGlobalId } from '../../src/graphql/ids.js';
import { importDdexDeals } from '../../src/catalog/ddex/import-deals.js';
import { parseDdexDeals } from '../../src/catalog/ddex/parse-deals.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { codes, createTestApi, type TestApi } from '../support/graphql.js';

let tdb: TestDatabase;
let api: TestApi;
const fixture = (name: string) => readFile(new URL(`../fixtures/ddex/${name}`, import.meta.url), 'utf8');
const ISRCS = ['DEDDX2600001', 'DEDDX2600002', 'DEDDX2600003'];
const ids: Record<string, string> = {};

beforeAll(async () => {
  tdb = await createTestDatabase();
  api = await createTestApi(tdb.database);
  for (const isrc of ISRCS) {
    const t = await tdb.database.prisma.track.create({
      data: { isrc, title: `ddex ${isrc}`, durationSec: 180 },
    });
    ids[isrc] = t.id;
  }
}, 60_000);
afterAll(async () => {
  await api.stop();
  await tdb.drop();
});

const IMPORT = `mutation ($xml: String!) { importDdexDeals(xml: $xml) {
  releases grantsCreated grantsReplaced unknownIsrcs ignoredUseTypes
  tracks { isrc status } takenDown { isrc } restored { isrc } } }`;

interface Report {
  releases: string[];
  grantsCreated: number;
  grantsReplaced: number;
  unknownIsrcs: string[];
  ignoredUseTypes: string[];
  tracks: Array<{ isrc: string; status: string }>;
  takenDown: Array<{ isrc: string }>;
  restored: Array<{ isrc: string }>;
}

const CHECK = `query ($t: ID!, $ts: [String!]!, $u: LicenceUsage!, $p: PeriodInput) {
  licenceCheck(trackId: $t, territories: $ts, usage: $u, period: $p) { available reasons { code side } } }`;
async function available(isrc: string, territories: string[], usage: string, day: string) {
  const r = await api.run<{ licenceCheck: { available: boolean } }>(
    CHECK,
    { t: toGlobalId('Track', ids[isrc]), ts: territories, u: usage, p: { from: day, until: day } },
    'EDITOR',
  );
  expect(r.errors).toBeUndefined();
  return r.data!.licenceCheck.available;
}

async function ddexGrants(isrc: string) {
  return tdb.database.prisma.licenceTerm.findMany({
    where: { trackId: ids[isrc], source: 'ddex' },
    orderBy: [{ priceTier: 'asc' }],
    select: {
      usages: true,
      worldwide: true,
      territoriesAllow: true,
      territoriesDeny: true,
      priceTier: true,
      contentIdRegistered: true,
      ddexRelease: true,
      rightsHolder: true,
      side: true,
    },
  });
}

describe('the DDEX ERN 4.1 deal import', () => {
  it('reads the releases, their ISRCs and deals, mapping UseTypes to the usage tree', async () => {
    const message = parseDdexDeals(await fixture('new-release.xml'));
    expect(message.sender).toBe('Nordlicht Records');
    expect(message.ignoredUseTypes).toEqual(['Stream']);
    expect(message.releases.map((r) => [r.key, r.isrcs])).toEqual([
      ['ICPN:4012345678901', ['DEDDX2600001', 'DEDDX2600002', 'DEDDX2600099']],
      ['ISRC:DEDDX2600003', ['DEDDX2600003']],
    ]);
    expect(
      message.releases[0].deals.map((d) => [d.usages, d.worldwide, d.territoriesAllow, d.territoriesDeny]),
    ).toEqual([
      [['ONLINE_VIDEO'], true, [], ['FR']],
      [['ADVERTISING'], false, ['GB', 'US'], []],
      [[], true, [], []],
    ]);
  });

  it('imports the deals as grants, takes down a track whose only deal ended, and the rule reads them', async () => {
    const result = await api.run<{ importDdexDeals: Report }>(
      IMPORT,
      { xml: await fixture('new-release.xml') },
      'EDITOR',
    );
    expect(result.errors).toBeUndefined();
    const report = result.data!.importDdexDeals;
    expect(report).toEqual({
      releases: ['ICPN:4012345678901', 'ISRC:DEDDX2600003'],
      grantsCreated: 5,
      grantsReplaced: 0,
      unknownIsrcs: ['DEDDX2600099'],
      ignoredUseTypes: ['Stream'],
      tracks: [
        { isrc: 'DEDDX2600001', status: 'ACTIVE' },
        { isrc: 'DEDDX2600002', status: 'ACTIVE' },
        { isrc: 'DEDDX2600003', status: 'TAKEN_DOWN' },
      ],
      takenDown: [{ isrc: 'DEDDX2600003' }],
      restored: [],
    });
    expect(await ddexGrants('DEDDX2600001')).toEqual([
      {
        usages: ['ONLINE_VIDEO'],
        worldwide: true,
        territoriesAllow: [],
        territoriesDeny: ['FR'],
        priceTier: 2,
        contentIdRegistered: true,
        ddexRelease: 'ICPN:4012345678901',
        rightsHolder: 'Nordlicht Records',
        side: 'BOTH',
      },
      {
        usages: ['ADVERTISING'],
        worldwide: false,
        territoriesAllow: ['GB', 'US'],
        territoriesDeny: [],
        priceTier: 4,
        contentIdRegistered: true,
        ddexRelease: 'ICPN:4012345678901',
        rightsHolder: 'Nordlicht Records',
        side: 'BOTH',
      },
    ]);
    // UserMakeAvailableUserProvided is ONLINE_VIDEO, which covers SOCIAL; FR is carved out.
    expect(await available('DEDDX2600001', ['DE', 'US'], 'SOCIAL', '2026-06-01')).toBe(true);
    expect(await available('DEDDX2600001', ['FR'], 'SOCIAL', '2026-06-01')).toBe(false);
    expect(await available('DEDDX2600002', ['US'], 'ADVERTISING_ONLINE', '2026-06-01')).toBe(true);
    expect(await available('DEDDX2600002', ['US'], 'ADVERTISING_ONLINE', '2027-01-01')).toBe(false);
    expect(await available('DEDDX2600003', ['US'], 'BROADCAST', '2020-06-01')).toBe(true);
  });

  it('replaces a release’s deals with the next message’s (replace-all), and restores a DDEX takedown', async () => {
    const before = await tdb.database.prisma.licenceTerm.count({ where: { source: 'api' } });
    const result = await api.run<{ importDdexDeals: Report }>(
      IMPORT,
      { xml: await fixture('update.xml') },
      'EDITOR',
    );
    expect(result.errors).toBeUndefined();
    const report = result.data!.importDdexDeals;
    expect([report.grantsCreated, report.grantsReplaced]).toEqual([3, 5]);
    expect(report.restored).toEqual([{ isrc: 'DEDDX2600003' }]);
    expect(report.takenDown).toEqual([]);
    expect((await ddexGrants('DEDDX2600001')).map((g) => [g.usages, g.territoriesAllow])).toEqual([
      [['FILM'], ['AT', 'DE']],
    ]);
    expect(await available('DEDDX2600001', ['DE'], 'SOCIAL', '2026-06-01')).toBe(false);
    expect(await available('DEDDX2600001', ['DE', 'AT'], 'FILM', '2026-07-01')).toBe(true);
    expect(await available('DEDDX2600003', ['JP'], 'BROADCAST', '2026-12-02')).toBe(true);
    // Grants made through the API are not DDEX deals: replace-all leaves them alone.
    expect(await tdb.database.prisma.licenceTerm.count({ where: { source: 'api' } })).toBe(before);
  });

  it('takes a track down when a new message ends its last deal in the past', async () => {
    const xml = (await fixture('update.xml')).replace(
      '<ValidityPeriod><StartDate>2026-01-01</StartDate></ValidityPeriod>',
      '<ValidityPeriod><StartDate>2026-01-01</StartDate><EndDate>2026-03-31</EndDate></ValidityPeriod>',
    );
    const report = (await api.run<{ importDdexDeals: Report }>(IMPORT, { xml }, 'EDITOR')).data!
      .importDdexDeals;
    expect(report.takenDown).toEqual([{ isrc: 'DEDDX2600003' }]);
    const track = await tdb.database.prisma.track.findUniqueOrThrow({ where: { id: ids.DEDDX2600003 } });
    expect(track.status).toBe('TAKEN_DOWN');
  });

  describe('bad input', () => {
    it.each<[string, (xml: string) => string, RegExp]>([
      ['not XML', () => '<ern:NewReleaseMessage', /not well-formed|not an ERN/],
      [
        'a DOCTYPE',
        (x) => x.replace('<ern:NewReleaseMessage', '<!DOCTYPE x [<!ENTITY a "b">]><ern:NewReleaseMessage'),
        /DOCTYPE/,
      ],
      [
        'year 0000',
        (x) => x.replace('2026-06-01</StartDate>', '0000-06-01</StartDate>'),
        /outside the years 0001-9999/,
      ],
      [
        'an end before the start',
        (x) => x.replace('2027-05-31', '2025-05-31'),
        /EndDate is before its StartDate/,
      ],
      [
        'an unknown territory',
        (x) => x.replace('<TerritoryCode>AT</TerritoryCode>', '<TerritoryCode>XX</TerritoryCode>'),
        /"XX" is not a territory/,
      ],
      [
        'a deal for a release the message lacks',
        (x) => x.replace('<DealReleaseReference>R3<', '<DealReleaseReference>R9<'),
        /names release R9/,
      ],
    ])('refuses %s with BAD_USER_INPUT on xml, writing nothing', async (_, edit, message) => {
      const grants = await tdb.database.prisma.licenceTerm.count();
      const audit = await tdb.database.prisma.auditLog.count();
      const result = await api.run(IMPORT, { xml: edit(await fixture('update.xml')) }, 'EDITOR');
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions?.field).toBe('xml');
      expect(result.errors![0].message).toMatch(message);
      expect(await tdb.database.prisma.licenceTerm.count()).toBe(grants);
      expect(await tdb.database.prisma.auditLog.count()).toBe(audit);
    });

    it('needs an EDITOR', async () => {
      expect(codes(await api.run(IMPORT, { xml: '<x/>' }, 'VIEWER'))).toEqual(['FORBIDDEN']);
    });

    it('takes messages longer than the default string limit, up to its own', async () => {
      const xml = await fixture('update.xml');
      expect(xml.length).toBeGreaterThan(api.config.maxStringLength);
      const direct = await importDdexDeals(tdb.database.prisma, xml);
      expect(direct.releases).toHaveLength(2);
    });
  });
});
