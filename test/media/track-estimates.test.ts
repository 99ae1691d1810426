import { applyAudioEstimates, type AudioEstimatesInput } from '../../src/catalog/track-estimates.js';
import { createTrack } from '../../src/catalog/tracks.js';
import { toGlobalId } from '../../src/graphql/ids.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createTestApi, type TestApi } from '../support/graphql.js';

// Estimates from audio fill a track's fields unless an editor set them, each marked estimated
// with its confidence (src/catalog/track-estimates.ts); editors take a field over with
// updateTrack and hand it back with null.

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

const analysis: AudioEstimatesInput = {
  durationS: 183.2504,
  bpm: { value: 121.5, confidence: 0.91 },
  key: { tonic: 'F#', mode: 'MINOR', confidence: 0.62 },
  loudnessLufs: { value: -14.2, confidence: 0.95 },
};
const at = new Date('2026-12-02T01:00:00.000Z');

const TRACK = `query ($id: ID!) { node(id: $id) { ... on Track {
  durationSec bpm key mode loudness estimates { field value confidence frontEnd estimatedAt } } } }`;
async function trackView(id: string) {
  const result = await api.run<{ node: Record<string, unknown> }>(
    TRACK,
    { id: toGlobalId('Track', id) },
    'VIEWER',
  );
  expect(result.errors).toBeUndefined();
  return result.data!.node;
}
const UPDATE = `mutation ($id: ID!, $input: UpdateTrackInput!) { updateTrack(id: $id, input: $input) { id } }`;

