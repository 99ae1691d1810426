import { readFileSync } from 'node:fs';
import type { ApiRole } from '../../src/generated/prisma/enums.js';
import { toGlobalId } from '../../src/graphql/ids.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { codes, createTestApi, type TestApi } from '../support/graphql.js';

let tdb: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  tdb = await createTestDatabase();
  api = await createTestApi(tdb.database);
  // Catalog media for attachTrackAudio and createVideoFromUpload (no worker runs its jobs here).
  await tdb.database.prisma.upload.create({
    data: {
      id: UPLOAD_ID,
      purpose: 'CATALOG',
      sha256: 'a'.repeat(64),
      size: 1n,
      mime: 'audio/ogg',
      path: '/nonexistent.ogg',
    },
  });
});
const UPLOAD_ID = '5e1f7b1e-0000-4000-8000-000000000001';
afterAll(async () => {
  await api.stop();
  await tdb.drop();
});

/** Row counts of every catalog table: "nothing written" means this snapshot is unchanged. */
async function snapshot(): Promise<Record<string, number | string | null>> {
  const p = tdb.database.prisma;
  return {
    tracks: await p.track.count(),
    artists: await p.artist.count(),
    tags: await p.tag.count(),
    trackTags: await p.trackTag.count(),
    credits: await p.trackArtist.count(),
    licences: await p.licenceTerm.count(),
    restrictions: await p.licenceRestriction.count(),
    holdings: await p.rightsHolding.count(),
    parties: await p.rightsParty.count(),
    audit: await p.auditLog.count(),
    features: await p.mediaFeature.count(),
    videos: await p.video.count(),
    pairs: await p.videoMusicPair.count(),
    ingestJobs: await p.ingestJob.count(),
    keys: await p.apiKey.count(),
    runs: await p.trainingRun.count({ where: { status: 'QUEUED' } }),
    active: (await p.modelVersion.findFirst({ where: { status: 'ACTIVE' } }))?.id ?? null,
  };
}

let isrcSeq = 100;
const nextIsrc = () => `GBABC26${String((isrcSeq += 1)).padStart(5, '0')}`;

/** One frame of zeros: valid features of any dimension (UINT8, base64). */
const zeros = (dim: number) => ({
  data: Buffer.alloc(dim).toString('base64'),
  frames: 1,
  dim,
  dtype: 'UINT8',
});

async function makeTrack(): Promise<{
  trackId: string;
  artistId: string;
  tagId: string;
  licenceId: string;
  videoId: string;
  restrictionId: string;
  partyId: string;
}> {
  const p = tdb.database.prisma;
  const artist = await p.artist.create({ data: { name: `Artist ${isrcSeq}` } });
  const tag = await p.tag.create({ data: { name: `Tag ${isrcSeq}`, category: 'MOOD' } });
  const track = await p.track.create({ data: { isrc: nextIsrc(), title: 'Seed', durationSec: 100 } });
  const licence = await p.licenceTerm.create({
    data: { trackId: track.id, rightsHolder: 'R', usages: ['SOCIAL'], worldwide: true },
  });
  // Features on both sides, so that a pair between them may be added.
  const video = await p.video.create({ data: { title: `Video ${isrcSeq}` } });
  const feature = (dim: number) => ({
    extractor: 'test',
    dim,
    frames: 1,
    dtype: 'UINT8' as const,
    data: new Uint8Array(dim),
  });
  await p.mediaFeature.create({ data: { ...feature(1024), kind: 'VISUAL', videoId: video.id } });
  await p.mediaFeature.create({ data: { ...feature(128), kind: 'AUDIO', trackId: track.id } });
  const restriction = await p.licenceRestriction.create({ data: { trackId: track.id, reason: 'Seed' } });
  const party = await p.rightsParty.create({ data: { name: `Party ${isrcSeq}` } });
  return {
    restrictionId: toGlobalId('LicenceRestriction', restriction.id),
    partyId: toGlobalId('RightsParty', party.id),
    videoId: toGlobalId('Video', video.id),
    trackId: toGlobalId('Track', track.id),
    artistId: toGlobalId('Artist', artist.id),
    tagId: toGlobalId('Tag', tag.id),
    licenceId: toGlobalId('LicenceTerm', licence.id),
  };
}

