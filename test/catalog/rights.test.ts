import { Prisma } from '../../src/generated/prisma/client.js';
import type { LicenceUsage } from '../../src/generated/prisma/enums.js';
import { seedDemoCatalogIfEmpty } from '../../src/catalog/demo/seed.js';
import { toGlobalId } from '../../src/graphql/ids.js';
import { validateCampaign } from '../../src/catalog/rights/campaign.js';
import { clearanceSql } from '../../src/catalog/rights/clearance-sql.js';
import { searchFilterSql } from '../../src/search/filter-sql.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createTestApi, type TestApi } from '../support/graphql.js';

let tdb: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  tdb = await createTestDatabase();
  api = await createTestApi(tdb.database);
  await seedDemoCatalogIfEmpty(tdb.database.prisma);
  // The demo seed generates its features on the main thread: slow on a loaded machine.
}, 180_000);
afterAll(async () => {
  await api.stop();
  await tdb.drop();
});

let seq = 0;

/** A track with the given terms (worldwide unless territoriesAllow is given), named `title`. */
async function trackWith(title: string, terms: Array<Record<string, unknown>>): Promise<string> {
  seq += 1;
  const track = await tdb.database.prisma.track.create({
    data: {
      isrc: `DERGT26${String(seq).padStart(5, '0')}`,
      title: `rgt-${title}`,
      durationSec: 60,
      licences: {
        create: terms.map((t) => ({
          rightsHolder: `Holder ${title}`,
          worldwide: !t.territoriesAllow,
          territoriesAllow: [],
          territoriesDeny: [],
          ...t,
        })) as never,
      },
    },
  });
  return track.id;
}

/** Titles (among `ids`) that the search filter SQL lets through, read on track_filter_row. */
async function searchable(ids: string[], licence: Record<string, unknown>): Promise<string[]> {
  const filter = await searchFilterSql(tdb.database.prisma, { licence: licence as never }, ['ACTIVE']);
  const rows = await tdb.database.prisma.$queryRaw<Array<{ title: string }>>`
    SELECT t."title" FROM "track_filter_row" e JOIN "track" t ON t."id" = e."track_id"
    WHERE e."track_id" = ANY(${ids}::uuid[]) ${filter.sql} ORDER BY t."title"`;
  return rows.map((r) => r.title.slice(4));
}

/** Titles (among `ids`) that the plain tracks listing returns under the licence filter. */
async function listed(ids: string[], licence: Record<string, unknown>): Promise<string[]> {
  const result = await api.run<{ tracks: { edges: Array<{ node: { id: string; title: string } }> } }>(
    'query ($f: TrackFilter) { tracks(first: 100, filter: $f) { edges { node { id title } } } }',
    { f: { licence, text: 'rgt-' } },
  );
  expect(result.errors).toBeUndefined();
  const wanted = new Set(ids.map((id) => toGlobalId('Track', id)));
  return result
    .data!.tracks.edges.filter((e) => wanted.has(e.node.id))
    .map((e) => e.node.title.slice(4))
    .sort();
}

async function available(ids: string[], licence: Record<string, unknown>): Promise<string[]> {
  const viaSearch = await searchable(ids, licence);
  expect(await listed(ids, licence)).toEqual(viaSearch);
  return viaSearch;
}

