import { toGlobalId } from '../../src/graphql/ids.js';
import { searchFilterSql } from '../../src/search/filter-sql.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { codes, createTestApi, type TestApi } from '../support/graphql.js';

let tdb: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  tdb = await createTestDatabase();
  api = await createTestApi(tdb.database);
}, 60_000);
afterAll(async () => {
  await api.stop();
  await tdb.drop();
});

let seq = 0;
const day = (s: string) => new Date(`${s}T00:00:00.000Z`);

/** A track with the given grants (worldwide unless territoriesAllow is given), titled `rpt-<title>`. */
async function trackWith(title: string, grants: Array<Record<string, unknown>>): Promise<string> {
  seq += 1;
  const track = await tdb.database.prisma.track.create({
    data: {
      isrc: `DERPT26${String(seq).padStart(5, '0')}`,
      title: `rpt-${title}`,
      durationSec: 60,
      licences: {
        create: grants.map((g) => ({
          rightsHolder: `Holder ${title}`,
          worldwide: !g.territoriesAllow,
          territoriesAllow: [],
          territoriesDeny: [],
          ...g,
        })) as never,
      },
    },
  });
  return track.id;
}

/** Titles among `ids` the search filter admits (every search's SQL), checked against `tracks`. */
async function cleared(ids: string[], licence: Record<string, unknown>): Promise<string[]> {
  const filter = await searchFilterSql(tdb.database.prisma, { licence: licence as never }, ['ACTIVE']);
  const rows = await tdb.database.prisma.$queryRaw<Array<{ title: string }>>`
    SELECT t."title" FROM "track_filter_row" e JOIN "track" t ON t."id" = e."track_id"
    WHERE e."track_id" = ANY(${ids}::uuid[]) ${filter.sql} ORDER BY t."title"`;
  const viaSearch = rows.map((r) => r.title.slice(4));
  const listed = await api.run<{ tracks: { edges: Array<{ node: { id: string; title: string } }> } }>(
    'query ($f: TrackFilter) { tracks(first: 100, filter: $f) { edges { node { id title } } } }',
    { f: { licence, text: 'rpt-' } },
  );
  expect(listed.errors).toBeUndefined();
  const wanted = new Set(ids.map((id) => toGlobalId('Track', id)));
  const viaListing = listed
    .data!.tracks.edges.filter((e) => wanted.has(e.node.id))
    .map((e) => e.node.title.slice(4))
    .sort();
  expect(viaListing).toEqual(viaSearch);
  return viaSearch;
}

const CHECK = `query ($t: ID!, $ts: [String!]!, $u: LicenceUsage!, $p: PeriodInput, $x: Boolean) {
  licenceCheck(trackId: $t, territories: $ts, usage: $u, period: $p, exclusiveOnly: $x) {
    available reasons { side code territory message party { name } restriction { reason } term { rightsHolder } }
  }
}`;
interface Reason {
  side: string;
  code: string;
  territory: string;
  message: string;
  party: { name: string } | null;
  restriction: { reason: string } | null;
  term: { rightsHolder: string } | null;
}
async function check(trackId: string, vars: Record<string, unknown>) {
  const r = await api.run<{ licenceCheck: { available: boolean; reasons: Reason[] } }>(CHECK, {
    t: toGlobalId('Track', trackId),
    ...vars,
  });
  expect(r.errors).toBeUndefined();
  return r.data!.licenceCheck;
}
const brief = (reasons: Reason[]) =>
  reasons
    .map(
      (r) =>
        `${r.territory} ${r.side} ${r.code} ${r.party?.name ?? r.term?.rightsHolder ?? r.restriction?.reason ?? '-'}`,
    )
    .sort();

async function party(name: string): Promise<string> {
  const r = await api.run<{ createRightsParty: { id: string } }>(
    'mutation ($n: String!) { createRightsParty(input: { name: $n }) { id } }',
    { n: name },
    'EDITOR',
  );
  expect(r.errors).toBeUndefined();
  return r.data!.createRightsParty.id;
}
const HOLDINGS = `mutation ($t: ID!, $s: RightsSide!, $h: [RightsHoldingInput!]!) {
  setRightsHoldings(trackId: $t, side: $s, holdings: $h) { side share party { name } } }`;
