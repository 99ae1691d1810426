/** @jest-environment ./test/ml/support/ort-environment.cjs */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Embedder } from '../../src/ml/eval/embedder.js';
import { exportModel } from '../../src/ml/export/export-model.js';
import type { ModelManifest } from '../../src/ml/export/manifest.js';
import type { FeatureSequence } from '../../src/ml/features/feature-sequence.js';
import { EmbeddingService } from '../../src/ml/inference/embedding-service.js';
import type { ModelConfig } from '../../src/ml/model/config.js';
import { initParams } from '../../src/ml/model/params.js';
import type { ParamStore } from '../../src/ml/model/params.js';
import { excerptRetrievalMetrics } from '../../src/ml/objectives/excerpt-retrieval.js';
import { textToMusicDataset } from '../../src/ml/objectives/objectives.js';
import { resolveModelConfig } from '../../src/ml/train/options.js';
import { train } from '../../src/ml/train/trainer.js';
import type { TrainProgressEvent } from '../../src/ml/train/trainer.js';
import { Rng } from '../../src/ml/util/rng.js';
import { logmelAugmenter } from '../../src/media/audio/augment.js';
import { SMALL_MODEL, smallDataset } from './support/small-setup.js';
import { syntheticRecordings, syntheticTextTracks, testAugmenter } from './support/synthetic-recordings.js';

const recordings = syntheticRecordings();
const common = { model: SMALL_MODEL, threads: 1, batchSize: 16, lr: 3e-3, seed: 4, patience: 100 };

async function excerptR1(c: ModelConfig, params: ParamStore, split: 'test' | 'val' = 'test') {
  const embedder = await Embedder.create(c, { threads: 1 });
  try {
    const embedMusic = async (seqs: FeatureSequence[]) => {
      const flat = await embedder.embedTracks(params, seqs);
      return seqs.map((_, i) => flat.subarray(i * c.dim, (i + 1) * c.dim));
    };
    return (await excerptRetrievalMetrics(embedMusic, recordings, split, { augment: testAugmenter })).metrics;
  } finally {
    await embedder.release();
  }
}

describe("train({ objectives: ['music_self_supervised'] })", () => {
  test('beats chance and the untrained model on held-out excerpt R@1, and leaves video/text parameters untouched', async () => {
    const events: TrainProgressEvent[] = [];
    const r = await train({
      ...common,
      objectives: ['music_self_supervised'],
      recordings,
      augment: testAugmenter,
      epochs: 12,
      onProgress: (e) => events.push(e),
    });
    const c = resolveModelConfig(SMALL_MODEL);
    const initial = initParams(c, new Rng(4));
    const untrained = await excerptR1(c, initial);
    const test = r.metrics.objectives!.test!.music_self_supervised!;
    // Three queries per held-out recording; every recording is a candidate.
    expect(test.queries).toBe(3 * 24);
    expect(test.candidates).toBe(recordings.length);
    expect(test.windowSeconds).toBe(20);
    console.log(
      `excerpt R@1: untrained ${untrained.r1.toFixed(3)}, trained ${test.r1.toFixed(3)} (chance ${(1 / 24).toFixed(3)}); R@10 ${test.r10.toFixed(3)}, medR ${test.medianRank}`,
    );
    expect(test.r1).toBeGreaterThan(3 / 24);
    expect(test.r1).toBeGreaterThan(untrained.r1 + 0.1);
    // The same numbers through the generic function on the returned weights.
    expect((await excerptR1(c, r.params)).r1).toBeCloseTo(test.r1, 10);

    // Only music.* moved; video.* and text.* are bit-identical to the seeded initialisation.
    expect(r.config.useText).toBe(true);
    for (const [name, w] of r.params) {
      const same = Buffer.compare(Buffer.from(w.buffer), Buffer.from(initial.get(name)!.buffer)) === 0;
      expect([name, same]).toEqual([name, !name.startsWith('music.')]);
    }
    const steps = events.filter((e) => e.type === 'step');
    expect(steps.every((e) => e.objective === 'music_self_supervised' && e.loss.intraVideo === 0)).toBe(true);
    expect(steps[0]!.loss.intraMusic).toBeGreaterThan(0);
    const epoch = events.find((e) => e.type === 'epoch')!;
    expect(epoch.val).toBeUndefined();
    expect(epoch.objectives?.music_self_supervised?.score).toBe(epoch.valScore);
    expect(r.objectives).toEqual(['music_self_supervised']);
    expect(r.metrics.val).toBeUndefined();
  }, 90_000);
});

