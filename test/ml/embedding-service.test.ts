/** @jest-environment ./test/ml/support/ort-environment.cjs */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { EmbeddingService } from '../../src/ml/inference/embedding-service.js';
import {
  FeatureInputError,
  ModelManifestMismatchError,
  ModelNotFoundError,
} from '../../src/ml/features/errors.js';
import { buildTowerGraph } from '../../src/ml/model/graphs.js';
import type { FeatureSequence } from '../../src/ml/features/feature-sequence.js';
import { Rng } from '../../src/ml/util/rng.js';
import { exportRandomModel } from './support/export-random.js';
import type { TrainedModel } from '../../src/ml/train/trainer.js';
import { MusicBatch, VideoBatch } from '../../src/ml/train/batch.js';

let root: string;
let trained: TrainedModel;
let svc: EmbeddingService;
const rng = new Rng(77);

const seq = (frames: number, dim: number): FeatureSequence => ({
  frames,
  dim,
  dtype: 'float32',
  data: Float32Array.from({ length: frames * dim }, () => rng.normal()),
});
const u8 = (frames: number, dim: number): FeatureSequence => ({
  frames,
  dim,
  dtype: 'uint8',
  data: Uint8Array.from({ length: frames * dim }, () => rng.int(256)),
});

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'vmr-models-'));
  trained = await exportRandomModel(join(root, 'v1'), 'v1', { hidden: 64, dim: 32, textBuckets: 512 });
  svc = await EmbeddingService.openVersion(root, 'v1', { maxBatch: 16 });
});

afterAll(async () => {
  await svc.close();
  await rm(root, { recursive: true, force: true });
});