type Ids = Awaited<ReturnType<typeof makeTrack>>;
const LICENCE = { rightsHolder: 'Acme', usages: ['SOCIAL'], worldwide: true };
// A DDEX message whose releases the catalog lacks: it changes no row, yet is only an EDITOR's.
const DDEX_MESSAGE = readFileSync(new URL('../fixtures/ddex/new-release.xml', import.meta.url), 'utf8');

/** Every mutation, with arguments that succeed for a sufficiently privileged caller. */
const MUTATIONS: Array<{
  name: string;
  minRole: ApiRole;
  query: string;
  vars: (ids: Ids) => Record<string, unknown>;
}> = [
  {
    name: 'createTrack',
    minRole: 'EDITOR',
    query: 'mutation ($i: CreateTrackInput!) { createTrack(input: $i) { id } }',
    vars: () => ({ i: { isrc: nextIsrc(), title: 'New', durationSec: 120 } }),
  },
  {
    name: 'updateTrack',
    minRole: 'EDITOR',
    query: 'mutation ($id: ID!) { updateTrack(id: $id, input: { title: "Renamed" }) { id } }',
    vars: (ids) => ({ id: ids.trackId }),
  },
  {
    name: 'deleteTrack',
    minRole: 'EDITOR',
    query: 'mutation ($id: ID!) { deleteTrack(id: $id) }',
    vars: (ids) => ({ id: ids.trackId }),
  },
  {
    name: 'setTrackTags',
    minRole: 'EDITOR',
    query: 'mutation ($id: ID!, $t: ID!) { setTrackTags(trackId: $id, tags: [{ tagId: $t }]) { id } }',
    vars: (ids) => ({ id: ids.trackId, t: ids.tagId }),
  },
  {
    name: 'createArtist',
    minRole: 'EDITOR',
    query: 'mutation { createArtist(input: { name: "New Artist" }) { id } }',
    vars: () => ({}),
  },
  {
    name: 'updateArtist',
    minRole: 'EDITOR',
    query: 'mutation ($id: ID!) { updateArtist(id: $id, input: { name: "Renamed" }) { id } }',
    vars: (ids) => ({ id: ids.artistId }),
  },
  {
    name: 'deleteArtist',
    minRole: 'EDITOR',
    query: 'mutation ($id: ID!) { deleteArtist(id: $id) }',
    vars: (ids) => ({ id: ids.artistId }),
  },
  {
    name: 'createTag',
    minRole: 'EDITOR',
    query: 'mutation ($n: String!) { createTag(input: { name: $n, category: GENRE }) { id } }',
    vars: () => ({ n: `Genre ${isrcSeq++}` }),
  },
  {
    name: 'updateTag',
    minRole: 'EDITOR',
    query: 'mutation ($id: ID!, $n: String!) { updateTag(id: $id, input: { name: $n }) { id } }',
    vars: (ids) => ({ id: ids.tagId, n: `Renamed ${isrcSeq++}` }),
  },
  {
    name: 'deleteTag',
    minRole: 'EDITOR',
    query: 'mutation ($id: ID!) { deleteTag(id: $id) }',
    vars: (ids) => ({ id: ids.tagId }),
  },
  {
    name: 'createLicenceTerm',
    minRole: 'EDITOR',
    query: 'mutation ($id: ID!, $i: LicenceTermInput!) { createLicenceTerm(trackId: $id, input: $i) { id } }',
    vars: (ids) => ({ id: ids.trackId, i: LICENCE }),
  },
  {
    name: 'updateLicenceTerm',
    minRole: 'EDITOR',
    query: 'mutation ($id: ID!, $i: LicenceTermInput!) { updateLicenceTerm(id: $id, input: $i) { id } }',
    vars: (ids) => ({ id: ids.licenceId, i: LICENCE }),
  },
  {
    name: 'deleteLicenceTerm',
    minRole: 'EDITOR',
    query: 'mutation ($id: ID!) { deleteLicenceTerm(id: $id) }',
    vars: (ids) => ({ id: ids.licenceId }),
  },
  {
    name: 'createLicenceRestriction',
    minRole: 'EDITOR',
    query:
      'mutation ($id: ID!) { createLicenceRestriction(trackId: $id, input: { reason: "Dispute", territories: ["DE"] }) { id } }',
    vars: (ids) => ({ id: ids.trackId }),
  },
  {
    name: 'updateLicenceRestriction',
    minRole: 'EDITOR',
    query: 'mutation ($id: ID!) { updateLicenceRestriction(id: $id, input: { reason: "Settled" }) { id } }',
    vars: (ids) => ({ id: ids.restrictionId }),
  },
  {
    name: 'deleteLicenceRestriction',
    minRole: 'EDITOR',
    query: 'mutation ($id: ID!) { deleteLicenceRestriction(id: $id) }',
    vars: (ids) => ({ id: ids.restrictionId }),
  },
  {
    name: 'createRightsParty',
    minRole: 'EDITOR',
    query: 'mutation ($n: String!) { createRightsParty(input: { name: $n }) { id } }',
    vars: () => ({ n: `New party ${isrcSeq++}` }),
  },
  {
    name: 'setRightsHoldings',
    minRole: 'EDITOR',
    query:
      'mutation ($id: ID!, $p: ID!) { setRightsHoldings(trackId: $id, side: MASTER, holdings: [{ partyId: $p, share: 100 }]) { share } }',
    vars: (ids) => ({ id: ids.trackId, p: ids.partyId }),
  },
  {
    name: 'importDdexDeals',
    minRole: 'EDITOR',
    query: 'mutation ($x: String!) { importDdexDeals(xml: $x) { releases } }',
    vars: () => ({ x: DDEX_MESSAGE }),
  },
  {
    name: 'setTrackAudioFeatures',
    minRole: 'EDITOR',
    query:
      'mutation ($id: ID!, $f: FeatureInput!) { setTrackAudioFeatures(trackId: $id, features: $f) { id } }',
    vars: (ids) => ({ id: ids.trackId, f: zeros(128) }),
  },
  {
    name: 'clearTrackAudioFeatures',
    minRole: 'EDITOR',
    query: 'mutation ($id: ID!) { clearTrackAudioFeatures(trackId: $id) { id } }',
    vars: (ids) => ({ id: ids.trackId }),
  },
  {
    name: 'attachTrackAudio',
    minRole: 'EDITOR',
    query: 'mutation ($id: ID!, $u: ID!) { attachTrackAudio(trackId: $id, uploadId: $u) { id status } }',
    vars: (ids) => ({ id: ids.trackId, u: UPLOAD_ID }),
  },
  {
    name: 'ingestAudio',
    minRole: 'EDITOR',
    query: 'mutation ($u: ID!) { ingestAudio(uploadId: $u) { id status } }',
    vars: () => ({ u: UPLOAD_ID }),
  },
  {
    name: 'createVideoFromUpload',
    minRole: 'EDITOR',
    query: 'mutation ($u: ID!) { createVideoFromUpload(uploadId: $u, text: { title: "Up" }) { id status } }',
    vars: () => ({ u: UPLOAD_ID }),
  },
  {
    name: 'createVideo',
    minRole: 'EDITOR',
    query: 'mutation ($f: FeatureInput!) { createVideo(input: { title: "New", visual: $f }) { id } }',
    vars: () => ({ f: zeros(1024) }),
  },
  {
    name: 'updateVideo',
    minRole: 'EDITOR',
    query: 'mutation ($id: ID!) { updateVideo(id: $id, input: { captions: "changed" }) { id } }',
    vars: (ids) => ({ id: ids.videoId }),
  },
  {
    name: 'deleteVideo',
    minRole: 'EDITOR',
    query: 'mutation ($id: ID!) { deleteVideo(id: $id) }',
    vars: (ids) => ({ id: ids.videoId }),
  },
  {
    name: 'addTrainingPairs',
    minRole: 'EDITOR',
    query:
      'mutation ($v: ID!, $t: ID!) { addTrainingPairs(pairs: [{ videoId: $v, trackId: $t }]) { added } }',
    vars: (ids) => ({ v: ids.videoId, t: ids.trackId }),
  },
  {
    name: 'removeTrainingPairs',
    minRole: 'EDITOR',
    query:
      'mutation ($v: ID!, $t: ID!) { removeTrainingPairs(pairs: [{ videoId: $v, trackId: $t }]) { removed } }',
    vars: (ids) => ({ v: ids.videoId, t: ids.trackId }),
  },
  {
    name: 'importTracks',
    minRole: 'EDITOR',
    query: 'mutation ($d: String!) { importTracks(format: JSONL, data: $d) { created } }',
    vars: () => ({ d: JSON.stringify({ isrc: nextIsrc(), title: 'Imported', durationSec: 90 }) }),
  },
  {
    name: 'createApiKey',
    minRole: 'ADMIN',
    query: 'mutation { createApiKey(name: "ci", role: VIEWER) { secret } }',
    vars: () => ({}),
  },
  {
    name: 'revokeApiKey',
    minRole: 'ADMIN',
    query: 'mutation ($id: ID!) { revokeApiKey(id: $id) { revokedAt } }',
    vars: () => ({ id: '' }),
  },
  {
    name: 'startTraining',
    minRole: 'ADMIN',
    query: 'mutation { startTraining(input: { epochs: 1 }) { id } }',
    vars: () => ({}),
  },
  {
    name: 'cancelTraining',
    minRole: 'ADMIN',
    query: 'mutation ($id: ID!) { cancelTraining(id: $id) { status } }',
    vars: () => ({ id: '' }),
  },
  {
    name: 'activateModel',
    minRole: 'ADMIN',
    query: 'mutation ($id: ID!) { activateModel(id: $id) { status } }',
    vars: () => ({ id: '' }),
  },
  {
    name: 'rollbackModel',
    minRole: 'ADMIN',
    query: 'mutation { rollbackModel { status } }',
    vars: () => ({}),
  },
];

