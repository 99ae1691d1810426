import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  fitFramePca,
  FramePcaError,
  FramePcaProjection,
  PcaAccumulator,
  readFramePca,
  VISUAL_DIM,
  writeFramePca,
} from '../../src/media/video/index.js';
import { symmetricEigen } from '../../src/media/video/pca/symmetric-eigen.js';

/** Deterministic standard normals (Box-Muller over a 32-bit LCG). */
function normals(seed: number) {
  let s = seed >>> 0;
  const u = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) + 0.5) / 2 ** 32;
  return () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
}

/**
 * Rows x = mean + sum_j sqrt(lambda_j) z_j q_j with orthonormal q_j (a rotation of the axes):
 * the population covariance has eigenvalues lambda_j and eigenvectors q_j, known exactly.
 */
const DIM = 6;
const LAMBDA = [9, 4, 1, 0.25, 0.04, 0.01];
const MEAN = [1, -2, 0.5, 3, 0, -1];
function rotation(): Float64Array {
  // Gram-Schmidt on a fixed matrix.
  const q = Float64Array.from({ length: DIM * DIM }, (_, i) => Math.cos(i * 1.3) + (i % 7 === 0 ? 2 : 0));
  for (let j = 0; j < DIM; j += 1) {
    for (let k = 0; k < j; k += 1) {
      let dot = 0;
      for (let i = 0; i < DIM; i += 1) dot += q[j * DIM + i]! * q[k * DIM + i]!;
      for (let i = 0; i < DIM; i += 1) q[j * DIM + i]! -= dot * q[k * DIM + i]!;
    }
    const norm = Math.hypot(...q.subarray(j * DIM, j * DIM + DIM));
    for (let i = 0; i < DIM; i += 1) q[j * DIM + i]! /= norm;
  }
  return q;
}
const Q = rotation();
function sample(n: number, seed: number): Float32Array {
  const z = normals(seed);
  const rows = new Float32Array(n * DIM);
  for (let r = 0; r < n; r += 1) {
    for (let i = 0; i < DIM; i += 1) rows[r * DIM + i] = MEAN[i]!;
    for (let j = 0; j < DIM; j += 1) {
      const a = Math.sqrt(LAMBDA[j]!) * z();
      for (let i = 0; i < DIM; i += 1) rows[r * DIM + i]! += a * Q[j * DIM + i]!;
    }
  }
  return rows;
}

describe('symmetricEigen (tred2 + tql2)', () => {
  it('satisfies A v = lambda v with orthonormal vectors on a random 40x40 matrix', () => {
    const n = 40;
    const z = normals(7);
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i += 1) for (let j = 0; j <= i; j += 1) a[i * n + j] = a[j * n + i] = z();
    const { values, vectors } = symmetricEigen(a, n);
    for (let k = 1; k < n; k += 1) expect(values[k]).toBeLessThanOrEqual(values[k - 1]!);
    for (let k = 0; k < n; k += 1) {
      for (let r = 0; r < n; r += 1) {
        let av = 0;
        for (let c = 0; c < n; c += 1) av += a[r * n + c]! * vectors[k * n + c]!;
        expect(Math.abs(av - values[k]! * vectors[k * n + r]!)).toBeLessThan(1e-10);
      }
      for (let m = 0; m <= k; m += 1) {
        let dot = 0;
        for (let i = 0; i < n; i += 1) dot += vectors[k * n + i]! * vectors[m * n + i]!;
        expect(dot).toBeCloseTo(m === k ? 1 : 0, 10);
      }
    }
  });
});

