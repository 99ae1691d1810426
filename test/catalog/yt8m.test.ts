/** @jest-environment ./test/ml/support/ort-environment.cjs */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importYt8mFiles, parseYt8mVocabulary, yt8mIsrc, yt8mSplit } from '../../src/catalog/yt8m-import.js';
import { featureSequenceOf } from '../../src/catalog/features.js';
import { normalizeIsrc } from '../../src/catalog/validation.js';
import { loadDatasetFromDb } from '../../src/jobs/dataset-from-db.js';
import { resolveTrainingInput } from '../../src/jobs/training-input.js';
import { TfRecordError, writeYt8mFrameFile, type Yt8mFrameRecord } from '../../src/ml/index.js';
import { dequantizeYt8m } from '../../src/ml/features/feature-sequence.js';
import { Rng } from '../../src/ml/util/rng.js';
import { train } from '../../src/ml/train/trainer.js';
import { SMALL_MODEL } from '../ml/support/small-setup.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const RECORDS = 500;

function randomRecords(seed: number, count: number, prefix: string): Yt8mFrameRecord[] {
  const rng = new Rng(seed);
  const bytes = (n: number) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = rng.int(256);
    return out;
  };
  return Array.from({ length: count }, (_, i) => {
    const frames = 2 + rng.int(4);
    return {
      id: `${prefix}${i.toString(36).padStart(4, '0')}`,
      labels: [rng.int(4), 4 + rng.int(3)],
      frames,
      rgb: bytes(frames * 1024),
      audio: bytes(frames * 128),
    };
  });
}

const VOCABULARY = `Index,TrainVideoCount,KnowledgeGraphId,Name,WikiUrl,Vertical1,Vertical2,Vertical3,WikiDescription
0,378135,/m/03bt1gh,Game,https://en.wikipedia.org/wiki/Game,Games,,,"A game is structured play, usually undertaken for enjoyment"
1,200813,/m/04rlf,Music,https://en.wikipedia.org/wiki/Music,Arts & Entertainment,,,"Music is an art form, ""sound"" organised in time"
2,181579,/m/0k4j,Car,https://en.wikipedia.org/wiki/Car,Autos & Vehicles,,,
3,135357,/m/0342h,Guitar,https://en.wikipedia.org/wiki/Guitar,Arts & Entertainment,,,
4,130835,/m/02_nn,Concert,https://en.wikipedia.org/wiki/Concert,Arts & Entertainment,,,
5,1,/m/x,Piano,,,,,
6,1,/m/y,Dance,,,,,
`;

let tdb: TestDatabase;
let dir: string;
let file: string;
const records = randomRecords(8, RECORDS, 'Yt');

beforeAll(async () => {
  tdb = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'yt8m-import-'));
  file = join(dir, 'train00.tfrecord');
  await writeYt8mFrameFile(file, records);
});
afterAll(async () => {
  await tdb.drop();
  await rm(dir, { recursive: true, force: true });
});

async function counts() {
  const p = tdb.database.prisma;
  return {
    videos: await p.video.count(),
    tracks: await p.track.count(),
    pairs: await p.videoMusicPair.count(),
    features: await p.mediaFeature.count(),
    tags: await p.tag.count(),
    trackTags: await p.trackTag.count(),
  };
}

