import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  cropAndScale,
  cropBoxes,
  fitFramePca,
  FramePcaError,
  FramePcaProjection,
  PcaAccumulator,
  pcaSpectrum,
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

  it('summarises the spectrum: eigenvalues above epsilon, variance shares, whitening condition', () => {
    const sp = pcaSpectrum(params);
    // epsilon = 1e-6 x 9: all six eigenvalues exceed it; with 6 components the top 64 hold everything.
    expect(sp.aboveEpsilon).toBe(DIM);
    expect(sp.explained.top64).toBeCloseTo(params.explainedVariance, 10);
    expect(sp.explained.top256).toBeCloseTo(params.explainedVariance, 10);
    const l = params.eigenvalues;
    expect(sp.whiteningCondition).toBeCloseTo(
      Math.sqrt((l[0]! + params.epsilon) / (l[DIM - 1]! + params.epsilon)),
      6,
    );
    expect(sp.whiteningCondition).toBeGreaterThan(25); // sqrt(9 / 0.01) = 30, up to sampling
    expect(pcaSpectrum({ ...params, epsilon: 1 }).aboveEpsilon).toBe(3);
  });

  it('ships the default, fitted on real photographs, with a full-rank spectrum and a finite whitening', async () => {
    const dir = 'models/frame-pca/mobilenetv2-nsfwjs-photos-v1';
    const { manifest, params: p } = await readFramePca(dir, { id: 'mobilenetv2-nsfwjs', version: 1 });
    expect(`${manifest.extractor.id}+${manifest.name}@${manifest.version}`).toBe(
      'mobilenetv2-nsfwjs+photos@1',
    );
    expect(p.inputDim).toBe(1280);
    expect(p.components).toBe(1024);
    // More frames than dimensions, from photographs (crops of each), not from videos.
    expect(manifest.fit.frames).toBeGreaterThan(3 * 1280);
    expect(manifest.fit.images).toBeGreaterThanOrEqual(40);
    expect(manifest.fit.frames).toBe(manifest.fit.images! * manifest.fit.cropsPerImage!);
    expect(manifest.fit.sources).toHaveLength(manifest.fit.images!);
    const sp = pcaSpectrum(p);
    expect(sp.aboveEpsilon).toBeGreaterThan(900);
    expect(Number.isFinite(sp.whiteningCondition)).toBe(true);
    expect(sp.whiteningCondition).toBeLessThan(1e3);
    const w = new FramePcaProjection(p);
    // The mean frame projects to the origin; every weight is finite.
    const y = w.project(p.mean);
    expect(y.every((v) => Number.isFinite(v) && Math.abs(v) < 1e-3)).toBe(true);
    for (let i = 1; i < p.components; i += 1)
      expect(p.eigenvalues[i]).toBeLessThanOrEqual(p.eigenvalues[i - 1]!);
  });

  it('still ships the first, test-pattern PCA (mobilenetv2-nsfwjs+pca@1) for what was fitted on it', async () => {
    const { manifest, params: p } = await readFramePca('models/frame-pca/mobilenetv2-nsfwjs-v1', {
      id: 'mobilenetv2-nsfwjs',
      version: 1,
    });
    expect(`${manifest.extractor.id}+${manifest.name}@${manifest.version}`).toBe('mobilenetv2-nsfwjs+pca@1');
    expect(p.inputDim).toBe(1280);
    expect(p.components).toBe(1024);
    expect(manifest.fit.frames).toBeGreaterThanOrEqual(1280);
    expect(pcaSpectrum(p).aboveEpsilon).toBe(66);
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

describe('photo crops for fitting', () => {
  it('starts with the whole image, then deterministic crops of 25-100% of it at 3:4 to 16:9', () => {
    const boxes = cropBoxes(800, 500, 200, '/usr/share/x.jpg', 1);
    expect(boxes).toHaveLength(200);
    expect(boxes[0]).toEqual({ x: 0, y: 0, width: 800, height: 500, flip: false });
    expect(cropBoxes(800, 500, 200, '/usr/share/x.jpg', 1)).toEqual(boxes);
    expect(cropBoxes(800, 500, 200, '/usr/share/y.jpg', 1)).not.toEqual(boxes);
    expect(cropBoxes(800, 500, 200, '/usr/share/x.jpg', 2)).not.toEqual(boxes);
    let flipped = 0;
    for (const b of boxes.slice(1)) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(800);
      expect(b.y + b.height).toBeLessThanOrEqual(500);
      // Clamping to the image can only shrink a crop below a quarter of it a little.
      expect(b.width * b.height).toBeGreaterThan(0.2 * 800 * 500);
      if (b.flip) flipped += 1;
    }
    expect(flipped).toBeGreaterThan(70);
    expect(flipped).toBeLessThan(130);
  });

  it('crops, mirrors and resamples rgb24 pixels', () => {
    // 4x2 image, pixel value = 10 * x + y in every channel.
    const img = { width: 4, height: 2, data: new Uint8Array(4 * 2 * 3) };
    for (let y = 0; y < 2; y += 1)
      for (let x = 0; x < 4; x += 1) img.data.fill(10 * x + y, (y * 4 + x) * 3, (y * 4 + x) * 3 + 3);
    const same = cropAndScale(img, { x: 0, y: 0, width: 4, height: 2, flip: false }, { width: 4, height: 2 });
    expect([...same]).toEqual([...img.data]);
    const right = cropAndScale(img, { x: 2, y: 0, width: 2, height: 2, flip: true }, { width: 2, height: 2 });
    expect([...right.filter((_, i) => i % 3 === 0)]).toEqual([30, 20, 31, 21]);
    const small = cropAndScale(
      img,
      { x: 0, y: 0, width: 4, height: 2, flip: false },
      { width: 2, height: 1 },
    );
    // Output pixel centres sample x = 0.5 and 2.5, y = 0.5: bilinear means of the 2x2 blocks.
    expect([...small.filter((_, i) => i % 3 === 0)]).toEqual([6, 26]);
  });
});