const GRANT = `mutation ($t: ID!, $i: LicenceTermInput!) { createLicenceTerm(trackId: $t, input: $i) { id rightsHolder party { name } } }`;

describe('parties with shares', () => {
  let track: string;
  let label: string;
  let coLabel: string;
  beforeAll(async () => {
    // Publishing: a shorthand grant (no holders), worldwide. Master: two holders, 60% and 40%.
    track = await trackWith('shares', [{ side: 'PUBLISHING', usages: ['SOCIAL'] }]);
    label = await party('North Label');
    coLabel = await party('South Label');
    const t = toGlobalId('Track', track);
    for (const [p, territories] of [
      [label, ['DE', 'US']],
      [coLabel, ['DE']],
    ] as const) {
      const r = await api.run(
        GRANT,
        {
          t,
          i: {
            side: 'MASTER',
            partyId: p,
            rightsHolder: 'ignored',
            usages: ['SOCIAL'],
            territoriesAllow: territories,
          },
        },
        'EDITOR',
      );
      expect(r.errors).toBeUndefined();
    }
    // A party-less grant on a side with holders speaks for no one: it does not clear US.
    await api.run(
      GRANT,
      { t, i: { side: 'MASTER', rightsHolder: 'Unnamed', usages: ['SOCIAL'], worldwide: true } },
      'EDITOR',
    );
    const r = await api.run(
      HOLDINGS,
      {
        t,
        s: 'MASTER',
        h: [
          { partyId: label, share: 60 },
          { partyId: coLabel, share: 40 },
        ],
      },
      'EDITOR',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({
      setRightsHoldings: [
        { side: 'MASTER', share: 60, party: { name: 'North Label' } },
        { side: 'MASTER', share: 40, party: { name: 'South Label' } },
      ],
    });
  });

  it('clears a side only where the holders whose grants allow the use hold 100% of it', async () => {
    expect(await cleared([track], { territory: 'DE', usage: 'SOCIAL', at: '2026-06-01' })).toEqual([
      'shares',
    ]);
    expect(await cleared([track], { territory: 'US', usage: 'SOCIAL', at: '2026-06-01' })).toEqual([]);
    const us = await check(track, { ts: ['US'], u: 'SOCIAL' });
    expect(us.available).toBe(false);
    expect(brief(us.reasons)).toEqual([
      'US MASTER CLEARED_BY North Label',
      'US MASTER SHARES_NOT_COVERED -',
      'US MASTER TERRITORY_NOT_COVERED South Label',
      'US PUBLISHING CLEARED_BY Holder shares',
    ]);
    expect(us.reasons.find((r) => r.code === 'SHARES_NOT_COVERED')!.message).toMatch(
      /hold 60% of the side, not 100%$/,
    );
    const de = await check(track, { ts: ['DE'], u: 'SOCIAL' });
    expect(de.available).toBe(true);
    expect(brief(de.reasons)).toEqual([
      'DE MASTER CLEARED_BY North Label',
      'DE MASTER CLEARED_BY South Label',
      'DE PUBLISHING CLEARED_BY Holder shares',
    ]);
  });

  it('clears nothing while a side’s shares fall short of 100% (an unknown holder)', async () => {
    const t = toGlobalId('Track', track);
    await api.run(HOLDINGS, { t, s: 'MASTER', h: [{ partyId: label, share: 60 }] }, 'EDITOR');
    expect(await cleared([track], { territory: 'DE', usage: 'SOCIAL', at: '2026-06-01' })).toEqual([]);
    const de = await check(track, { ts: ['DE'], u: 'SOCIAL' });
    expect(brief(de.reasons)).toContain('DE MASTER SHARES_NOT_COVERED -');
    await api.run(
      HOLDINGS,
      {
        t,
        s: 'MASTER',
        h: [
          { partyId: label, share: 60 },
          { partyId: coLabel, share: 40 },
        ],
      },
      'EDITOR',
    );
    expect(await cleared([track], { territory: 'DE', usage: 'SOCIAL', at: '2026-06-01' })).toEqual([
      'shares',
    ]);
  });

  it.each<[string, Array<{ partyId: string | 'coLabel' | 'label' | 'unknown'; share: number }>, string]>([
    [
      'shares past 100%',
      [
        { partyId: 'label', share: 60 },
        { partyId: 'coLabel', share: 40.01 },
      ],
      'holdings',
    ],
    [
      'an unknown party',
      [
        { partyId: 'label', share: 50 },
        { partyId: 'unknown', share: 10 },
      ],
      'holdings[1].partyId',
    ],
    ['a zero share', [{ partyId: 'label', share: 0 }], 'holdings[0].share'],
    [
      'a party twice',
      [
        { partyId: 'label', share: 10 },
        { partyId: 'label', share: 10 },
      ],
      'holdings[1].partyId',
    ],
  ])('refuses %s with BAD_USER_INPUT naming %s, writing nothing', async (_, holdings, field) => {
    const ids: Record<string, string> = {
      label,
      coLabel,
      unknown: toGlobalId('RightsParty', '00000000-0000-4000-8000-000000000000'),
    };
    const before = await tdb.database.prisma.rightsHolding.findMany({ orderBy: { id: 'asc' } });
    const audit = await tdb.database.prisma.auditLog.count();
    const r = await api.run(
      HOLDINGS,
      {
        t: toGlobalId('Track', track),
        s: 'MASTER',
        h: holdings.map((h) => ({ ...h, partyId: ids[h.partyId] })),
      },
      'EDITOR',
    );
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].extensions?.field).toBe(field);
    expect(await tdb.database.prisma.rightsHolding.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
    expect(await tdb.database.prisma.auditLog.count()).toBe(audit);
  });

  it('refuses a grant naming an unknown party', async () => {
    const r = await api.run(
      GRANT,
      {
        t: toGlobalId('Track', track),
        i: {
          partyId: toGlobalId('RightsParty', '00000000-0000-4000-8000-000000000000'),
          rightsHolder: 'x',
          usages: ['SOCIAL'],
          worldwide: true,
        },
      },
      'EDITOR',
    );
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].extensions?.field).toBe('input.partyId');
  });

  it('shows holders and party grants on the track', async () => {
    const r = await api.run<{
      node: { holdings: unknown[]; licences: Array<{ party: { name: string } | null }> };
    }>(
      'query ($id: ID!) { node(id: $id) { ... on Track { holdings { side share party { name } } licences { party { name } } } } }',
      { id: toGlobalId('Track', track) },
    );
    expect(r.data!.node.holdings).toHaveLength(2);
    expect(r.data!.node.licences.map((l) => l.party?.name ?? null).sort()).toEqual([
      'North Label',
      'South Label',
      null,
      null,
    ]);
  });
});