describe('applyAudioEstimates', () => {
  it('fills every field but the ones an editor gave createTrack, and marks each estimated with its confidence', async () => {
    const track = await createTrack(tdb.database.prisma, {
      isrc: 'QZES52600001',
      title: 'Estimated',
      durationSec: 180,
      bpm: 100,
    });
    await applyAudioEstimates(tdb.database.prisma, track.id, analysis, { frontEnd: 'vmr-logmel@1', now: at });
    expect(await trackView(track.id)).toEqual({
      durationSec: 183.25,
      bpm: 100,
      key: 'F#',
      mode: 'MINOR',
      loudness: -14.2,
      estimates: [
        {
          field: 'DURATION_SEC',
          value: '183.25',
          confidence: 1,
          frontEnd: 'vmr-logmel@1',
          estimatedAt: at.toISOString(),
        },
        {
          field: 'KEY',
          value: 'F#',
          confidence: 0.62,
          frontEnd: 'vmr-logmel@1',
          estimatedAt: at.toISOString(),
        },
        {
          field: 'MODE',
          value: 'MINOR',
          confidence: 0.62,
          frontEnd: 'vmr-logmel@1',
          estimatedAt: at.toISOString(),
        },
        {
          field: 'LOUDNESS',
          value: '-14.2',
          confidence: 0.95,
          frontEnd: 'vmr-logmel@1',
          estimatedAt: at.toISOString(),
        },
      ],
    });
  });

  it('keeps a field an editor set with updateTrack over later ingests, and hands it back on null', async () => {
    const track = await createTrack(tdb.database.prisma, {
      isrc: 'QZES52600002',
      title: 'Edited',
      durationSec: 60,
    });
    const db = tdb.database.prisma;
    await applyAudioEstimates(db, track.id, analysis, { now: at });
    expect((await trackView(track.id)).estimates).toHaveLength(5);

    // The editor corrects the key: it stops being an estimate, and a new ingest leaves it.
    let edit = await api.run(UPDATE, { id: toGlobalId('Track', track.id), input: { key: 'A' } }, 'EDITOR');
    expect(edit.errors).toBeUndefined();
    expect((await trackView(track.id)).estimates).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ field: 'KEY' })]),
    );
    await applyAudioEstimates(
      db,
      track.id,
      { ...analysis, key: { tonic: 'C', mode: 'MAJOR', confidence: 0.8 } },
      { now: at },
    );
    let view = await trackView(track.id);
    expect({ key: view.key, mode: view.mode }).toEqual({ key: 'A', mode: 'MAJOR' });
    expect((view.estimates as Array<{ field: string }>).map((e) => e.field)).toEqual([
      'DURATION_SEC',
      'BPM',
      'MODE',
      'LOUDNESS',
    ]);

    // Clearing bpm hands it back to the estimates.
    edit = await api.run(UPDATE, { id: toGlobalId('Track', track.id), input: { bpm: 90 } }, 'EDITOR');
    await applyAudioEstimates(db, track.id, analysis, { now: at });
    expect((await trackView(track.id)).bpm).toBe(90);
    edit = await api.run(UPDATE, { id: toGlobalId('Track', track.id), input: { bpm: null } }, 'EDITOR');
    expect(edit.errors).toBeUndefined();
    await applyAudioEstimates(db, track.id, analysis, { now: at });
    view = await trackView(track.id);
    expect(view.bpm).toBe(121.5);
    expect(view.estimates).toContainEqual(
      expect.objectContaining({ field: 'BPM', value: '121.5', confidence: 0.91 }),
    );
  });

  it('clears an earlier estimate that new audio cannot support (no pulse: no bpm)', async () => {
    const track = await createTrack(tdb.database.prisma, {
      isrc: 'QZES52600003',
      title: 'Drone',
      durationSec: 60,
    });
    await applyAudioEstimates(tdb.database.prisma, track.id, analysis, { now: at });
    await applyAudioEstimates(
      tdb.database.prisma,
      track.id,
      { ...analysis, bpm: null, key: null },
      { now: at },
    );
    const view = await trackView(track.id);
    expect({ bpm: view.bpm, key: view.key, mode: view.mode }).toEqual({ bpm: null, key: null, mode: null });
    expect((view.estimates as Array<{ field: string }>).map((e) => e.field)).toEqual([
      'DURATION_SEC',
      'LOUDNESS',
    ]);
  });

  it('works inside a caller’s transaction, and writes nothing when that transaction fails', async () => {
    const db = tdb.database.prisma;
    const track = await createTrack(db, { isrc: 'QZES52600004', title: 'Rolled back', durationSec: 60 });
    await expect(
      db.$transaction(async (tx) => {
        await applyAudioEstimates(tx, track.id, analysis, { now: at });
        throw new Error('the ingest failed after the estimates');
      }),
    ).rejects.toThrow('the ingest failed after the estimates');
    const row = await db.track.findUniqueOrThrow({ where: { id: track.id } });
    expect({ bpm: row.bpm, durationSec: row.durationSec, estimates: row.estimates }).toEqual({
      bpm: null,
      durationSec: 60,
      estimates: {},
    });
  });
});

describe('estimates: bad input', () => {
  it('names a missing track NOT_FOUND', async () => {
    await expect(
      applyAudioEstimates(tdb.database.prisma, '00000000-0000-4000-8000-000000000000', analysis),
    ).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });

  it('refuses a loudness out of range from an editor, naming the field', async () => {
    const track = await createTrack(tdb.database.prisma, {
      isrc: 'QZES52600005',
      title: 'Loud',
      durationSec: 60,
    });
    const result = await api.run(
      UPDATE,
      { id: toGlobalId('Track', track.id), input: { loudness: 20 } },
      'EDITOR',
    );
    expect(
      result.errors?.map((e) => ({
        message: e.message,
        code: e.extensions?.code,
        field: e.extensions?.field,
      })),
    ).toEqual([
      {
        message: 'input.loudness must be between -70 and 5, got 20',
        code: 'BAD_USER_INPUT',
        field: 'input.loudness',
      },
    ]);
  });

  it('leaves out estimates a track cannot hold (a tempo outside 1–400 BPM)', async () => {
    const track = await createTrack(tdb.database.prisma, {
      isrc: 'QZES52600006',
      title: 'Fast',
      durationSec: 60,
    });
    await applyAudioEstimates(tdb.database.prisma, track.id, {
      ...analysis,
      bpm: { value: 900, confidence: 0.5 },
    });
    expect((await trackView(track.id)).bpm).toBeNull();
  });
});