describe("train({ objectives: ['text_to_music'] })", () => {
  test('learns text → music where the words determine the audio profile', async () => {
    const textDataset = textToMusicDataset(syntheticTextTracks());
    const r = await train({ ...common, objectives: ['text_to_music'], textDataset, epochs: 8 });
    const m = r.metrics.objectives!.test!.text_to_music!;
    console.log(
      `text_to_music test R@10 v2m ${m.v2m.r10.toFixed(3)} m2v ${m.m2v.r10.toFixed(3)} (chance ${(10 / 32).toFixed(3)})`,
    );
    expect(m.candidates).toBe(32);
    expect(m.v2m.r10).toBeGreaterThan(0.6);
    await expect(
      train({ ...common, useText: false, objectives: ['text_to_music'], textDataset, epochs: 1 }),
    ).rejects.toThrow(/useText/);
  }, 90_000);
});

describe('combined objectives', () => {
  test('interleave round-robin with one optimizer; metrics per objective; the manifest records them', async () => {
    const syn = smallDataset();
    const textDataset = textToMusicDataset(syntheticTextTracks({ train: 64, val: 16, test: 16 }));
    const augment = logmelAugmenter();
    const events: TrainProgressEvent[] = [];
    const r = await train({
      ...common,
      objectives: ['video_music', 'music_self_supervised', 'text_to_music'],
      dataset: syn.dataset,
      recordings,
      textDataset,
      augment,
      batchSize: 32,
      epochs: 2,
      onProgress: (e) => events.push(e),
    });
    const start = events.find((e) => e.type === 'start')!;
    expect(start).toMatchObject({
      objectives: ['video_music', 'music_self_supervised', 'text_to_music'],
      trainItems: { video_music: 256, music_self_supervised: 80, text_to_music: 64 },
      stepsPerEpoch: 8 * 3, // the largest objective (256 pairs / 32) sets the rounds
    });
    const steps = events.filter((e) => e.type === 'step');
    expect(steps).toHaveLength(48);
    expect(steps.slice(0, 6).map((e) => e.objective)).toEqual([
      'video_music',
      'music_self_supervised',
      'text_to_music',
      'video_music',
      'music_self_supervised',
      'text_to_music',
    ]);
    const epoch = events.find((e) => e.type === 'epoch')!;
    const scores = epoch.objectives!;
    const mean =
      (scores.video_music!.score + scores.music_self_supervised!.score + scores.text_to_music!.score) / 3;
    expect(epoch.valScore).toBeCloseTo(mean, 12);
    expect(epoch.val).toEqual(scores.video_music!.metrics);
    expect(r.metrics.val).toBeDefined();
    expect(r.metrics.test).toBeDefined();
    expect(Object.keys(r.metrics.objectives!.val).sort()).toEqual([
      'music_self_supervised',
      'text_to_music',
      'video_music',
    ]);
    expect(Object.keys(r.dataHashes!).sort()).toEqual([
      'music_self_supervised',
      'text_to_music',
      'video_music',
    ]);

    const dir = await mkdtemp(join(tmpdir(), 'vmr-objectives-'));
    try {
      await exportModel(r, join(dir, 'm1'), { version: 'm1' });
      const manifest = JSON.parse(await readFile(join(dir, 'm1', 'manifest.json'), 'utf8')) as ModelManifest;
      expect(manifest.objectives).toEqual(['video_music', 'music_self_supervised', 'text_to_music']);
      // The exported model scores the same excerpt queries as the trainer did.
      const svc = await EmbeddingService.open(join(dir, 'm1'), { threads: 1 });
      try {
        const viaService = await excerptRetrievalMetrics((s) => svc.embedMusic(s), recordings, 'test', {
          augment,
        });
        const inTrainer = r.metrics.objectives!.test!.music_self_supervised!;
        expect(viaService.ranks).toHaveLength(3 * 24);
        expect(Math.abs(viaService.metrics.r10 - inTrainer.r10)).toBeLessThanOrEqual(1 / 24);
        expect(Math.abs(viaService.metrics.r1 - inTrainer.r1)).toBeLessThanOrEqual(1 / 24);
      } finally {
        await svc.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 90_000);

  test('video_music alone keeps the old shape: no objectives metrics, manifest objectives default', async () => {
    const syn = smallDataset();
    const r = await train({ ...common, dataset: syn.dataset, epochs: 1, evaluateTest: false });
    expect(r.objectives).toEqual(['video_music']);
    expect(r.metrics.objectives).toBeUndefined();
    expect(r.dataHashes).toBeUndefined();
    await expect(train({ ...common, objectives: ['music_self_supervised'], epochs: 1 })).rejects.toThrow(
      /recordings/,
    );
    await expect(train({ ...common, objectives: [], dataset: syn.dataset })).rejects.toThrow(/at least one/);
  }, 60_000);
});
