import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createApiKey } from '../../src/auth/api-keys.js';
import { loadConfig } from '../../src/config.js';
import type { ApiRole, TrackStatus } from '../../src/generated/prisma/enums.js';
import { toGlobalId } from '../../src/graphql/ids.js';
import { startPlatform, type Platform } from '../../src/server.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

/**
 * The visibility rule (src/catalog/listed-statuses.ts, docs/rights.md) at every entry point that
 * returns tracks in bulk (musicLikeUpload included, with a fresh upload per search), for every caller, on both databases: without a status filter, ACTIVE
 * only; a status filter returns the other statuses to API keys only, and TAKEN_DOWN reaches a
 * search only for an EDITOR or ADMIN.
 */

type Caller = ApiRole | null;
const CALLERS: Caller[] = [null, 'VIEWER', 'EDITOR', 'ADMIN'];
const STATUSES: TrackStatus[] = ['ACTIVE', 'HIDDEN', 'TAKEN_DOWN', 'TRAINING_ONLY'];
const TAG = 'visprobe';
// Two ACTIVE tracks: similarTracks leaves out its seed, and still has an ACTIVE answer.
const TRACKS: Array<{ title: string; status: TrackStatus }> = [
  { title: 'Visprobe seed', status: 'ACTIVE' },
  ...STATUSES.map((status) => ({ title: `Visprobe ${status}`, status })),
];

/** What each kind of entry point should return to `caller` under `requested`. */
function expected(caller: Caller, requested: TrackStatus[] | undefined, search: boolean): TrackStatus[] {
  if (!requested) return ['ACTIVE'];
  if (!caller) return requested.filter((s) => s === 'ACTIVE');
  const reviewer = caller === 'EDITOR' || caller === 'ADMIN';
  return requested.filter((s) => !search || s !== 'TAKEN_DOWN' || reviewer);
}

const titlesOf = (statuses: TrackStatus[], without?: string) =>
  TRACKS.filter((t) => statuses.includes(t.status) && t.title !== without)
    .map((t) => t.title)
    .sort();

const FILTERS: Array<TrackStatus[] | undefined> = [undefined, STATUSES, ...STATUSES.map((s) => [s])];

const features = (frames: number, dim: number, phase: number) => ({
  data: Buffer.from(
    new Float32Array(Array.from({ length: frames * dim }, (_, i) => Math.sin(i * 0.37 + phase))).buffer,
  ).toString('base64'),
  frames,
  dim,
});

interface Page {
  totalCount?: number;
  edges: Array<{ node: { title: string; status: TrackStatus } }>;
}

