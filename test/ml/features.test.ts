import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dequantizeYt8m, quantizeYt8m, validateSequence } from '../../src/ml/features/feature-sequence.js';
import { FeatureInputError } from '../../src/ml/features/errors.js';
import { globalSparseIndices } from '../../src/ml/features/global-sparse.js';
import { HashedNgramFeaturizer } from '../../src/ml/features/text-hashing.js';
import { loadDatasetFromDisk, writeDatasetToDisk } from '../../src/ml/data/disk-format.js';
import { datasetHash } from '../../src/ml/data/dataset-hash.js';
import { generateSyntheticDataset } from '../../src/ml/data/synthetic.js';
import { retrievalMetrics } from '../../src/ml/eval/metrics.js';
import { Rng } from '../../src/ml/util/rng.js';

describe('YouTube-8M dequantisation', () => {
  test('follows x = q·(max−min)/255 + (max−min)/512 + min with min −2, max 2', () => {
    const x = dequantizeYt8m(Uint8Array.from([0, 128, 255]));
    expect(x[0]).toBeCloseTo(-2 + 4 / 512, 6);
    expect(x[1]).toBeCloseTo((128 * 4) / 255 + 4 / 512 - 2, 6);
    expect(x[2]).toBeCloseTo(2 + 4 / 512, 6);
  });
  test('quantise then dequantise is within half a bin', () => {
    const v = Float32Array.from([-1.7, -0.3, 0, 0.4, 1.9]);
    dequantizeYt8m(quantizeYt8m(v)).forEach((y, i) =>
      expect(Math.abs(y - v[i]!)).toBeLessThanOrEqual(4 / 255 / 2 + 1e-6),
    );
  });
});

describe('Global Sparse sampling', () => {
  test('takes segment centres at inference and covers the whole sequence', () => {
    expect(Array.from(globalSparseIndices(100, 4))).toEqual([12, 37, 62, 87]);
  });
  test('samples one frame inside each segment while training', () => {
    const rng = new Rng(3);
    for (let r = 0; r < 20; r++) {
      const idx = globalSparseIndices(100, 4, rng);
      idx.forEach((t, k) => {
        expect(t).toBeGreaterThanOrEqual(k * 25);
        expect(t).toBeLessThan((k + 1) * 25);
      });
    }
  });
  test('uses every frame of a short input once and pads the rest', () => {
    expect(Array.from(globalSparseIndices(3, 5))).toEqual([0, 1, 2, -1, -1]);
  });
});

describe('hashed n-gram text features', () => {
  test('are deterministic, bounded by the bucket count and weighted uniformly', () => {
    const f = new HashedNgramFeaturizer(64, 20);
    const ids = new BigInt64Array(40);
    const w = new Float32Array(40);
    expect(f.featurize({ title: 'Calm piano', captions: 'for a rainy vlog' }, ids, w, 1)).toBe(true);
    expect(ids.subarray(0, 20).every((x) => x === 0n)).toBe(true);
    const row = Array.from(ids.subarray(20));
    expect(row.every((x) => x >= 0n && x < 64n)).toBe(true);
    expect(w.subarray(20).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    const again = new BigInt64Array(40);
    f.featurize({ title: 'calm PIANO', captions: 'for a rainy vlog' }, again, new Float32Array(40), 1);
    expect(Array.from(again.subarray(20))).toEqual(row);
  });
  test('report no text for empty or punctuation-only cues', () => {
    const f = new HashedNgramFeaturizer(64, 8);
    expect(f.featurize({ title: ' !! ' }, new BigInt64Array(8), new Float32Array(8), 0)).toBe(false);
    expect(f.featurize(undefined, new BigInt64Array(8), new Float32Array(8), 0)).toBe(false);
  });
});

describe('feature validation (bad input)', () => {
  const ok = { frames: 2, dim: 3, dtype: 'float32' as const, data: new Float32Array(6).fill(0.5) };
  const code = (f: () => void) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(FeatureInputError);
      return [(e as FeatureInputError).code, (e as Error).message];
    }
    throw new Error('expected a FeatureInputError');
  };
  test('accepts a well-formed sequence', () => expect(() => validateSequence(ok, 3, 10, 'x')).not.toThrow());
  test('rejects a wrong feature dimension', () =>
    expect(
      code(() => validateSequence({ ...ok, dim: 2, data: new Float32Array(4) }, 3, 10, 'music[0]')),
    ).toEqual(['BAD_FEATURE_DIM', 'music[0]: feature dimension must be 3, got 2']));
  test('rejects NaN and Infinity', () => {
    const d = ok.data.slice();
    d[4] = NaN;
    expect(code(() => validateSequence({ ...ok, data: d }, 3, 10, 'v'))).toEqual([
      'NON_FINITE',
      'v: value at frame 1, dim 1 is NaN (NaN/Infinity not allowed)',
    ]);
    d[4] = Infinity;
    expect(code(() => validateSequence({ ...ok, data: d }, 3, 10, 'v'))[0]).toBe('NON_FINITE');
  });
  test('rejects an empty sequence', () =>
    expect(code(() => validateSequence({ ...ok, frames: 0, data: new Float32Array(0) }, 3, 10, 'v'))).toEqual(
      ['EMPTY_SEQUENCE', 'v: sequence must have at least 1 frame, got 0'],
    ));
  test('rejects a sequence over the maximum length', () =>
    expect(
      code(() => validateSequence({ ...ok, frames: 11, data: new Float32Array(33) }, 3, 10, 'v')),
    ).toEqual(['TOO_LONG', 'v: sequence has 11 frames, more than the maximum of 10']));
  test('rejects data whose length disagrees with frames × dim', () =>
    expect(code(() => validateSequence({ ...ok, data: new Float32Array(5) }, 3, 10, 'v'))[0]).toBe(
      'BAD_LENGTH',
    ));
});