describe('both sides, the usage tree and a campaign through the GraphQL LicenceFilter', () => {
  let ids: string[];
  beforeAll(async () => {
    ids = [
      await trackWith('split', [
        { side: 'MASTER', usages: ['ONLINE_VIDEO'], territoriesAllow: ['DE'] },
        { side: 'PUBLISHING', usages: ['ONLINE_VIDEO'], territoriesAllow: ['US'] },
      ]),
      await trackWith('parent', [{ usages: ['ONLINE_VIDEO'], territoriesAllow: ['DE', 'FR', 'US'] }]),
      await trackWith('frEndsDay17', [
        { usages: ['SOCIAL'], territoriesAllow: ['DE', 'US'] },
        {
          rightsHolder: 'FR Holder',
          usages: ['SOCIAL'],
          territoriesAllow: ['FR'],
          validUntil: day('2026-06-17'),
        },
      ]),
      await trackWith('exclusive', [
        {
          usages: ['SOCIAL'],
          territoriesAllow: ['DE', 'FR', 'US'],
          exclusive: true,
          rightsHolder: 'Solo Music',
        },
      ]),
    ];
  });

  it('needs both sides: master for DE only and publishing for US only clears neither', async () => {
    expect(await cleared(ids, { territory: 'DE', usage: 'SOCIAL', at: '2026-06-01' })).toEqual([
      'exclusive',
      'frEndsDay17',
      'parent',
    ]);
    expect(await cleared([ids[0]], { territories: ['DE', 'US'], usage: 'SOCIAL' })).toEqual([]);
    const c = await check(ids[0], { ts: ['DE'], u: 'SOCIAL' });
    expect(brief(c.reasons)).toEqual([
      'DE MASTER CLEARED_BY Holder split',
      'DE PUBLISHING TERRITORY_NOT_COVERED Holder split',
    ]);
  });

  it('lets a grant of a parent usage cover its children, not the reverse', async () => {
    expect(await cleared(ids, { territory: 'FR', usage: 'PODCAST_VIDEO', at: '2026-06-01' })).toEqual([
      'parent',
    ]);
    const c = await check(ids[3], { ts: ['DE'], u: 'ONLINE_VIDEO' });
    expect(c.available).toBe(false);
    expect(brief(c.reasons)).toEqual([
      'DE MASTER USAGE_NOT_GRANTED Solo Music',
      'DE PUBLISHING USAGE_NOT_GRANTED Solo Music',
    ]);
  });

  it('clears a campaign of 3 territories over 30 days only where all territories cover every day', async () => {
    const campaign = {
      territories: ['DE', 'FR', 'US'],
      usage: 'SOCIAL',
      period: { from: '2026-06-01', until: '2026-06-30' },
    };
    expect(await cleared(ids, campaign)).toEqual(['exclusive', 'parent']);
    expect(await cleared(ids, { ...campaign, period: { from: '2026-06-01', until: '2026-06-17' } })).toEqual([
      'exclusive',
      'frEndsDay17',
      'parent',
    ]);
    // `territory` and `territories` together: every one named must clear.
    expect(await cleared(ids, { ...campaign, territory: 'DE', territories: ['US'] })).toEqual([
      'exclusive',
      'frEndsDay17',
      'parent',
    ]);
    const c = await check(ids[2], { ts: campaign.territories, u: 'SOCIAL', p: campaign.period });
    expect(c.available).toBe(false);
    expect(brief(c.reasons.filter((r) => r.code !== 'CLEARED_BY'))).toEqual([
      'FR MASTER OUTSIDE_WINDOW FR Holder',
      'FR MASTER TERRITORY_NOT_COVERED Holder frEndsDay17',
      'FR PUBLISHING OUTSIDE_WINDOW FR Holder',
      'FR PUBLISHING TERRITORY_NOT_COVERED Holder frEndsDay17',
    ]);
  });

  it('filters by exclusiveOnly and by rightsHolder', async () => {
    const use = { territories: ['DE'], usage: 'SOCIAL', at: '2026-06-01' };
    expect(await cleared(ids, { ...use, exclusiveOnly: true })).toEqual(['exclusive']);
    expect(await cleared(ids, { ...use, rightsHolder: 'solo music' })).toEqual(['exclusive']);
    expect(await cleared(ids, { ...use, rightsHolder: 'Nobody' })).toEqual([]);
    const c = await check(ids[1], { ts: ['DE'], u: 'SOCIAL', x: true });
    expect(brief(c.reasons)).toEqual([
      'DE MASTER NOT_EXCLUSIVE Holder parent',
      'DE PUBLISHING NOT_EXCLUSIVE Holder parent',
    ]);
  });

  it.each<[Record<string, unknown>, string]>([
    [{ territories: [], usage: 'SOCIAL' }, 'filter.licence.territories'],
    [{ usage: 'SOCIAL' }, 'filter.licence.territories'],
    [{ territories: ['DE', 'XX'], usage: 'SOCIAL' }, 'filter.licence.territories'],
    [{ territory: 'ZZ', usage: 'SOCIAL' }, 'filter.licence.territory'],
    [
      { territory: 'DE', usage: 'SOCIAL', period: { from: '2026-07-01', until: '2026-06-01' } },
      'filter.licence.period.until',
    ],
    [
      {
        territory: 'DE',
        usage: 'SOCIAL',
        at: '2026-06-01',
        period: { from: '2026-06-01', until: '2026-06-02' },
      },
      'filter.licence.period',
    ],
    [{ territory: 'DE', usage: 'SOCIAL', rightsHolder: ' ' }, 'filter.licence.rightsHolder'],
  ])('refuses the licence filter %j with BAD_USER_INPUT naming %s', async (licence, field) => {
    const r = await api.run('query ($f: TrackFilter) { tracks(first: 1, filter: $f) { edges { cursor } } }', {
      f: { licence },
    });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].extensions?.field).toBe(field);
  });
});