/** A model version with one embedding, so that it may be activated. */
async function embeddedVersion(status: 'READY' | 'ACTIVE' | 'RETIRED', trackId: string): Promise<string> {
  const prisma = tdb.database.prisma;
  const version = await prisma.modelVersion.create({
    data: {
      version: `v${isrcSeq++}`,
      dim: 256,
      path: 'default',
      manifest: {},
      status,
      activatedAt: status === 'READY' ? null : new Date(),
    },
  });
  const { upsertEmbeddings } = await import('../../src/db/vectors.js');
  await upsertEmbeddings(prisma, version.id, [
    { trackId, embedding: Array.from({ length: 256 }, (_, i) => Math.cos(i)) },
  ]);
  return version.id;
}

/** Puts the training and model tables in the state each training mutation needs to succeed. */
async function prepareTraining(
  name: string,
  trackGlobalId: string,
  v: Record<string, unknown>,
): Promise<void> {
  const prisma = tdb.database.prisma;
  await prisma.trainingRun.updateMany({
    where: { status: { in: ['QUEUED', 'RUNNING'] } },
    data: { status: 'CANCELLED' },
  });
  const trackId = Buffer.from(trackGlobalId, 'base64url').toString().split(':')[1];
  if (name === 'cancelTraining') {
    const run = await prisma.trainingRun.create({ data: { input: {}, totalEpochs: 1 } });
    v.id = toGlobalId('TrainingRun', run.id);
  } else if (name === 'activateModel') {
    v.id = toGlobalId('ModelVersion', await embeddedVersion('READY', trackId));
  } else if (name === 'rollbackModel') {
    await prisma.modelVersion.updateMany({ where: { status: 'ACTIVE' }, data: { status: 'RETIRED' } });
    await embeddedVersion('RETIRED', trackId);
    await embeddedVersion('ACTIVE', trackId);
  }
}