describe('importYt8mFiles', () => {
  it('creates a video, a track and a pair per record of a 500-record file', async () => {
    const progress: number[] = [];
    const report = await importYt8mFiles(tdb.database.prisma, [file], {
      batchSize: 200,
      onProgress: (p) => progress.push(p.records),
    });
    expect(report).toMatchObject({
      files: 1,
      records: RECORDS,
      created: RECORDS,
      updated: 0,
      unchanged: 0,
      videosCreated: RECORDS,
      tracksCreated: RECORDS,
      pairsCreated: RECORDS,
      featuresCreated: 3 * RECORDS,
      tagsCreated: 0,
    });
    expect(await counts()).toEqual({
      videos: RECORDS,
      tracks: RECORDS,
      pairs: RECORDS,
      features: 3 * RECORDS,
      tags: 0,
      trackTags: 0,
    });
    expect(progress.at(-1)).toBe(RECORDS);
  });

  it('maps a record to the video, track, features and pair the paper describes', async () => {
    const p = tdb.database.prisma;
    const r = records[7]!;
    const video = await p.video.findUniqueOrThrow({
      where: { externalId: r.id },
      include: { features: true },
    });
    expect(video).toMatchObject({ source: 'yt8m', title: r.id, durationSec: r.frames });
    const visual = video.features.find((f) => f.kind === 'VISUAL')!;
    expect(visual).toMatchObject({
      dim: 1024,
      frames: r.frames,
      dtype: 'UINT8',
      quantMin: -2,
      quantMax: 2,
      source: 'yt8m',
    });
    expect(new Uint8Array(visual.data)).toEqual(r.rgb);
    expect(new Uint8Array(video.features.find((f) => f.kind === 'AUDIO')!.data)).toEqual(r.audio);

    const track = await p.track.findUniqueOrThrow({
      where: { externalId: `yt8m:${r.id}` },
      include: { features: true, pairs: true },
    });
    expect(track).toMatchObject({
      title: `YouTube-8M ${r.id}`,
      durationSec: r.frames,
      status: 'ACTIVE',
      isrc: yt8mIsrc(r.id),
    });
    expect(track.features).toHaveLength(1);
    expect(track.features[0]).toMatchObject({ kind: 'AUDIO', dim: 128, dtype: 'UINT8', source: 'yt8m' });
    expect(track.pairs).toEqual([
      expect.objectContaining({ videoId: video.id, source: 'yt8m', split: yt8mSplit(r.id) }),
    ]);
    // Stored exactly, so dequantising the row gives the YouTube-8M values.
    const seq = featureSequenceOf(track.features[0]!);
    expect(dequantizeYt8m(seq.data as Uint8Array)[5]).toBeCloseTo(r.audio[5]! * (4 / 255) + 4 / 512 - 2, 6);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await counts();
    const stamp = await tdb.database.prisma.track.findFirstOrThrow({ orderBy: { updatedAt: 'desc' } });
    const report = await importYt8mFiles(tdb.database.prisma, [file]);
    expect(report).toMatchObject({
      records: RECORDS,
      created: 0,
      updated: 0,
      unchanged: RECORDS,
      videosCreated: 0,
      tracksCreated: 0,
      pairsCreated: 0,
      featuresCreated: 0,
      featuresUpdated: 0,
    });
    expect(await counts()).toEqual(before);
    const latest = await tdb.database.prisma.track.findFirstOrThrow({ orderBy: { updatedAt: 'desc' } });
    expect(latest.updatedAt).toEqual(stamp.updatedAt);
  });

  it('updates the features of a record whose bytes changed, and counts it updated', async () => {
    const changed = records.slice(0, 3).map((r) => ({ ...r, rgb: r.rgb.map((b) => 255 - b) }));
    const other = join(dir, 'changed.tfrecord');
    await writeYt8mFrameFile(other, changed);
    const report = await importYt8mFiles(tdb.database.prisma, [other]);
    expect(report).toMatchObject({ records: 3, created: 0, updated: 3, unchanged: 0, featuresUpdated: 3 });
    const video = await tdb.database.prisma.video.findUniqueOrThrow({
      where: { externalId: records[0]!.id },
      include: { features: { where: { kind: 'VISUAL' } } },
    });
    expect(new Uint8Array(video.features[0]!.data)).toEqual(changed[0]!.rgb);
    // and back, so later tests see the original file's data
    await importYt8mFiles(tdb.database.prisma, [file]);
  });

  it("keeps an editor's titles and status on a re-import", async () => {
    const p = tdb.database.prisma;
    const r = records[11]!;
    await p.track.update({
      where: { externalId: `yt8m:${r.id}` },
      data: { title: 'Renamed', status: 'HIDDEN' },
    });
    await p.video.update({ where: { externalId: r.id }, data: { title: 'A better title' } });
    const report = await importYt8mFiles(p, [file]);
    expect(report).toMatchObject({ unchanged: RECORDS, updated: 0 });
    expect(await p.track.findUniqueOrThrow({ where: { externalId: `yt8m:${r.id}` } })).toMatchObject({
      title: 'Renamed',
      status: 'HIDDEN',
    });
    expect((await p.video.findUniqueOrThrow({ where: { externalId: r.id } })).title).toBe('A better title');
  });

  it('turns labels into THEME tags when a vocabulary is given, once', async () => {
    const vocabulary = parseYt8mVocabulary(VOCABULARY);
    expect(vocabulary.get(1)).toBe('Music');
    const first = await importYt8mFiles(tdb.database.prisma, [file], { vocabulary });
    expect(first).toMatchObject({
      tagsCreated: 7,
      trackTagsCreated: 2 * RECORDS,
      updated: RECORDS,
      unknownLabels: 0,
    });
    const tags = await tdb.database.prisma.tag.findMany({ orderBy: { name: 'asc' } });
    expect(tags.map((t) => [t.category, t.name])).toEqual(
      ['Car', 'Concert', 'Dance', 'Game', 'Guitar', 'Music', 'Piano'].map((n) => ['THEME', n]),
    );
    const again = await importYt8mFiles(tdb.database.prisma, [file], { vocabulary });
    expect(again).toMatchObject({ tagsCreated: 0, trackTagsCreated: 0, unchanged: RECORDS });
  });

  it('gives a retrain on sources ["yt8m"] all 500 pairs, with validation pairs from the hash split, and trains on them', async () => {
    const request = resolveTrainingInput({ sources: ['yt8m'] });
    const loaded = await loadDatasetFromDb(tdb.database.prisma, request);
    const dataset = loaded.dataset!;
    expect(loaded.skippedPairs).toBe(0);
    expect(dataset.pairs).toHaveLength(RECORDS);
    expect(dataset.videos).toHaveLength(RECORDS);
    expect(dataset.tracks).toHaveLength(RECORDS);
    const val = dataset.pairs.filter((p) => p.split === 'val').length;
    expect(val).toBe(records.filter((r) => yt8mSplit(r.id) === 'VALIDATION').length);
    expect(val).toBeGreaterThan(20);
    expect(val).toBeLessThan(90);
    expect(dataset.videos[0]!.visual).toMatchObject({ dim: 1024, dtype: 'uint8' });
    expect(dataset.videos[0]!.audio).toMatchObject({ dim: 128, dtype: 'uint8' });

    // and the trainer takes it as it is: one epoch of a small model over the imported pairs
    const trainPairs = RECORDS - val;
    const trained = await train({
      dataset,
      model: SMALL_MODEL,
      epochs: 1,
      batchSize: 64,
      seed: 1,
      evaluateTest: false,
    });
    // Every pair in every epoch: the last, smaller batch is kept (ceil, not floor).
    expect(trained).toMatchObject({ epochsRun: 1, steps: Math.ceil(trainPairs / 64) });
    expect(Number.isFinite(trained.history[0]!.trainLoss.total)).toBe(true);
  });
});