const RESTRICT = `mutation ($t: ID!, $i: LicenceRestrictionInput!) {
  createLicenceRestriction(trackId: $t, input: $i) { id reason territories usages validFrom validUntil side } }`;

describe('restriction mutations', () => {
  let track: string;
  let restriction: string;
  beforeAll(async () => {
    track = await trackWith('restricted', [{ usages: ['ONLINE_VIDEO'] }]);
  });

  it('bars a use whatever the grants say, within its territories, usages (and those below) and window', async () => {
    const r = await api.run<{ createLicenceRestriction: { id: string; territories: string[] } }>(
      RESTRICT,
      {
        t: toGlobalId('Track', track),
        i: {
          reason: 'Sample dispute',
          territories: ['de'],
          usages: ['ONLINE_VIDEO'],
          validFrom: '2026-06-01',
          validUntil: '2026-06-30',
        },
      },
      'EDITOR',
    );
    expect(r.errors).toBeUndefined();
    restriction = r.data!.createLicenceRestriction.id;
    expect(r.data!.createLicenceRestriction.territories).toEqual(['DE']);
    expect(await cleared([track], { territory: 'DE', usage: 'SOCIAL', at: '2026-06-15' })).toEqual([]);
    expect(await cleared([track], { territory: 'DE', usage: 'SOCIAL', at: '2026-07-01' })).toEqual([
      'restricted',
    ]);
    expect(await cleared([track], { territory: 'FR', usage: 'SOCIAL', at: '2026-06-15' })).toEqual([
      'restricted',
    ]);
    // A campaign overlapping the window by one day is barred.
    expect(
      await cleared([track], {
        territories: ['FR', 'DE'],
        usage: 'SOCIAL',
        period: { from: '2026-06-30', until: '2026-07-30' },
      }),
    ).toEqual([]);
    const c = await check(track, { ts: ['DE'], u: 'SOCIAL', p: { from: '2026-06-10', until: '2026-06-10' } });
    expect(c.available).toBe(false);
    expect(brief(c.reasons)).toEqual([
      'DE MASTER CLEARED_BY Holder restricted',
      'DE MASTER RESTRICTED Sample dispute',
      'DE PUBLISHING CLEARED_BY Holder restricted',
      'DE PUBLISHING RESTRICTED Sample dispute',
    ]);
  });

  it('updates and deletes a restriction', async () => {
    const u = await api.run(
      'mutation ($id: ID!, $i: LicenceRestrictionInput!) { updateLicenceRestriction(id: $id, input: $i) { territories } }',
      { id: restriction, i: { reason: 'Sample dispute', territories: ['FR'] } },
      'EDITOR',
    );
    expect(u).toEqual({ data: { updateLicenceRestriction: { territories: ['FR'] } } });
    expect(await cleared([track], { territory: 'DE', usage: 'SOCIAL', at: '2026-06-15' })).toEqual([
      'restricted',
    ]);
    expect(await cleared([track], { territory: 'FR', usage: 'SOCIAL', at: '2030-01-01' })).toEqual([]);
    const d = await api.run(
      'mutation ($id: ID!) { deleteLicenceRestriction(id: $id) }',
      { id: restriction },
      'EDITOR',
    );
    expect(d.errors).toBeUndefined();
    expect(await cleared([track], { territory: 'FR', usage: 'SOCIAL', at: '2030-01-01' })).toEqual([
      'restricted',
    ]);
  });

  it.each<[Record<string, unknown>, string]>([
    [{ reason: 'x', territories: [] }, 'input.territories'],
    [{ reason: 'x', usages: [] }, 'input.usages'],
    [{ reason: 'x', territories: ['QQ'] }, 'input.territories'],
    [{ reason: 'x', validFrom: '2026-06-02', validUntil: '2026-06-01' }, 'input.validUntil'],
    [{ reason: ' ' }, 'input.reason'],
  ])('refuses %j with BAD_USER_INPUT naming %s, writing nothing', async (input, field) => {
    const before = await tdb.database.prisma.licenceRestriction.count();
    const r = await api.run(RESTRICT, { t: toGlobalId('Track', track), i: input }, 'EDITOR');
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].extensions?.field).toBe(field);
    expect(await tdb.database.prisma.licenceRestriction.count()).toBe(before);
  });

  it('needs an EDITOR', async () => {
    const r = await api.run(RESTRICT, { t: toGlobalId('Track', track), i: { reason: 'x' } }, 'VIEWER');
    expect(codes(r)).toEqual(['FORBIDDEN']);
  });
});

