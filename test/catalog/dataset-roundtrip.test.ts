/** @jest-environment ./test/ml/support/ort-environment.cjs */
import { readdir, readFile, rm, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportDatasetToDir } from '../../src/catalog/dataset/export-dataset.js';
import { importDatasetDir } from '../../src/catalog/dataset/import-dataset.js';
import { syntheticIsrc } from '../../src/catalog/dataset/synthetic-isrc.js';
import { normalizeIsrc } from '../../src/catalog/validation.js';
import {
  generateSyntheticDataset,
  loadDatasetFromDisk,
  train,
  writeDatasetToDisk,
} from '../../src/ml/index.js';
import { SMALL_MODEL } from '../ml/support/small-setup.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const TRAIN = 12;
const VAL = 4;
const TEST = 4;
const PAIRS = TRAIN + VAL + TEST;

function smallSynthetic() {
  return generateSyntheticDataset({
    seed: 7,
    styles: 3,
    trainPairs: TRAIN,
    valPairs: VAL,
    testPairs: TEST,
    minFrames: 2,
    maxFrames: 5,
  }).dataset;
}

async function readAll(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir)).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n))] as const)));
}

describe('dataset:import and dataset:export', () => {
  let first: TestDatabase;
  let second: TestDatabase;
  let tmp: string;
  const synthetic = smallSynthetic();
  const videoAudio = synthetic.videos.filter((v) => v.audio).length;

  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    tmp = await mkdtemp(join(tmpdir(), 'vmr-dataset-'));
    await writeDatasetToDisk(synthetic, join(tmp, 'synthetic'));
  });
  afterAll(async () => {
    await Promise.all([first?.drop(), second?.drop()]);
    await rm(tmp, { recursive: true, force: true });
  });

  it('imports every track, video, feature and pair of a synthetic dataset', async () => {
    const report = await importDatasetDir(first.database.prisma, join(tmp, 'synthetic'), { batchSize: 7 });
    expect(report).toEqual({
      name: 'synthetic-s7',
      tracks: { created: PAIRS, updated: 0, unchanged: 0 },
      videos: { created: PAIRS, updated: 0, unchanged: 0 },
      pairs: { created: PAIRS, updated: 0, unchanged: 0 },
      features: { created: PAIRS * 2 + videoAudio, updated: 0, unchanged: 0 },
    });
    const db = first.database.prisma;
    expect(await db.track.count()).toBe(PAIRS);
    expect(await db.video.count()).toBe(PAIRS);
    expect(await db.mediaFeature.count({ where: { kind: 'VISUAL' } })).toBe(PAIRS);
    expect(await db.mediaFeature.count({ where: { kind: 'AUDIO', videoId: { not: null } } })).toBe(
      videoAudio,
    );
    expect(await db.mediaFeature.count({ where: { kind: 'AUDIO', trackId: { not: null } } })).toBe(PAIRS);
    expect(
      await db.videoMusicPair.groupBy({ by: ['split'], _count: true, orderBy: { split: 'asc' } }),
    ).toEqual([
      { split: 'TRAIN', _count: TRAIN },
      { split: 'VALIDATION', _count: VAL },
      { split: 'TEST', _count: TEST },
    ]);
  });

  it('stores tracks with a synthetic ZZ ISRC, the id as title and the audio length as duration', async () => {
    const db = first.database.prisma;
    const t = synthetic.tracks[0]!;
    const row = await db.track.findUniqueOrThrow({ where: { externalId: t.id } });
    expect(row).toMatchObject({ isrc: syntheticIsrc(t.id), title: t.id, durationSec: t.audio.frames });
    expect(row.isrc).toMatch(/^ZZ[A-Z0-9]{10}$/);
    expect(normalizeIsrc(row.isrc)).toBe(row.isrc);
  });

  it('keeps the features exactly: same dtype and bytes', async () => {
    const db = first.database.prisma;
    const v = synthetic.videos.find((x) => x.audio)!;
    const video = await db.video.findUniqueOrThrow({
      where: { externalId: v.id },
      include: { features: { orderBy: { kind: 'asc' } } },
    });
    expect(video).toMatchObject({
      source: 'synthetic-s7',
      title: v.text!.title,
      captions: v.text!.captions,
      onScreenText: v.text!.onScreenText ?? null,
      durationSec: v.visual!.frames,
    });
    const visual = video.features.find((f) => f.kind === 'VISUAL')!;
    expect(visual).toMatchObject({ dtype: 'UINT8', dim: 1024, frames: v.visual!.frames, source: 'dataset' });
    expect(Buffer.from(visual.data).equals(Buffer.from(v.visual!.data))).toBe(true);
    const audio = video.features.find((f) => f.kind === 'AUDIO')!;
    expect(Buffer.from(audio.data).equals(Buffer.from(v.audio!.data))).toBe(true);
  });

  it('changes nothing on a re-import and reports every row unchanged', async () => {
    const db = first.database.prisma;
    const before = await db.track.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: 'asc' } });
    const report = await importDatasetDir(db, join(tmp, 'synthetic'));
    expect(report).toEqual({
      name: 'synthetic-s7',
      tracks: { created: 0, updated: 0, unchanged: PAIRS },
      videos: { created: 0, updated: 0, unchanged: PAIRS },
      pairs: { created: 0, updated: 0, unchanged: PAIRS },
      features: { created: 0, updated: 0, unchanged: PAIRS * 2 + videoAudio },
    });
    expect(
      await db.track.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: 'asc' } }),
    ).toEqual(before);
  });

  it('exports, imports into an empty database and exports again byte for byte', async () => {
    const a = join(tmp, 'export-a');
    const b = join(tmp, 'export-b');
    const reportA = await exportDatasetToDir(first.database.prisma, a);
    expect(reportA).toEqual({
      name: 'synthetic-s7',
      videos: PAIRS,
      tracks: PAIRS,
      pairs: PAIRS,
      skippedPairs: 0,
      splits: { train: TRAIN, val: VAL, test: TEST },
    });
    const imported = await importDatasetDir(second.database.prisma, a);
    expect(imported.tracks.created).toBe(PAIRS);
    expect(imported.pairs.created).toBe(PAIRS);
    await exportDatasetToDir(second.database.prisma, b);
    const filesA = await readAll(a);
    const filesB = await readAll(b);
    expect([...filesA.keys()]).toEqual([
      'manifest.json',
      'track-audio.bin',
      'video-audio.bin',
      'video-visual.bin',
    ]);
    expect([...filesB.keys()]).toEqual([...filesA.keys()]);
    for (const [name, bytes] of filesA)
      expect({ name, same: bytes.equals(filesB.get(name)!) }).toEqual({ name, same: true });
  });

  it('exports what the trainer reads: the same ids, splits, text and feature bytes as the source', async () => {
    const out = await loadDatasetFromDisk(join(tmp, 'export-a'));
    const sortedPairs = [...synthetic.pairs].sort((x, y) =>
      x.videoId < y.videoId ? -1 : x.videoId > y.videoId ? 1 : 0,
    );
    expect(out.pairs).toEqual(sortedPairs);
    for (const v of synthetic.videos) {
      const w = out.videos.find((x) => x.id === v.id)!;
      expect(w.text).toEqual(v.text);
      expect(Buffer.from(w.visual!.data).equals(Buffer.from(v.visual!.data))).toBe(true);
      expect(w.audio === undefined).toBe(v.audio === undefined);
    }
    const catalog = (out.meta as { catalog: { tracks: Record<string, { isrc: string; title: string }> } })
      .catalog;
    expect(catalog.tracks[synthetic.tracks[0]!.id]).toEqual({
      isrc: syntheticIsrc(synthetic.tracks[0]!.id),
      title: synthetic.tracks[0]!.id,
    });
  });

  it('exports a directory that the trainer trains on', async () => {
    const dataset = await loadDatasetFromDisk(join(tmp, 'export-a'));
    const trained = await train({
      dataset,
      model: SMALL_MODEL,
      epochs: 1,
      batchSize: 4,
      seed: 1,
      evaluateTest: false,
    });
    expect(trained).toMatchObject({ epochsRun: 1, steps: TRAIN / 4, datasetName: 'synthetic-s7' });
  });

  it('exports only the pairs of the given sources', async () => {
    const report = await exportDatasetToDir(first.database.prisma, join(tmp, 'export-none'), {
      sources: ['yt8m'],
    });
    expect(report).toMatchObject({ name: 'yt8m', pairs: 0, videos: 0, tracks: 0 });
  });

  it('matches a track by the ISRC in meta, links its external id, and keeps float32 features float32', async () => {
    const db = second.database.prisma;
    const existing = await db.track.create({
      data: { isrc: 'GBAYE0000123', title: 'Editor title', durationSec: 99 },
    });
    const audio = {
      frames: 2,
      dim: 128,
      dtype: 'float32' as const,
      data: Float32Array.from({ length: 256 }, (_, i) => i / 1000 - 0.1),
    };
    const visual = {
      frames: 2,
      dim: 1024,
      dtype: 'float32' as const,
      data: new Float32Array(2048).fill(0.25),
    };
    const dir = join(tmp, 'float32');
    await writeDatasetToDisk(
      {
        name: 'partner',
        videos: [{ id: 'pv1', visual }],
        tracks: [{ id: 'pt1', audio }],
        pairs: [{ videoId: 'pv1', trackId: 'pt1', split: 'test' }],
        meta: { catalog: { tracks: { pt1: { isrc: 'gb-aye-00-00123', title: 'Partner title' } } } },
      },
      dir,
    );
    const report = await importDatasetDir(db, dir);
    expect(report).toMatchObject({
      tracks: { created: 0, updated: 1, unchanged: 0 },
      videos: { created: 1, updated: 0, unchanged: 0 },
      pairs: { created: 1, updated: 0, unchanged: 0 },
    });
    const track = await db.track.findUniqueOrThrow({
      where: { id: existing.id },
      include: { features: true },
    });
    expect(track).toMatchObject({ externalId: 'pt1', title: 'Editor title', durationSec: 2 });
    expect(track.features[0]).toMatchObject({ dtype: 'FLOAT32', quantMin: null, dim: 128, frames: 2 });
    expect(Buffer.from(track.features[0]!.data).equals(Buffer.from(audio.data.buffer))).toBe(true);
    const video = await db.video.findUniqueOrThrow({ where: { externalId: 'pv1' } });
    expect(video).toMatchObject({ source: 'partner', title: 'pv1', onScreenText: null, captions: null });
    expect((await importDatasetDir(db, dir)).tracks).toEqual({ created: 0, updated: 0, unchanged: 1 });
  });

  it('rewrites a feature and a split that changed in the dataset, and counts them as updated', async () => {
    const changed = smallSynthetic();
    changed.pairs[0] = { ...changed.pairs[0]!, split: 'test' };
    const audio = changed.tracks[1]!.audio;
    changed.tracks[1] = {
      ...changed.tracks[1]!,
      audio: { ...audio, data: new Uint8Array(audio.data.length).fill(7) },
    };
    const dir = join(tmp, 'changed');
    await writeDatasetToDisk(changed, dir);
    const report = await importDatasetDir(first.database.prisma, dir);
    expect(report.pairs).toEqual({ created: 0, updated: 1, unchanged: PAIRS - 1 });
    expect(report.tracks).toEqual({ created: 0, updated: 1, unchanged: PAIRS - 1 });
    expect(report.features).toEqual({ created: 0, updated: 1, unchanged: PAIRS * 2 + videoAudio - 1 });
    // Back as it was, so that the other tests see the original catalog.
    expect((await importDatasetDir(first.database.prisma, join(tmp, 'synthetic'))).pairs.updated).toBe(1);
  });

  describe('bad input', () => {
    it('refuses a dataset whose .bin file was changed after writing, naming the file', async () => {
      const dir = join(tmp, 'tampered');
      await writeDatasetToDisk(synthetic, dir);
      const file = join(dir, 'video-visual.bin');
      const bytes = await readFile(file);
      bytes[10] = bytes[10]! ^ 0xff;
      await writeFile(file, bytes);
      await expect(loadDatasetFromDisk(dir)).rejects.toThrow(
        new RegExp(
          `dataset: ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} has sha256 [0-9a-f]{64}, manifest.json says`,
        ),
      );
      await expect(importDatasetDir(first.database.prisma, dir)).rejects.toThrow(
        /video-visual\.bin has sha256/,
      );
    });

    it('refuses a truncated .bin file', async () => {
      const dir = join(tmp, 'truncated');
      await writeDatasetToDisk(synthetic, dir);
      const file = join(dir, 'track-audio.bin');
      await writeFile(file, (await readFile(file)).subarray(0, 100));
      await expect(loadDatasetFromDisk(dir)).rejects.toThrow(
        `dataset: ${file} has 100 bytes, manifest.json says`,
      );
    });

    it('refuses a pair that references an unknown track before writing anything', async () => {
      const broken = {
        ...synthetic,
        name: 'broken',
        pairs: [
          ...synthetic.pairs,
          { videoId: synthetic.videos[0]!.id, trackId: 'nope', split: 'train' as const },
        ],
      };
      const dir = join(tmp, 'broken');
      await writeDatasetToDisk(broken, dir);
      const count = await second.database.prisma.videoMusicPair.count();
      await expect(importDatasetDir(second.database.prisma, dir)).rejects.toThrow(
        'dataset broken: a pair references unknown track "nope"',
      );
      expect(await second.database.prisma.videoMusicPair.count()).toBe(count);
    });
  });
});