describe('EmbeddingService', () => {
  test('exposes the manifest: version, dim, feature spec, maxFrames, hasText', () => {
    expect(svc.manifest).toMatchObject({ version: 'v1', dim: 32, maxFrames: 3600, hasText: true });
    expect(svc.manifest.features.video.visualDim).toBe(1024);
    expect(svc.manifest.features.music.audioDim).toBe(128);
  });

  test('embeds music and video (visual-only, with audio, text-only, uint8) as unit vectors', async () => {
    const music = await svc.embedMusic([seq(30, 128), u8(5, 128)]);
    const videos = await svc.embedVideo([
      { visual: seq(40, 1024) },
      { visual: u8(12, 1024), audio: u8(12, 128), text: { title: 'Rainy day vlog' } },
      { text: { title: 'calm piano for a rainy vlog' } },
    ]);
    for (const e of [...music, ...videos]) {
      expect(e).toHaveLength(32);
      expect(Math.hypot(...e)).toBeCloseTo(1, 4);
    }
  });

  test('returns what an in-process session returns for the same inputs (batching keeps order)', async () => {
    const tracks = Array.from({ length: 37 }, (_, i) => seq(3 + i, 128));
    const got = await svc.embedMusic(tracks);
    const session = await ort.InferenceSession.create(
      buildTowerGraph(trained.config, 'music', { weights: trained.params }),
    );
    const b = new MusicBatch(trained.config, tracks.length);
    tracks.forEach((t, i) => b.set(i, t));
    const want = (await session.run(b.tensors(''))).embedding!.data as Float32Array;
    got.forEach((e, i) => e.forEach((x, k) => expect(Math.abs(x - want[i * 32 + k]!)).toBeLessThan(1e-5)));
    const vb = new VideoBatch(trained.config, 1);
    expect(vb.n).toBe(1);
  });

  test('keeps the event loop turning during a large embedding batch', async () => {
    const distinct = Array.from({ length: 50 }, () => ({ visual: u8(20, 1024) }));
    const videos = Array.from({ length: 4000 }, (_, i) => distinct[i % distinct.length]!);
    const big = await EmbeddingService.open(join(root, 'v1'), { maxBatch: 256 });
    try {
      let ticks = 0;
      let last = performance.now();
      let maxGap = 0;
      const timer = setInterval(() => {
        const now = performance.now();
        maxGap = Math.max(maxGap, now - last);
        last = now;
        ticks++;
      }, 5);
      const t0 = performance.now();
      const out = await big.embedVideo(videos);
      const elapsed = performance.now() - t0;
      clearInterval(timer);
      expect(out).toHaveLength(4000);
      // The request takes a while (16 session.run calls), yet timers keep firing throughout it:
      // no stall comes close to the length of the request, as one blocking run would.
      expect(elapsed).toBeGreaterThan(300);
      expect(ticks).toBeGreaterThan(elapsed / 50);
      expect(maxGap).toBeLessThan(Math.min(250, elapsed / 4));
    } finally {
      await big.close();
    }
  });

  test('falls back to CPU with a log line when the CUDA provider is not installed', async () => {
    const lines: string[] = [];
    const gpu = await EmbeddingService.open(join(root, 'v1'), {
      executionProviders: ['cuda', 'cpu'],
      log: (l) => lines.push(l),
    });
    try {
      expect(await gpu.embedMusic([seq(4, 128)])).toHaveLength(1);
      expect(lines.join('\n')).toMatch(/execution providers \["cuda"\] unavailable .*falling back to CPU/);
    } finally {
      await gpu.close();
    }
  });

  describe('bad input', () => {
    const codeOf = async (p: Promise<unknown>) => {
      const e = await p.then(
        () => null,
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(FeatureInputError);
      return [(e as FeatureInputError).code, (e as Error).message];
    };
    test('wrong feature dimension', async () =>
      expect(await codeOf(svc.embedMusic([seq(3, 64)]))).toEqual([
        'BAD_FEATURE_DIM',
        'music[0]: feature dimension must be 128, got 64',
      ]));
    test('NaN or Infinity', async () => {
      const s = seq(2, 1024);
      s.data[5] = Infinity;
      expect(await codeOf(svc.embedVideo([{ visual: s }]))).toEqual([
        'NON_FINITE',
        'video[0].visual: value at frame 0, dim 5 is Infinity (NaN/Infinity not allowed)',
      ]);
    });
    test('empty sequence', async () =>
      expect(
        await codeOf(svc.embedMusic([{ frames: 0, dim: 128, dtype: 'float32', data: new Float32Array(0) }])),
      ).toEqual(['EMPTY_SEQUENCE', 'music[0]: sequence must have at least 1 frame, got 0']));
    test('sequence over the documented maximum', async () =>
      expect(await codeOf(svc.embedMusic([u8(3601, 128)]))).toEqual([
        'TOO_LONG',
        'music[0]: sequence has 3601 frames, more than the maximum of 3600',
      ]));
    test('a video with nothing to embed', async () =>
      expect(await codeOf(svc.embedVideo([{ text: { title: '   ' } }]))).toEqual([
        'EMPTY_INPUT',
        'video[0]: needs visual or audio features, or non-empty text',
      ]));
    test('an unknown model version', async () => {
      await expect(EmbeddingService.openVersion(root, 'nope')).rejects.toBeInstanceOf(ModelNotFoundError);
      await expect(EmbeddingService.open(join(root, 'missing'))).rejects.toThrow(
        /model not found: .*missing \(no such directory\)/,
      );
    });
    test('a model whose ONNX file does not match its manifest fails at start-up', async () => {
      const dir = join(root, 'bad');
      await exportRandomModel(dir, 'bad', { hidden: 16, dim: 8, textBuckets: 64 });
      const m = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
      m.files['music.onnx'].sha256 = '0'.repeat(64);
      await writeFile(join(dir, 'manifest.json'), JSON.stringify(m));
      await expect(EmbeddingService.open(dir)).rejects.toBeInstanceOf(ModelManifestMismatchError);
      m.files['music.onnx'].outputs[0].dims = ['N', 99];
      await writeFile(join(dir, 'manifest.json'), JSON.stringify(m));
      await expect(EmbeddingService.open(dir)).rejects.toThrow(/music.onnx declares .* this runtime needs/);
    });
    test('an ONNX graph whose outputs differ from the manifest fails at start-up with both shapes named', async () => {
      const dir = join(root, 'swapped');
      const t = await exportRandomModel(dir, 'swapped', { hidden: 16, dim: 8, textBuckets: 64 });
      // Same manifest, but music.onnx replaced by a 12-d model (checksum updated, so only the graph check can catch it).
      const other = buildTowerGraph({ ...t.config, dim: 12 }, 'music', {
        weights: (await exportRandomModel(join(root, 'tmp12'), 'tmp12', { ...t.config, dim: 12 })).params,
      });
      await writeFile(join(dir, 'music.onnx'), other);
      const m = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
      m.files['music.onnx'].sha256 = createHash('sha256').update(other).digest('hex');
      await writeFile(join(dir, 'manifest.json'), JSON.stringify(m));
      await expect(EmbeddingService.open(dir)).rejects.toThrow(
        'model swapped: music.onnx outputs do not match manifest: expected embedding:float32[N,8], model has embedding:float32[N,12]',
      );
    });
  });
});