describe('the usage tree', () => {
  let ids: string[];
  beforeAll(async () => {
    ids = [
      await trackWith('onlineVideo', [{ usages: ['ONLINE_VIDEO'] }]),
      await trackWith('social', [{ usages: ['SOCIAL'] }]),
      await trackWith('advertising', [{ usages: ['ADVERTISING'] }]),
      await trackWith('adOnline', [{ usages: ['ADVERTISING_ONLINE'] }]),
      await trackWith('podcast', [{ usages: ['PODCAST'] }]),
    ];
  });

  it.each<[LicenceUsage, string[]]>([
    ['ONLINE_VIDEO', ['onlineVideo']],
    ['SOCIAL', ['onlineVideo', 'social']],
    ['PODCAST_VIDEO', ['onlineVideo']],
    ['ADVERTISING', ['advertising']],
    ['ADVERTISING_ONLINE', ['adOnline', 'advertising']],
    ['ADVERTISING_BROADCAST', ['advertising']],
    ['PODCAST', ['podcast']],
    ['BROADCAST', []],
  ])('a request for %s is cleared by a grant of it or of a usage above it', async (usage, expected) => {
    expect(await available(ids, { territory: 'FR', usage, at: '2026-01-01' })).toEqual(expected);
  });

  it('reads the tree in one SQL function, each usage with itself and its ancestors', async () => {
    const rows = await tdb.database.prisma.$queryRaw<Array<{ u: string; a: string[] }>>(
      Prisma.sql`SELECT u::text, vmr_usage_ancestors(u)::text[] AS a FROM unnest(enum_range(NULL::"LicenceUsage")) u`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.u, r.a]))).toEqual({
      ONLINE_VIDEO: ['ONLINE_VIDEO'],
      SOCIAL: ['SOCIAL', 'ONLINE_VIDEO'],
      ADVERTISING: ['ADVERTISING'],
      BROADCAST: ['BROADCAST'],
      FILM: ['FILM'],
      GAME: ['GAME'],
      PODCAST: ['PODCAST'],
      PODCAST_VIDEO: ['PODCAST_VIDEO', 'ONLINE_VIDEO'],
      ADVERTISING_ONLINE: ['ADVERTISING_ONLINE', 'ADVERTISING'],
      ADVERTISING_BROADCAST: ['ADVERTISING_BROADCAST', 'ADVERTISING'],
    });
  });
});