const RANK: Record<ApiRole, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };

describe('role checks', () => {
  it('covers every mutation in the schema', async () => {
    const result = await api.run<{ __type: { fields: Array<{ name: string }> } }>(
      '{ __type(name: "Mutation") { fields { name } } }',
    );
    expect(result.data!.__type.fields.map((f) => f.name).sort()).toEqual(MUTATIONS.map((m) => m.name).sort());
  });

  describe.each(MUTATIONS)('$name', ({ name, minRole, query, vars }) => {
    const varsFor = async () => {
      const ids = await makeTrack();
      const v = vars(ids);
      if (name === 'revokeApiKey') {
        const key = await tdb.database.prisma.apiKey.create({
          data: { name: 'victim', role: 'VIEWER', prefix: `p${isrcSeq++}`, keyHash: `h${isrcSeq++}` },
        });
        v.id = toGlobalId('ApiKey', key.id);
      }
      if (['startTraining', 'cancelTraining', 'activateModel', 'rollbackModel'].includes(name))
        await prepareTraining(name, ids.trackId, v);
      return v;
    };

    it('is refused to anonymous callers with UNAUTHENTICATED, writing nothing', async () => {
      const v = await varsFor();
      const before = await snapshot();
      const result = await api.run(query, v);
      expect(codes(result)).toEqual(['UNAUTHENTICATED']);
      expect(await snapshot()).toEqual(before);
    });

    it.each(['VIEWER', 'EDITOR', 'ADMIN'] as const)(
      'as %s: allowed only at or above the required role',
      async (role) => {
        const v = await varsFor();
        const before = await snapshot();
        const result = await api.run(query, v, role);
        if (RANK[role] >= RANK[minRole]) {
          expect(result.errors).toBeUndefined();
        } else {
          expect(codes(result)).toEqual(['FORBIDDEN']);
          expect(await snapshot()).toEqual(before);
        }
      },
    );
  });
});