describe('synthetic ISRCs', () => {
  it('are deterministic, start with ZZ and pass the catalog ISRC validator', () => {
    const isrc = yt8mIsrc('Yt0001');
    expect(isrc).toBe(yt8mIsrc('Yt0001'));
    expect(isrc).toMatch(/^ZZ[A-Z0-9]{3}[0-9]{7}$/);
    expect(normalizeIsrc(isrc)).toBe(isrc);
    expect(yt8mIsrc('Yt0001', 1)).not.toBe(isrc);
  });

  it('are rehashed when another track already holds the code', async () => {
    const p = tdb.database.prisma;
    await p.track.create({ data: { isrc: yt8mIsrc('Clash'), title: 'Squatter', durationSec: 1 } });
    const clash = join(dir, 'clash.tfrecord');
    await writeYt8mFrameFile(clash, [{ ...records[0]!, id: 'Clash' }]);
    await importYt8mFiles(p, [clash]);
    const track = await p.track.findUniqueOrThrow({ where: { externalId: 'yt8m:Clash' } });
    expect(track.isrc).toBe(yt8mIsrc('Clash', 1));
  });
});

describe('bad input', () => {
  it('stops at a flipped byte with an error naming the file and record, after committing earlier batches', async () => {
    const fresh = randomRecords(99, 30, 'Bad');
    const path = join(dir, 'corrupt.tfrecord');
    await writeYt8mFrameFile(path, fresh);
    const bytes = await readFile(path);
    bytes[bytes.length - 100]! ^= 0x04; // inside the last record's data
    await writeFile(path, bytes);
    const error = await importYt8mFiles(tdb.database.prisma, [path], { batchSize: 10 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TfRecordError);
    expect((error as Error).message).toMatch(
      /corrupt\.tfrecord: record 29 \(byte offset \d+\): data CRC32C mismatch/,
    );
    expect(await tdb.database.prisma.video.count({ where: { externalId: { startsWith: 'Bad' } } })).toBe(20);
  });

  it('skips and reports records whose id a video from another source holds, with no frames, or repeated', async () => {
    const p = tdb.database.prisma;
    const squatter = await p.video.create({ data: { externalId: 'Taken', source: 'api', title: 'Mine' } });
    const path = join(dir, 'taken.tfrecord');
    await writeYt8mFrameFile(path, [
      { ...records[0]!, id: 'Taken' },
      { ...records[1]!, id: 'Free' },
    ]);
    const report = await importYt8mFiles(p, [path]);
    expect(report).toMatchObject({ records: 2, created: 1, conflicts: 1, conflictIds: ['Taken'] });
    expect(await p.mediaFeature.count({ where: { videoId: squatter.id } })).toBe(0);
    expect(await p.track.count({ where: { externalId: 'yt8m:Taken' } })).toBe(0);
  });

  it('refuses a vocabulary without Index and Name columns', () => {
    expect(() => parseYt8mVocabulary('id,label\n1,Music\n')).toThrow(
      'vocabulary: the header must have Index and Name columns, got id,label',
    );
  });

  it('reports a missing file with the file system error', async () => {
    await expect(importYt8mFiles(tdb.database.prisma, [join(dir, 'nope.tfrecord')])).rejects.toThrow(
      /ENOENT/,
    );
  });
});