describe('both sides of a recording', () => {
  let ids: string[];
  beforeAll(async () => {
    ids = [
      await trackWith('splitSides', [
        { side: 'MASTER', usages: ['SOCIAL'], territoriesAllow: ['DE'] },
        { side: 'PUBLISHING', usages: ['SOCIAL'], territoriesAllow: ['US'] },
      ]),
      await trackWith('bothSidesDE', [
        { side: 'MASTER', usages: ['SOCIAL'], territoriesAllow: ['DE'] },
        { side: 'PUBLISHING', usages: ['ONLINE_VIDEO'], territoriesAllow: ['DE', 'US'] },
      ]),
      await trackWith('masterOnly', [{ side: 'MASTER', usages: ['SOCIAL'] }]),
      await trackWith('publishingOnly', [{ side: 'PUBLISHING', usages: ['SOCIAL'] }]),
      await trackWith('oneBothTerm', [{ side: 'BOTH', usages: ['SOCIAL'], territoriesAllow: ['US'] }]),
    ];
  });

  it('clears a track only where the master side and the publishing side both allow the use', async () => {
    expect(await available(ids, { territory: 'DE', usage: 'SOCIAL', at: '2026-01-01' })).toEqual([
      'bothSidesDE',
    ]);
    expect(await available(ids, { territory: 'US', usage: 'SOCIAL', at: '2026-01-01' })).toEqual([
      'oneBothTerm',
    ]);
    expect(await available(ids, { territory: 'FR', usage: 'SOCIAL', at: '2026-01-01' })).toEqual([]);
  });

  it('keeps the createLicenceTerm/updateLicenceTerm mutations as shorthand for BOTH, side optional', async () => {
    const [trackId] = ids;
    const created = await api.run<{ createLicenceTerm: { id: string; side: string } }>(
      `mutation ($t: ID!, $i: LicenceTermInput!) { createLicenceTerm(trackId: $t, input: $i) { id side } }`,
      { t: toGlobalId('Track', trackId), i: { rightsHolder: 'Acme', usages: ['FILM'], worldwide: true } },
      'EDITOR',
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createLicenceTerm.side).toBe('BOTH');
    const id = created.data!.createLicenceTerm.id;
    const update = (input: Record<string, unknown>) =>
      api.run<{ updateLicenceTerm: { side: string } }>(
        `mutation ($id: ID!, $i: LicenceTermInput!) { updateLicenceTerm(id: $id, input: $i) { side } }`,
        { id, i: { rightsHolder: 'Acme', usages: ['FILM'], worldwide: true, ...input } },
        'EDITOR',
      );
    expect((await update({ side: 'MASTER' })).data).toEqual({ updateLicenceTerm: { side: 'MASTER' } });
    expect((await update({})).data).toEqual({ updateLicenceTerm: { side: 'MASTER' } });
    expect(await available(ids, { territory: 'FR', usage: 'FILM', at: '2026-01-01' })).toEqual([]);
    expect((await update({ side: 'BOTH' })).data).toEqual({ updateLicenceTerm: { side: 'BOTH' } });
    expect(await available(ids, { territory: 'FR', usage: 'FILM', at: '2026-01-01' })).toEqual([
      'splitSides',
    ]);
  });

  it.each([
    { territory: 'US', usage: 'SOCIAL', at: '2026-01-01' },
    { territory: 'DE', usage: 'ONLINE_VIDEO', at: '2025-06-01' },
    { territory: 'GB', usage: 'ADVERTISING', at: '2026-06-01', maxPriceTier: 3 },
    { territory: 'JP', usage: 'FILM', at: '2027-01-01', contentIdSafe: true },
  ])('leaves the demo catalog cleared as the one-term rule did for %j', async (licence) => {
    const prisma = tdb.database.prisma;
    const demo = (await prisma.track.findMany({ where: { isrc: { not: { startsWith: 'DERGT' } } } })).map(
      (t) => t.id,
    );
    expect(demo.length).toBeGreaterThan(100);
    // The rule before sides: any one term that allows the use.
    const old = await prisma.$queryRaw<Array<{ title: string }>>`
      SELECT t."title" FROM "track" t WHERE t."id" = ANY(${demo}::uuid[]) AND EXISTS (
        SELECT 1 FROM "licence_term" l WHERE l."track_id" = t."id"
          AND vmr_licence_allows(l, ${licence.territory}, ${licence.usage}::"LicenceUsage", ${licence.at}::date, ${licence.maxPriceTier ?? null}::int, ${licence.contentIdSafe ?? null}::boolean))
      ORDER BY t."title"`;
    expect(old.length).toBeGreaterThan(0);
    const everyStatus = ['ACTIVE', 'HIDDEN', 'TAKEN_DOWN'] as const;
    const filter = await searchFilterSql(
      prisma,
      { licence: licence as never, status: everyStatus },
      everyStatus,
    );
    const now = await prisma.$queryRaw<Array<{ title: string }>>`
      SELECT t."title" FROM "track_filter_row" e JOIN "track" t ON t."id" = e."track_id"
      WHERE e."track_id" = ANY(${demo}::uuid[]) ${filter.sql} ORDER BY t."title"`;
    expect(now).toEqual(old);
  });
});