describe('frame PCA', () => {
  const rows = sample(20_000, 1);
  const acc = new PcaAccumulator(DIM);
  // In uneven chunks: the accumulator must not care how rows arrive.
  acc.add(rows.subarray(0, 7 * DIM));
  acc.add(rows.subarray(7 * DIM));
  const params = fitFramePca(acc, { relativeEpsilon: 1e-6 });

  it('recovers the mean, the eigenvalues and (up to sign) the eigenvectors of the generating covariance', () => {
    expect(acc.count).toBe(20_000);
    expect(params.components).toBe(DIM);
    params.mean.forEach((m, i) => expect(Math.abs(m - MEAN[i]!)).toBeLessThan(0.06));
    params.eigenvalues.forEach((l, j) => expect(Math.abs(l - LAMBDA[j]!) / LAMBDA[j]!).toBeLessThan(0.05));
    for (let j = 0; j < 3; j += 1) {
      let dot = 0;
      for (let i = 0; i < DIM; i += 1) dot += params.vectors[j * DIM + i]! * Q[j * DIM + i]!;
      expect(Math.abs(dot)).toBeGreaterThan(0.999);
    }
    expect(params.explainedVariance).toBeCloseTo(1, 6);
  });

  it('whitens: projected training rows have zero mean and unit variance per component, zeros past k', () => {
    const y = new FramePcaProjection(params).project(rows);
    expect(y).toHaveLength(20_000 * VISUAL_DIM);
    for (let c = 0; c < DIM; c += 1) {
      let s = 0;
      let ss = 0;
      for (let r = 0; r < 20_000; r += 1) {
        s += y[r * VISUAL_DIM + c]!;
        ss += y[r * VISUAL_DIM + c]! ** 2;
      }
      expect(Math.abs(s / 20_000)).toBeLessThan(1e-3);
      expect(ss / 20_000).toBeCloseTo(1, 2);
    }
    expect(y.subarray(DIM, VISUAL_DIM).every((v) => v === 0)).toBe(true);
    // YouTube-8M's 8 bits over [-2, 2]: 0 is code 127, beyond +-2 clips.
    const q = new FramePcaProjection(params).quantize(Float32Array.from([0, 2, -2, 5, -5]));
    expect([...q]).toEqual([127, 255, 0, 255, 0]);
  });

  it('round-trips through disk, verifying every sha256 and the extractor it was fitted on', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'vmr-frame-pca-'));
    try {
      const pcaDir = path.join(dir, 'test-extractor-catalog-v2');
      const extractor = { id: 'test-extractor', version: 4 };
      const fit = {
        frames: 20_000,
        videos: 0,
        sources: ['synthetic'],
        createdAt: new Date(0).toISOString(),
        recipe: 'test',
      };
      const written = await writeFramePca(pcaDir, params, { name: 'catalog', version: 2, extractor, fit });
      expect(written.files.vectors.dims).toEqual([DIM, DIM]);
      const back = await readFramePca(pcaDir, extractor);
      expect(back.manifest).toEqual(written);
      expect(back.params).toEqual(params);

      await expect(readFramePca(pcaDir, { id: 'test-extractor', version: 5 })).rejects.toThrow(
        'Frame PCA test-extractor-catalog-v2 was fitted on test-extractor v4, not on the configured extractor test-extractor v5',
      );
      const vectors = path.join(pcaDir, 'vectors.f32');
      const bytes = await readFile(vectors);
      bytes[5]! ^= 1;
      await writeFile(vectors, bytes);
      await expect(readFramePca(pcaDir, extractor)).rejects.toThrow(
        new FramePcaError(
          'Frame PCA test-extractor-catalog-v2: vectors.f32 does not match its sha256 in manifest.json',
        ),
      );
      await expect(readFramePca(path.join(dir, 'absent'))).rejects.toThrow(
        /no readable manifest\.json .*npm run fit:frame-pca/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('ships a default fitted on MobileNetV2 features whose files match their manifest', async () => {
    const { manifest, params: p } = await readFramePca('models/frame-pca/mobilenetv2-nsfwjs-v1', {
      id: 'mobilenetv2-nsfwjs',
      version: 1,
    });
    expect(`${manifest.extractor.id}+${manifest.name}@${manifest.version}`).toBe('mobilenetv2-nsfwjs+pca@1');
    expect(p.inputDim).toBe(1280);
    expect(p.components).toBe(1024);
    expect(manifest.fit.frames).toBeGreaterThanOrEqual(1280);
  });

  it('refuses misuse with the parameter and the value', () => {
    expect(() => new PcaAccumulator(0)).toThrow('PcaAccumulator: dim must be a positive integer, got 0');
    expect(() => acc.add(new Float32Array(5))).toThrow(
      'PcaAccumulator.add: 5 values is not a whole number of 6-d rows',
    );
    expect(() => fitFramePca(new PcaAccumulator(3))).toThrow(
      'PcaAccumulator: a covariance needs at least 2 rows, got 0',
    );
  });
});
