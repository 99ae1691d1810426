/** @jest-environment ./test/ml/support/ort-environment.cjs */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexDataset } from '../../src/ml/data/dataset.js';
import type { TrainingDataset } from '../../src/ml/data/dataset.js';
import { loadDatasetFromDisk, writeDatasetToDisk } from '../../src/ml/data/disk-format.js';
import { generateSyntheticDataset } from '../../src/ml/data/synthetic.js';
import { splitQueries } from '../../src/ml/eval/evaluate.js';
import { retrievalMetrics } from '../../src/ml/eval/metrics.js';
import { batchBounds } from '../../src/ml/train/batch.js';
import { train } from '../../src/ml/train/trainer.js';
import type { TrainProgressEvent } from '../../src/ml/train/trainer.js';
import { Rng } from '../../src/ml/util/rng.js';
import { randomProjectionBaseline } from '../../bench/ml/random-projection-baseline.js';
import { DEFAULT_MODEL_CONFIG } from '../../src/ml/model/config.js';

const small = (extra: Parameters<typeof generateSyntheticDataset>[0]) =>
  generateSyntheticDataset({
    trainPairs: 64,
    valPairs: 24,
    testPairs: 40,
    minFrames: 3,
    maxFrames: 6,
    ...extra,
  });

describe('evaluation over every held-out candidate', () => {
  test('unpaired held-out tracks are candidates, and compatible lists include them and the own track', () => {
    const ds = small({ seed: 3, unpairedTracks: 15 }).dataset;
    expect(ds.unpairedTracks!.test).toHaveLength(15);
    const q = splitQueries(indexDataset(ds), 'test');
    expect(q.trackRows).toHaveLength(40 + 15);
    // Every video's fitting candidates include its own track's row.
    q.pairs.forEach((p, i) => expect(q.fits[i]).toContain(p.track));
    const unpairedRows = new Set(
      ds.unpairedTracks!.test!.map((id) => ds.tracks.findIndex((t) => t.id === id)),
    );
    expect(q.trackRows.filter((t) => unpairedRows.has(t))).toHaveLength(15);
  });

  test('a track shared by several pairs is one candidate, and the baseline ranks unique tracks', () => {
    const ds = small({ seed: 4 }).dataset;
    // Re-pair the first five test videos with one track: 36 unique test tracks remain candidates.
    const test = ds.pairs.filter((p) => p.split === 'test');
    const shared = test[0]!.trackId;
    for (const p of test.slice(1, 5)) {
      ds.compatible![p.videoId] = [...new Set([...ds.compatible![p.videoId]!, shared])];
      p.trackId = shared;
    }
    ds.unpairedTracks = { test: test.slice(1, 5).map((p) => `${p.videoId.replace('-v', '-t')}`) };
    const q = splitQueries(indexDataset(ds), 'test');
    expect(q.trackRows).toHaveLength(40);
    expect(new Set(q.trackRows).size).toBe(40);
    const m = randomProjectionBaseline(ds, { ...DEFAULT_MODEL_CONFIG, dim: 16 }, 1);
    expect(m.candidates).toBe(40);
    expect(m.v2m.medianRank).toBeLessThanOrEqual(40);
  });

  test("a random encoder's compatible P@10 is within its interval of the base rate over all candidates", () => {
    const ds = generateSyntheticDataset({
      seed: 5,
      trainPairs: 8,
      valPairs: 8,
      testPairs: 300,
      unpairedTracks: 60,
      minFrames: 1,
      maxFrames: 1,
    }).dataset;
    const q = splitQueries(indexDataset(ds), 'test');
    const rng = new Rng(9);
    const dim = 16;
    const unit = (n: number) => {
      const x = Float32Array.from({ length: n * dim }, () => rng.normal());
      for (let i = 0; i < n; i++) {
        const row = x.subarray(i * dim, (i + 1) * dim);
        const norm = Math.hypot(...row);
        row.forEach((v, k) => (row[k] = v / norm));
      }
      return x;
    };
    const m = retrievalMetrics(unit(q.videoRows.length), unit(q.trackRows.length), dim, q.pairs, q.fits, {
      intervals: true,
    });
    expect(m.candidates).toBe(360);
    // 12 styles: about 1/12 of the candidates fit each video.
    expect(m.compatibleBaseRate!).toBeGreaterThan(0.06);
    expect(m.compatibleBaseRate!).toBeLessThan(0.11);
    const iv = m.intervals!.compatiblePrecisionAt10!;
    expect(iv.low).toBeLessThanOrEqual(m.compatibleBaseRate!);
    expect(iv.high).toBeGreaterThanOrEqual(m.compatibleBaseRate!);
    expect(iv.high - iv.low).toBeLessThan(0.05);
    // Ranks of the partner are uniform on 1..360: median about 180, inside its interval.
    expect(m.intervals!.v2m.medianRank.low).toBeLessThan(180);
    expect(m.intervals!.v2m.medianRank.high).toBeGreaterThan(180);
  });
});