describe('takedowns', () => {
  let ids: string[];
  beforeAll(async () => {
    ids = [
      await trackWith('live', [{ usages: ['SOCIAL'] }]),
      await trackWith('hidden', [{ usages: ['SOCIAL'] }]),
      await trackWith('takenDown', [{ usages: ['SOCIAL'] }]),
    ];
    const prisma = tdb.database.prisma;
    await prisma.track.update({ where: { id: ids[1] }, data: { status: 'HIDDEN' } });
    await prisma.track.update({ where: { id: ids[2] }, data: { status: 'TAKEN_DOWN' } });
  });

  /** Titles among `ids` that a search admits for a caller of `role` with the status filter. */
  async function searchedAs(role: 'VIEWER' | 'EDITOR' | 'ADMIN' | null, status?: string[]) {
    const visible = role ? (['ACTIVE', 'HIDDEN', 'TAKEN_DOWN'] as const) : (['ACTIVE'] as const);
    const filter = await searchFilterSql(
      tdb.database.prisma,
      status ? { status: status as never } : {},
      visible,
      [],
      role,
    );
    const rows = await tdb.database.prisma.$queryRaw<Array<{ title: string }>>`
      SELECT t."title" FROM "track_filter_row" e JOIN "track" t ON t."id" = e."track_id"
      WHERE e."track_id" = ANY(${ids}::uuid[]) ${filter.sql} ORDER BY t."title"`;
    return rows.map((r) => r.title.slice(4));
  }

  it('removes taken-down tracks from every search for every caller', async () => {
    // Without a status filter a search returns ACTIVE tracks only (src/catalog/listed-statuses.ts).
    expect(await searchedAs(null)).toEqual(['live']);
    expect(await searchedAs('VIEWER')).toEqual(['live']);
    expect(await searchedAs('EDITOR')).toEqual(['live']);
    expect(await searchedAs('ADMIN')).toEqual(['live']);
    const everyStatus = ['ACTIVE', 'HIDDEN', 'TAKEN_DOWN'];
    expect(await searchedAs(null, everyStatus)).toEqual(['live']);
    expect(await searchedAs('VIEWER', everyStatus)).toEqual(['hidden', 'live']);
  });

  it('shows them only to an EDITOR or ADMIN who asks for TAKEN_DOWN by status', async () => {
    expect(await searchedAs(null, ['TAKEN_DOWN'])).toEqual([]);
    expect(await searchedAs('VIEWER', ['TAKEN_DOWN'])).toEqual([]);
    expect(await searchedAs('VIEWER', ['ACTIVE', 'TAKEN_DOWN'])).toEqual(['live']);
    expect(await searchedAs('EDITOR', ['TAKEN_DOWN'])).toEqual(['takenDown']);
    expect(await searchedAs('ADMIN', ['ACTIVE', 'TAKEN_DOWN'])).toEqual(['live', 'takenDown']);
  });

  it('keeps the demo catalog taken-down tracks out of a VIEWER or EDITOR search', async () => {
    const taken = await tdb.database.prisma.track.count({ where: { status: 'TAKEN_DOWN' } });
    expect(taken).toBeGreaterThan(1);
    for (const role of ['VIEWER', 'EDITOR'] as const) {
      const filter = await searchFilterSql(
        tdb.database.prisma,
        {},
        ['ACTIVE', 'HIDDEN', 'TAKEN_DOWN'],
        [],
        role,
      );
      const [{ n }] = await tdb.database.prisma.$queryRaw<Array<{ n: number }>>`
        SELECT count(*)::int AS n FROM "track_filter_row" e WHERE e."status" = 'TAKEN_DOWN' ${filter.sql}`;
      expect(n).toBe(0);
    }
  });
});

const LICENCE_CHECK = `query ($t: ID!, $ts: [String!]!, $u: LicenceUsage!, $p: PeriodInput, $tier: Int) {
  licenceCheck(trackId: $t, territories: $ts, usage: $u, period: $p, maxPriceTier: $tier) {
    available reasons { side code territory message term { rightsHolder } }
  }
}`;
interface Check {
  available: boolean;
  reasons: Array<{
    side: string;
    code: string;
    territory: string;
    message: string;
    term: { rightsHolder: string } | null;
  }>;
}
async function check(trackId: string, vars: Record<string, unknown>, as?: 'VIEWER') {
  return api.run<{ licenceCheck: Check }>(LICENCE_CHECK, { t: toGlobalId('Track', trackId), ...vars }, as);
}
const brief = (c: Check) =>
  c.reasons.map((r) => `${r.territory} ${r.side} ${r.code} ${r.term?.rightsHolder ?? '-'}`);