describe.each(['postgres', 'embedded'] as const)('visibility on %s', (kind) => {
  let tdb: TestDatabase | undefined;
  let dataDir: string | undefined;
  let platform: Platform;
  const keys = {} as Record<ApiRole, string>;
  let seedId: string;
  let videoId: string;
  let clip: string;

  async function gql<T>(caller: Caller, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(platform.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(caller ? { authorization: `Bearer ${keys[caller]}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  }

  beforeAll(async () => {
    if (kind === 'postgres') tdb = await createTestDatabase();
    else dataDir = await mkdtemp(path.join(os.tmpdir(), 'vmr-visibility-'));
    platform = await startPlatform(
      {
        ...loadConfig(),
        databaseUrl: tdb?.url,
        dataDir: dataDir ?? loadConfig().dataDir,
        port: 0,
        inlineWorker: 'off',
        uploads: { ...loadConfig().uploads, anonymous: true },
      },
      { seedDemo: false, log: () => {} },
    );
    // A short clip to search with (musicLikeUpload): a chord and its overtones.
    clip = path.join(dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'vmr-visibility-clip-'))), 'clip.wav');
    execFileSync('ffmpeg', [
      ...['-v', 'error', '-y', '-f', 'lavfi', '-i', 'sine=frequency=220:duration=6'],
      ...['-f', 'lavfi', '-i', 'sine=frequency=331:duration=6', '-filter_complex', 'amix=inputs=2', clip],
    ]);
    const db = platform.db.database.prisma;
    for (const role of ['VIEWER', 'EDITOR', 'ADMIN'] as const) {
      keys[role] = (await createApiKey(db, `visibility ${role.toLowerCase()}`, role)).secret;
    }
    const tag = await db.tag.create({ data: { name: TAG, category: 'MOOD' } });
    for (const [i, t] of TRACKS.entries()) {
      // ACTIVE while its features are embedded; the status changes after, as an editor's would,
      // so the embedding rows' copies must follow the track (track_changed).
      const track = await db.track.create({
        data: { isrc: `QZVIS${String(i + 1).padStart(7, '0')}`, title: t.title, durationSec: 60 },
      });
      await db.trackTag.create({ data: { trackId: track.id, tagId: tag.id, weight: 1 } });
      await gql(
        'ADMIN',
        'mutation ($t: ID!, $f: FeatureInput!) { setTrackAudioFeatures(trackId: $t, features: $f) { id } }',
        { t: toGlobalId('Track', track.id), f: features(3, 128, i) },
      );
      if (t.status !== 'ACTIVE')
        await db.track.update({ where: { id: track.id }, data: { status: t.status } });
      if (i === 0) seedId = toGlobalId('Track', track.id);
    }
    const video = await gql<{ createVideo: { id: string } }>(
      'ADMIN',
      'mutation ($v: CreateVideoInput!) { createVideo(input: $v) { id } }',
      { v: { title: 'Visprobe video', visual: features(2, 1024, 0), audio: features(2, 128, 0) } },
    );
    videoId = video.createVideo.id;
  }, 300_000);

  afterAll(async () => {
    await platform?.stop();
    await tdb?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('copies each track status onto its embedding rows', async () => {
    const rows = await platform.db.database.prisma.$queryRaw<Array<{ title: string; status: string }>>`
      SELECT t."title", e."status"::text AS "status" FROM "track_embedding" e JOIN "track" t ON t."id" = e."track_id"
      WHERE t."title" LIKE 'Visprobe %' AND e."status" <> t."status"`;
    expect(rows).toEqual([]);
  });

  const PAGE = 'totalCount edges { node { title status } }';
  const SEARCH_PAGE = 'edges { node { title status } }';
  const titles = (page: Page) => page.edges.map((e) => e.node.title).sort();

  describe.each(CALLERS.map((c) => [c ?? 'anonymous', c] as const))('as %s', (_, caller) => {
    it.each(FILTERS.map((f) => [f?.join('+') ?? 'no status filter', f] as const))(
      'tracks, trackFacets and Tag.trackCount list the allowed statuses (%s)',
      async (_name, status) => {
        const filter = { tags: { all: [TAG] }, ...(status ? { status } : {}) };
        const allowed = expected(caller, status, false);
        const data = await gql<{
          tracks: Page;
          trackFacets: { tags: Array<{ tag: { name: string }; count: number }> };
          tags: Array<{ name: string; trackCount: number }>;
        }>(
          caller,
          `query ($filter: TrackFilter) {
            tracks(first: 50, filter: $filter) { ${PAGE} }
            trackFacets(filter: $filter) { tags { tag { name } count } }
            tags(category: MOOD) { name trackCount }
          }`,
          { filter },
        );
        expect(titles(data.tracks)).toEqual(titlesOf(allowed));
        expect(data.tracks.totalCount).toBe(titlesOf(allowed).length);
        const facet = data.trackFacets.tags.find((t) => t.tag.name === TAG);
        expect(facet?.count ?? 0).toBe(titlesOf(allowed).length);
        // A count takes no filter: the catalog's ACTIVE tracks, for everyone.
        expect(data.tags.find((t) => t.name === TAG)?.trackCount).toBe(titlesOf(['ACTIVE']).length);
      },
    );

    it.each(FILTERS.map((f) => [f?.join('+') ?? 'no status filter', f] as const))(
      'musicForVideo, similarTracks and searchTracks return the allowed statuses (%s)',
      async (_name, status) => {
        const filter = status ? { status } : null;
        const allowed = expected(caller, status, true);
        const data = await gql<{ musicForVideo: Page; similarTracks: Page; searchTracks: Page }>(
          caller,
          `query ($video: ID!, $seed: ID!, $filter: TrackFilter) {
            musicForVideo(video: { videoId: $video }, filter: $filter, first: 50) { ${SEARCH_PAGE} }
            similarTracks(trackIds: [$seed], filter: $filter, first: 50) { ${SEARCH_PAGE} }
            searchTracks(text: "Visprobe", filter: $filter, first: 50) { ${SEARCH_PAGE} }
          }`,
          { video: videoId, seed: seedId, filter },
        );
        expect(titles(data.musicForVideo)).toEqual(titlesOf(allowed));
        expect(titles(data.similarTracks)).toEqual(titlesOf(allowed, 'Visprobe seed'));
        expect(titles(data.searchTracks)).toEqual(titlesOf(allowed));
      },
    );
  });

  describe.each(CALLERS.map((c) => [c ?? 'anonymous', c] as const))('as %s', (_, caller) => {
    it.each(FILTERS.map((f) => [f?.join('+') ?? 'no status filter', f] as const))(
      'musicLikeUpload returns the allowed statuses (%s)',
      async (_name, status) => {
        const response = await fetch(`${platform.url.replace(/\/graphql$/, '')}/uploads`, {
          method: 'POST',
          headers: caller ? { authorization: `Bearer ${keys[caller]}` } : {},
          body: await readFile(clip),
        });
        expect(response.status).toBe(201);
        const { id } = (await response.json()) as { id: string };
        const data = await gql<{ musicLikeUpload: Page }>(
          caller,
          `query ($id: ID!, $filter: TrackFilter) { musicLikeUpload(uploadId: $id, filter: $filter, first: 50) { ${SEARCH_PAGE} } }`,
          { id, filter: status ? { status } : null },
        );
        expect(titles(data.musicLikeUpload)).toEqual(titlesOf(expected(caller, status, true)));
      },
    );
  });

  it('lists training-only videos only when `videos` names their source', async () => {
    await platform.db.database.prisma.video.create({
      data: { title: 'Visprobe training video', source: 'synthetic', trainingOnly: true },
    });
    const query = `query ($source: String) {
      videos(first: 50, source: $source) { totalCount edges { node { title trainingOnly } } }
    }`;
    type Videos = {
      videos: { totalCount: number; edges: Array<{ node: { title: string; trainingOnly: boolean } }> };
    };
    for (const caller of CALLERS) {
      const all = await gql<Videos>(caller, query);
      expect(all.videos.edges.map((e) => e.node.title)).toEqual(['Visprobe video']);
      expect(all.videos.totalCount).toBe(1);
      const named = await gql<Videos>(caller, query, { source: 'synthetic' });
      expect(named.videos.edges.map((e) => e.node)).toEqual([
        { title: 'Visprobe training video', trainingOnly: true },
      ]);
      expect(named.videos.totalCount).toBe(1);
    }
  });

  it('still fetches a track of any status by id for a key holder, and only ACTIVE ones anonymously', async () => {
    const db = platform.db.database.prisma;
    for (const t of TRACKS) {
      const { id } = await db.track.findFirstOrThrow({ where: { title: t.title } });
      const query = 'query ($id: ID!) { track(id: $id) { title } node(id: $id) { id } }';
      const variables = { id: toGlobalId('Track', id) };
      const anonymous = await gql<{ track: { title: string } | null }>(null, query, variables);
      expect(anonymous.track?.title ?? null).toBe(t.status === 'ACTIVE' ? t.title : null);
      for (const role of ['VIEWER', 'EDITOR', 'ADMIN'] as const) {
        const keyed = await gql<{ track: { title: string } | null }>(role, query, variables);
        expect(keyed.track?.title).toBe(t.title);
      }
    }
  });
});