describe('the synthetic dataset and the on-disk format', () => {
  const syn = generateSyntheticDataset({
    seed: 5,
    trainPairs: 40,
    valPairs: 10,
    testPairs: 12,
    minFrames: 3,
    maxFrames: 9,
  });

  test('keeps held-out tracks apart and marks same-style tracks as compatible', () => {
    const { dataset, trackStyles, videoStyles } = syn;
    const splitOf = new Map(dataset.pairs.map((p) => [p.trackId, p.split]));
    for (const [videoId, fits] of Object.entries(dataset.compatible!)) {
      const pair = dataset.pairs.find((p) => p.videoId === videoId)!;
      expect(pair.split).not.toBe('train');
      expect(fits).toContain(pair.trackId);
      for (const t of fits) {
        expect(splitOf.get(t)).toBe(pair.split);
        expect(trackStyles[t]).toBe(videoStyles[videoId]);
      }
    }
    expect(syn.styles[0]).toEqual({
      id: 0,
      name: 'calm-piano',
      tags: expect.arrayContaining(['calm', 'piano']),
    });
  });

  test('is reproducible from its seed', () => {
    const again = generateSyntheticDataset({
      seed: 5,
      trainPairs: 40,
      valPairs: 10,
      testPairs: 12,
      minFrames: 3,
      maxFrames: 9,
    });
    expect(datasetHash(again.dataset)).toBe(datasetHash(syn.dataset));
  });

  test('round-trips through the on-disk format unchanged', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vmr-ds-'));
    try {
      await writeDatasetToDisk(syn.dataset, dir);
      const back = await loadDatasetFromDisk(dir);
      expect(datasetHash(back)).toBe(datasetHash(syn.dataset));
      expect(back.meta).toEqual(syn.dataset.meta);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('retrieval metrics', () => {
  test('compute ranks in both directions and compatible precision/recall', () => {
    // 3 videos, 3 tracks in 1-d embeddings: video i is most similar to track i except video 2.
    const v = Float32Array.from([1, 0, 0.6, 0.8, 0, 1]);
    const t = Float32Array.from([1, 0, 0.8, 0.6, 0.6, 0.8]);
    const m = retrievalMetrics(
      v,
      t,
      2,
      [
        { video: 0, track: 0 },
        { video: 1, track: 1 },
        { video: 2, track: 2 },
      ],
      [[0, 1], undefined, [2]],
    );
    expect(m.v2m.r1).toBeCloseTo(2 / 3);
    expect(m.v2m.medianRank).toBe(1);
    expect(m.compatiblePrecisionAt10).toBeCloseTo((2 / 10 + 1 / 10) / 2);
    expect(m.compatibleRecallAt10).toBeCloseTo(1);
  });
});