describe('licenceCheck', () => {
  let split: string;
  let both: string;
  let tiers: string;
  beforeAll(async () => {
    split = await trackWith('checkSplit', [
      { side: 'MASTER', rightsHolder: 'Label', usages: ['SOCIAL'], territoriesAllow: ['DE'] },
      { side: 'PUBLISHING', rightsHolder: 'Publisher', usages: ['SOCIAL'], territoriesAllow: ['US'] },
    ]);
    both = await trackWith('checkBoth', [
      { rightsHolder: 'Label', usages: ['ONLINE_VIDEO'], worldwide: true, territoriesDeny: ['FR'] },
    ]);
    tiers = await trackWith('checkTiers', [
      {
        side: 'MASTER',
        rightsHolder: 'Label',
        usages: ['ADVERTISING'],
        priceTier: 4,
        validUntil: new Date('2026-03-31T00:00:00.000Z'),
      },
    ]);
  });

  it('says why a track with master for DE only and publishing for US only is cleared in neither', async () => {
    const result = await check(split, {
      ts: ['DE', 'US'],
      u: 'SOCIAL',
      p: { from: '2026-01-01', until: '2026-01-01' },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.licenceCheck.available).toBe(false);
    expect(brief(result.data!.licenceCheck)).toEqual([
      'DE MASTER CLEARED_BY Label',
      'DE PUBLISHING TERRITORY_NOT_COVERED Publisher',
      'US MASTER TERRITORY_NOT_COVERED Label',
      'US PUBLISHING CLEARED_BY Publisher',
    ]);
    expect(result.data!.licenceCheck.reasons[1].message).toMatch(
      /^PUBLISHING side, DE, SOCIAL, 2026-01-01 to 2026-01-01: term \S+ \(Publisher, PUBLISHING\) does not cover DE$/,
    );
  });

  it('names the terms that clear a track, a BOTH term on each side, through the usage tree', async () => {
    const result = await check(both, { ts: ['DE'], u: 'SOCIAL' }, 'VIEWER');
    expect(result.data!.licenceCheck).toMatchObject({ available: true });
    expect(brief(result.data!.licenceCheck)).toEqual([
      'DE MASTER CLEARED_BY Label',
      'DE PUBLISHING CLEARED_BY Label',
    ]);
    const fr = await check(both, { ts: ['FR'], u: 'FILM' });
    expect(brief(fr.data!.licenceCheck)).toEqual([
      'FR MASTER USAGE_NOT_GRANTED Label',
      'FR MASTER TERRITORY_EXCLUDED Label',
      'FR PUBLISHING USAGE_NOT_GRANTED Label',
      'FR PUBLISHING TERRITORY_EXCLUDED Label',
    ]);
  });

  it('reports a missing side, a price tier and a window that does not cover the period', async () => {
    const result = await check(tiers, {
      ts: ['GB'],
      u: 'ADVERTISING_ONLINE',
      p: { from: '2026-03-01', until: '2026-04-30' },
      tier: 2,
    });
    expect(brief(result.data!.licenceCheck)).toEqual([
      'GB MASTER OUTSIDE_WINDOW Label',
      'GB MASTER PRICE_TIER_TOO_HIGH Label',
      'GB PUBLISHING NO_TERM -',
    ]);
    expect(result.data!.licenceCheck.reasons[0].message).toContain(
      'is valid open to 2026-03-31, not the whole period',
    );
  });

  describe('bad input', () => {
    it.each([
      [{ ts: [] }, 'territories must list at least one territory', 'territories'],
      [{ ts: ['XX'] }, 'territories contains an unknown ISO 3166-1 alpha-2 code: "XX"', 'territories'],
      [
        { p: { from: '2026-02-01', until: '2026-01-31' } },
        'period.until (2026-01-31) must not be before period.from (2026-02-01)',
        'period.until',
      ],
      [{ tier: 9 }, 'maxPriceTier must be an integer from 1 to 5, got 9', 'maxPriceTier'],
    ])('rejects %j with BAD_USER_INPUT naming the field', async (vars, message, field) => {
      const result = await check(both, { ts: ['DE'], u: 'SOCIAL', ...vars });
      expect(result.data).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0].message).toBe(message);
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });

    it('answers NOT_FOUND for a track the caller cannot see', async () => {
      await tdb.database.prisma.track.update({ where: { id: tiers }, data: { status: 'HIDDEN' } });
      try {
        const result = await check(tiers, { ts: ['DE'], u: 'SOCIAL' });
        expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
        expect((await check(tiers, { ts: ['DE'], u: 'SOCIAL' }, 'VIEWER')).errors).toBeUndefined();
      } finally {
        await tdb.database.prisma.track.update({ where: { id: tiers }, data: { status: 'ACTIVE' } });
      }
    });
  });
});