describe('the vmr-dataset/1 loader', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vmr-ds-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('round-trips unpaired tracks, and reads a manifest written without them', async () => {
    const ds = small({ seed: 6, unpairedTracks: 5 }).dataset;
    await writeDatasetToDisk(ds, dir);
    expect((await loadDatasetFromDisk(dir)).unpairedTracks).toEqual(ds.unpairedTracks);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    delete manifest.unpairedTracks;
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const old = await loadDatasetFromDisk(dir);
    expect(old.unpairedTracks).toBeUndefined();
    expect(old.pairs).toEqual(ds.pairs);
  });

  test('refuses a file whose sha256 does not match the manifest', async () => {
    await writeDatasetToDisk(small({ seed: 7 }).dataset, dir);
    const file = join(dir, 'track-audio.bin');
    const bytes = await readFile(file);
    bytes[100] = (bytes[100]! + 1) % 256; // same length, one byte changed
    await writeFile(file, bytes);
    await expect(loadDatasetFromDisk(dir)).rejects.toThrow(
      new RegExp(`${file.replace(/[/.]/g, '\\$&')} has sha256 [0-9a-f]{64}, manifest.json says [0-9a-f]{64}`),
    );
  });

  test("refuses a compatible list that leaves out the video's own track", async () => {
    const ds: TrainingDataset = small({ seed: 8 }).dataset;
    const pair = ds.pairs.find((p) => p.split === 'test')!;
    ds.compatible![pair.videoId] = ds.compatible![pair.videoId]!.filter((id) => id !== pair.trackId);
    await writeDatasetToDisk(ds, dir);
    await expect(loadDatasetFromDisk(dir)).rejects.toThrow(
      `dataset: compatible['${pair.videoId}'] must include the video's own track '${pair.trackId}'`,
    );
  });
});

describe('training', () => {
  test('every pair is used in every epoch: ceil(n / B) near-equal batches', async () => {
    for (const [n, b] of [
      [215, 128],
      [256, 32],
      [7, 3],
    ] as const) {
      const bounds = batchBounds(n, b);
      expect(bounds).toHaveLength(Math.ceil(n / b));
      expect(bounds[0]![0]).toBe(0);
      expect(bounds.at(-1)![1]).toBe(n);
      bounds.forEach(([s, e], i) => {
        if (i > 0) expect(s).toBe(bounds[i - 1]![1]);
        expect(e - s).toBeLessThanOrEqual(b);
        expect(e - s).toBeGreaterThanOrEqual(Math.floor(n / bounds.length));
      });
    }
    const events: TrainProgressEvent[] = [];
    await train({
      dataset: small({ seed: 9, trainPairs: 43 }).dataset,
      model: { hidden: 16, dim: 8, segments: 2, useText: false },
      batchSize: 16,
      epochs: 1,
      evaluateTest: false,
      onProgress: (e) => events.push(e),
    });
    expect(events.filter((e) => e.type === 'step')).toHaveLength(3); // 15 + 14 + 14 pairs, not 2 × 16
  });

  test('two text-on runs with the same seed give identical weights', async () => {
    // The text sizes of the default model: the bag's adjoint scatters 128 × 96 ids into 8192
    // buckets, where onnxruntime's threaded scatter-add made repeated runs differ.
    const ds = generateSyntheticDataset({
      seed: 10,
      trainPairs: 128,
      valPairs: 16,
      testPairs: 8,
      minFrames: 2,
      maxFrames: 4,
    }).dataset;
    const run = () =>
      train({
        dataset: ds,
        model: { hidden: 32, dim: 16, segments: 4, useText: true },
        batchSize: 128,
        maxSteps: 3,
        epochs: 3,
        seed: 3,
        threads: 2,
        evaluateTest: false,
      });
    const a = await run();
    const b = await run();
    expect(a.params.get('text.embedding')!.some((x, i) => x !== b.params.get('text.embedding')![i])).toBe(
      false,
    );
    for (const [name, w] of a.params)
      expect(Buffer.from(b.params.get(name)!.buffer)).toEqual(Buffer.from(w.buffer));
  });
});