describe('dates outside 0001-9999 in every date argument', () => {
  const cases: Array<[string, string, (d: string) => Record<string, unknown>]> = [
    [
      'LicenceFilter.at',
      'query ($f: TrackFilter) { tracks(first: 1, filter: $f) { edges { cursor } } }',
      (d) => ({ f: { licence: { territory: 'DE', usage: 'SOCIAL', at: d } } }),
    ],
    [
      'LicenceFilter.period.from',
      'query ($f: TrackFilter) { tracks(first: 1, filter: $f) { edges { cursor } } }',
      (d) => ({
        f: { licence: { territory: 'DE', usage: 'SOCIAL', period: { from: d, until: '2026-01-01' } } },
      }),
    ],
    [
      'LicenceFilter.period.until',
      'query ($f: TrackFilter) { tracks(first: 1, filter: $f) { edges { cursor } } }',
      (d) => ({
        f: { licence: { territory: 'DE', usage: 'SOCIAL', period: { from: '2026-01-01', until: d } } },
      }),
    ],
    [
      'licenceCheck period',
      CHECK,
      (d) => ({
        t: toGlobalId('Track', '00000000-0000-4000-8000-000000000000'),
        ts: ['DE'],
        u: 'SOCIAL',
        p: { from: d, until: '2026-01-01' },
      }),
    ],
    [
      'LicenceTermInput.validFrom',
      GRANT,
      (d) => ({
        t: toGlobalId('Track', '00000000-0000-4000-8000-000000000000'),
        i: { rightsHolder: 'x', usages: ['SOCIAL'], worldwide: true, validFrom: d },
      }),
    ],
    [
      'LicenceTermInput.validUntil',
      GRANT,
      (d) => ({
        t: toGlobalId('Track', '00000000-0000-4000-8000-000000000000'),
        i: { rightsHolder: 'x', usages: ['SOCIAL'], worldwide: true, validUntil: d },
      }),
    ],
    [
      'LicenceRestrictionInput.validFrom',
      RESTRICT,
      (d) => ({
        t: toGlobalId('Track', '00000000-0000-4000-8000-000000000000'),
        i: { reason: 'x', validFrom: d },
      }),
    ],
    [
      'LicenceRestrictionInput.validUntil',
      RESTRICT,
      (d) => ({
        t: toGlobalId('Track', '00000000-0000-4000-8000-000000000000'),
        i: { reason: 'x', validUntil: d },
      }),
    ],
    [
      'CreateTrackInput.releaseDate',
      'mutation ($i: CreateTrackInput!) { createTrack(input: $i) { id } }',
      (d) => ({ i: { isrc: 'DERPT2699999', title: 'x', durationSec: 1, releaseDate: d } }),
    ],
  ];
  it.each(
    cases.flatMap(([name, q, vars]) => ['0000-01-01', '10000-01-01'].map((d) => [name, d, q, vars] as const)),
  )('refuses %s = %s with BAD_USER_INPUT, writing nothing', async (_, date, query, vars) => {
    const audit = await tdb.database.prisma.auditLog.count();
    const r = await api.run(query, vars(date), 'EDITOR');
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].message).toMatch(/outside the years 0001-9999/);
    expect(await tdb.database.prisma.auditLog.count()).toBe(audit);
  });
});