describe('a campaign: several territories over a period', () => {
  let ids: string[];
  const period = { from: '2026-06-01', until: '2026-06-30' };
  const day = (s: string) => new Date(`${s}T00:00:00.000Z`);
  beforeAll(async () => {
    ids = [
      await trackWith('allThree', [{ usages: ['ONLINE_VIDEO'], territoriesAllow: ['DE', 'FR', 'US'] }]),
      await trackWith('frEndsDay17', [
        { usages: ['SOCIAL'], territoriesAllow: ['DE', 'US'] },
        {
          rightsHolder: 'FR Holder',
          usages: ['SOCIAL'],
          territoriesAllow: ['FR'],
          validUntil: day('2026-06-17'),
        },
      ]),
      await trackWith('frFromDay2', [
        { usages: ['SOCIAL'], territoriesAllow: ['DE', 'US'] },
        { usages: ['SOCIAL'], territoriesAllow: ['FR'], validFrom: day('2026-06-02') },
      ]),
    ];
  });

  async function cleared(territories: string[], from: string, until: string): Promise<string[]> {
    const use = validateCampaign({
      territories,
      usage: 'SOCIAL',
      period: { from: day(from), until: day(until) },
    });
    const rows = await tdb.database.prisma.$queryRaw<Array<{ title: string }>>`
      SELECT t."title" FROM "track_filter_row" e JOIN "track" t ON t."id" = e."track_id"
      WHERE e."track_id" = ANY(${ids}::uuid[]) AND ${clearanceSql(Prisma.sql`e."track_id"`, use)}
      ORDER BY t."title"`;
    return rows.map((r) => r.title.slice(4));
  }

  it('clears only tracks cleared in all 3 territories for all 30 days', async () => {
    expect(await cleared(['DE', 'FR', 'US'], period.from, period.until)).toEqual(['allThree']);
    expect(await cleared(['DE', 'FR', 'US'], '2026-06-02', '2026-06-17')).toEqual([
      'allThree',
      'frEndsDay17',
      'frFromDay2',
    ]);
    expect(await cleared(['DE', 'US'], period.from, period.until)).toEqual([
      'allThree',
      'frEndsDay17',
      'frFromDay2',
    ]);
  });

  it('has licenceCheck say which territory and term fail, and on what', async () => {
    const result = await check(ids[1], { ts: ['DE', 'FR', 'US'], u: 'SOCIAL', p: period });
    expect(result.data!.licenceCheck.available).toBe(false);
    const failing = result.data!.licenceCheck.reasons.filter((r) => r.code !== 'CLEARED_BY');
    // Terms of equal price tier made in one statement come in no fixed order: compare sorted.
    expect(failing.map((r) => `${r.territory} ${r.side} ${r.code} ${r.term!.rightsHolder}`).sort()).toEqual([
      'FR MASTER OUTSIDE_WINDOW FR Holder',
      'FR MASTER TERRITORY_NOT_COVERED Holder frEndsDay17',
      'FR PUBLISHING OUTSIDE_WINDOW FR Holder',
      'FR PUBLISHING TERRITORY_NOT_COVERED Holder frEndsDay17',
    ]);
    expect(failing.find((r) => r.code === 'OUTSIDE_WINDOW')!.message).toMatch(
      /^MASTER side, FR, SOCIAL, 2026-06-01 to 2026-06-30: term \S+ \(FR Holder, BOTH\) is valid open to 2026-06-17, not the whole period$/,
    );
    const fine = await check(ids[0], { ts: ['DE', 'FR', 'US'], u: 'SOCIAL', p: period });
    expect(fine.data!.licenceCheck.available).toBe(true);
    expect(fine.data!.licenceCheck.reasons.map((r) => r.code)).toEqual(Array(6).fill('CLEARED_BY'));
  });
});