describe('editing the catalog', () => {
  it('creates a track with credits and tags, then reads it back', async () => {
    const artist = await api.run<{ createArtist: { id: string } }>(
      'mutation { createArtist(input: { name: "Wren Berg", country: "se" }) { id } }',
      {},
      'EDITOR',
    );
    const result = await api.run(
      `mutation ($i: CreateTrackInput!) { createTrack(input: $i) { isrc title bpm key mode artists { name country } tags { name category } tagWeights { weight } status } }`,
      {
        i: {
          isrc: 'se-abc-26-00001',
          title: ' Northern Lights ',
          durationSec: 201.5,
          bpm: 96,
          key: 'Bb',
          mode: 'MINOR',
          credits: [{ artistId: artist.data!.createArtist.id }],
          tags: [{ name: 'Nordic', category: 'THEME', weight: 0.5 }],
        },
      },
      'EDITOR',
    );
    expect(result).toEqual({
      data: {
        createTrack: {
          isrc: 'SEABC2600001',
          title: 'Northern Lights',
          bpm: 96,
          key: 'A#',
          mode: 'MINOR',
          status: 'ACTIVE',
          artists: [{ name: 'Wren Berg', country: 'SE' }],
          tags: [{ name: 'Nordic', category: 'THEME' }],
          tagWeights: [{ weight: 0.5 }],
        },
      },
    });
  });

  it('updates only the given fields and clears explicit nulls', async () => {
    const ids = await makeTrack();
    await api.run(
      'mutation ($id: ID!) { updateTrack(id: $id, input: { bpm: 120, key: "E" }) { id } }',
      { id: ids.trackId },
      'EDITOR',
    );
    const result = await api.run(
      'mutation ($id: ID!) { updateTrack(id: $id, input: { bpm: null, title: "Kept?" }) { title bpm key } }',
      { id: ids.trackId },
      'EDITOR',
    );
    expect(result).toEqual({ data: { updateTrack: { title: 'Kept?', bpm: null, key: 'E' } } });
  });

  it("replaces a track's tags with setTrackTags", async () => {
    const ids = await makeTrack();
    await api.run(
      'mutation ($id: ID!, $t: ID!) { setTrackTags(trackId: $id, tags: [{ tagId: $t }]) { id } }',
      { id: ids.trackId, t: ids.tagId },
      'EDITOR',
    );
    const result = await api.run(
      'mutation ($id: ID!) { setTrackTags(trackId: $id, tags: [{ name: "Chill", category: MOOD, weight: 0.3 }]) { tagWeights { tag { name } weight } } }',
      { id: ids.trackId },
      'EDITOR',
    );
    expect(result).toEqual({
      data: { setTrackTags: { tagWeights: [{ tag: { name: 'Chill' }, weight: 0.3 }] } },
    });
  });

  it('creates an API key that then authenticates with its role, and revokes it', async () => {
    const created = await api.run<{ createApiKey: { secret: string; apiKey: { id: string; role: string } } }>(
      'mutation { createApiKey(name: "frontend", role: VIEWER) { secret apiKey { id role } } }',
      {},
      'ADMIN',
    );
    const { secret, apiKey } = created.data!.createApiKey;
    expect(secret).toMatch(/^vmr_[0-9a-f]{8}_/);
    const stored = await tdb.database.prisma.apiKey.findFirstOrThrow({ where: { name: 'frontend' } });
    expect(stored.keyHash).not.toContain(secret.slice(14));
    await api.run('mutation ($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id: apiKey.id }, 'ADMIN');
    const { createContext } = await import('../../src/graphql/context.js');
    await expect(createContext(tdb.database, api.config, api.services, `Bearer ${secret}`)).rejects.toThrow(
      'The API key is unknown or revoked',
    );
  });
});

describe('bad input writes nothing', () => {
  const create = 'mutation ($i: CreateTrackInput!) { createTrack(input: $i) { id } }';
  const base = { title: 'T', durationSec: 100 };
  it.each([
    [
      'a malformed ISRC',
      create,
      () => ({ i: { ...base, isrc: 'XX-1' } }),
      'BAD_USER_INPUT',
      'input.isrc is not a valid ISRC (CC-XXX-YY-NNNNN): "XX-1"',
    ],
    [
      'a negative BPM',
      create,
      () => ({ i: { ...base, isrc: nextIsrc(), bpm: -5 } }),
      'BAD_USER_INPUT',
      'input.bpm must be between 1 and 400, got -5',
    ],
    [
      'an unknown key',
      create,
      () => ({ i: { ...base, isrc: nextIsrc(), key: 'Q' } }),
      'BAD_USER_INPUT',
      'input.key is not a musical key (C, C#, Db, ... B): "Q"',
    ],
    [
      'an unknown artist id',
      create,
      () => ({
        i: {
          ...base,
          isrc: nextIsrc(),
          credits: [{ artistId: toGlobalId('Artist', '00000000-0000-4000-8000-000000000000') }],
        },
      }),
      'NOT_FOUND',
      'Artist 00000000-0000-4000-8000-000000000000 does not exist',
    ],
    [
      'a malformed id',
      'mutation { deleteTrack(id: "garbage") }',
      () => ({}),
      'BAD_USER_INPUT',
      'id is not a valid id: "garbage"',
    ],
    [
      'an id of the wrong type',
      'mutation ($id: ID!) { deleteTrack(id: $id) }',
      () => ({ id: toGlobalId('Artist', '00000000-0000-4000-8000-000000000000') }),
      'BAD_USER_INPUT',
      'id must be a Track id, got a Artist id',
    ],
    [
      'an unknown track id',
      'mutation ($id: ID!) { deleteTrack(id: $id) }',
      () => ({ id: toGlobalId('Track', '00000000-0000-4000-8000-000000000000') }),
      'NOT_FOUND',
      'Track 00000000-0000-4000-8000-000000000000 does not exist',
    ],
  ])('rejects %s', async (_, query, vars, code, message) => {
    const before = await snapshot();
    const result = await api.run(query, vars(), 'EDITOR');
    expect(codes(result)).toEqual([code]);
    expect(result.errors![0].message).toBe(message);
    expect(await snapshot()).toEqual(before);
  });

  it('rejects a duplicate ISRC with CONFLICT', async () => {
    const isrc = nextIsrc();
    await api.run(create, { i: { ...base, isrc } }, 'EDITOR');
    const before = await snapshot();
    const result = await api.run(create, { i: { ...base, isrc } }, 'EDITOR');
    expect(codes(result)).toEqual(['CONFLICT']);
    expect(await snapshot()).toEqual(before);
  });

  const licence =
    'mutation ($id: ID!, $i: LicenceTermInput!) { createLicenceTerm(trackId: $id, input: $i) { id } }';
  it.each([
    [
      'an unknown territory',
      { ...LICENCE, worldwide: false, territoriesAllow: ['US', 'XX'] },
      'input.territoriesAllow contains an unknown ISO 3166-1 alpha-2 code: "XX"',
    ],
    [
      'worldwide plus an allow list',
      { ...LICENCE, territoriesAllow: ['US'] },
      'input.territoriesAllow must be empty when worldwide is true (use territoriesDeny to carve out)',
    ],
    [
      'a deal that covers nowhere',
      { ...LICENCE, worldwide: false },
      'input.territoriesAllow must list at least one territory unless worldwide is true',
    ],
    [
      'an inverted validity window',
      { ...LICENCE, validFrom: '2026-01-01', validUntil: '2025-01-01' },
      'input.validFrom must not be after validUntil',
    ],
    [
      'a price tier out of range',
      { ...LICENCE, priceTier: 9 },
      'input.priceTier must be an integer from 1 to 5, got 9',
    ],
    ['no usages', { ...LICENCE, usages: [] }, 'input.usages must list at least one usage'],
  ])('rejects a licence with %s', async (_, input, message) => {
    const ids = await makeTrack();
    const before = await snapshot();
    const result = await api.run(licence, { id: ids.trackId, i: input }, 'EDITOR');
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].message).toBe(message);
    expect(await snapshot()).toEqual(before);
  });
});