describe('restrictions', () => {
  let ids: string[];
  beforeAll(async () => {
    ids = [
      await trackWith('restrictedDeJune', [{ usages: ['ONLINE_VIDEO'] }]),
      await trackWith('restrictedAds', [{ usages: ['ADVERTISING'] }]),
      await trackWith('unrestricted', [{ usages: ['ONLINE_VIDEO', 'ADVERTISING'] }]),
    ];
    await tdb.database.prisma.licenceRestriction.createMany({
      data: [
        {
          trackId: ids[0],
          reason: 'dispute in DE',
          territories: ['DE'],
          usages: ['SOCIAL'],
          validFrom: new Date('2026-06-01T00:00:00.000Z'),
          validUntil: new Date('2026-06-30T00:00:00.000Z'),
        },
        {
          trackId: ids[1],
          side: 'PUBLISHING',
          reason: 'no broadcast ads',
          territories: [],
          usages: ['ADVERTISING_BROADCAST'],
        },
      ],
    });
  });

  it.each<[Record<string, unknown>, string[]]>([
    [{ territory: 'DE', usage: 'SOCIAL', at: '2026-06-15' }, ['unrestricted']],
    [{ territory: 'DE', usage: 'ONLINE_VIDEO', at: '2026-06-15' }, ['unrestricted']],
    [{ territory: 'DE', usage: 'PODCAST_VIDEO', at: '2026-06-15' }, ['restrictedDeJune', 'unrestricted']],
    [{ territory: 'DE', usage: 'SOCIAL', at: '2026-07-01' }, ['restrictedDeJune', 'unrestricted']],
    [{ territory: 'FR', usage: 'SOCIAL', at: '2026-06-15' }, ['restrictedDeJune', 'unrestricted']],
    [{ territory: 'FR', usage: 'ADVERTISING_BROADCAST', at: '2026-06-15' }, ['unrestricted']],
    [{ territory: 'FR', usage: 'ADVERTISING', at: '2026-06-15' }, ['unrestricted']],
    [{ territory: 'FR', usage: 'ADVERTISING_ONLINE', at: '2026-06-15' }, ['restrictedAds', 'unrestricted']],
  ])('a restriction beats the grants for %j', async (licence, expected) => {
    expect(await available(ids, licence)).toEqual(expected);
  });

  it('has licenceCheck name the restriction that applies', async () => {
    const result = await check(ids[0], {
      ts: ['DE', 'FR'],
      u: 'SOCIAL',
      p: { from: '2026-05-20', until: '2026-06-05' },
    });
    expect(result.data!.licenceCheck.available).toBe(false);
    expect(brief(result.data!.licenceCheck)).toEqual([
      'DE MASTER RESTRICTED -',
      'DE MASTER CLEARED_BY Holder restrictedDeJune',
      'DE PUBLISHING RESTRICTED -',
      'DE PUBLISHING CLEARED_BY Holder restrictedDeJune',
      'FR MASTER CLEARED_BY Holder restrictedDeJune',
      'FR PUBLISHING CLEARED_BY Holder restrictedDeJune',
    ]);
    expect(result.data!.licenceCheck.reasons[0].message).toMatch(
      /: restriction \S+ applies \(dispute in DE\)$/,
    );
    const ads = await check(ids[1], { ts: ['GB'], u: 'ADVERTISING' });
    expect(brief(ads.data!.licenceCheck)).toEqual([
      'GB MASTER CLEARED_BY Holder restrictedAds',
      'GB PUBLISHING RESTRICTED -',
      'GB PUBLISHING CLEARED_BY Holder restrictedAds',
    ]);
  });
});
