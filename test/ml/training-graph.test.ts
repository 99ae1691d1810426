/** @jest-environment ./test/ml/support/ort-environment.cjs */
import * as ort from 'onnxruntime-node';
import { DEFAULT_MODEL_CONFIG } from '../../src/ml/model/config.js';
import type { ModelConfig } from '../../src/ml/model/config.js';
import { buildTowerGraph, buildTrainingGraph } from '../../src/ml/model/graphs.js';
import { initParams, paramSpecs } from '../../src/ml/model/params.js';
import type { IILossConfig } from '../../src/ml/loss/ii-loss.js';
import { Rng } from '../../src/ml/util/rng.js';
import { prefixed, randomBatch, TINY } from './support/model-feeds.js';

const LOSS: IILossConfig = {
  tau: 0.1,
  tauIn: 0.1,
  tauOut: 0.2,
  lambdaVideo: 1,
  lambdaMusic: 0.5,
  divergence: 'kl',
};

function paramFeeds(c: ModelConfig, seed: number, dtype: 'float32' | 'float64'): Record<string, ort.Tensor> {
  const p = initParams(c, new Rng(seed));
  const rng = new Rng(seed + 1);
  return Object.fromEntries(
    paramSpecs(c).map((s) => {
      // Fresh non-zero values everywhere, biases included (init would leave them at 0).
      const src = p.get(s.name)!.map((v) => v + 0.05 * rng.normal());
      return [s.name, new ort.Tensor(dtype, dtype === 'float32' ? src : Float64Array.from(src), s.shape)];
    }),
  );
}

describe('the full training graph (both towers + II loss + reverse sweep)', () => {
  test.each(['kl', 'mse'] as const)(
    'parameter gradients match central differences in float64 (%s)',
    async (divergence) => {
      const c = TINY;
      const session = await ort.InferenceSession.create(
        buildTrainingGraph(c, { ...LOSS, divergence }, 'float64'),
      );
      const params = paramFeeds(c, 3, 'float64');
      const b = randomBatch(c, 5, 11, 'float64');
      const data = {
        ...prefixed('video.', b.trainingVideo),
        ...prefixed('music.', b.music),
        'video.pooled_in': b.pooled.video,
        'music.pooled_in': b.pooled.music,
      };
      const base = await session.run({ ...params, ...data });
      const rng = new Rng(5);
      const h = 1e-6;
      let worst = 0;
      let where = '';
      for (const s of paramSpecs(c)) {
        const analytic = base[`grad.${s.name}`]!.data as Float64Array;
        const orig = params[s.name]!.data as Float64Array;
        for (let k = 0; k < 5; k++) {
          const i = rng.int(orig.length);
          const at = async (delta: number) => {
            const d = orig.slice();
            d[i]! += delta;
            const r = await session.run({
              ...params,
              ...data,
              [s.name]: new ort.Tensor('float64', d, s.shape),
            });
            return (r.terms!.data as Float64Array)[3]!;
          };
          const numeric = ((await at(h)) - (await at(-h))) / (2 * h);
          const ratio = Math.abs(analytic[i]! - numeric) / (1e-7 + 1e-5 * Math.abs(numeric));
          if (ratio > worst) {
            worst = ratio;
            where = `${s.name}[${i}] analytic ${analytic[i]} numeric ${numeric}`;
          }
        }
      }
      if (worst > 1) throw new Error(`gradient mismatch at ${where}`);
      await session.release();
    },
  );

  test('the exported inference models agree with the training graph forward pass within 1e-5', async () => {
    const c: ModelConfig = {
      ...DEFAULT_MODEL_CONFIG,
      hidden: 64,
      dim: 32,
      segments: 6,
      textBuckets: 512,
      maxTextTokens: 16,
    };
    const weights = initParams(c, new Rng(21));
    const rng = new Rng(22);
    for (const w of weights.values()) for (let i = 0; i < w.length; i++) w[i]! += 0.02 * rng.normal();
    const training = await ort.InferenceSession.create(buildTrainingGraph(c, LOSS));
    const video = await ort.InferenceSession.create(buildTowerGraph(c, 'video', { weights }));
    const music = await ort.InferenceSession.create(buildTowerGraph(c, 'music', { weights }));
    const b = randomBatch(c, 8, 23, 'float32');
    const shapes = new Map(paramSpecs(c).map((s) => [s.name, s.shape]));
    const pf = Object.fromEntries(
      [...weights].map(([k, v]) => [k, new ort.Tensor('float32', v, shapes.get(k)!)]),
    );
    const t = await training.run({
      ...pf,
      ...prefixed('video.', b.trainingVideo),
      ...prefixed('music.', b.music),
      'video.pooled_in': b.pooled.video,
      'music.pooled_in': b.pooled.music,
    });
    const v = (await video.run(b.video)).embedding!.data as Float32Array;
    const m = (await music.run(b.music)).embedding!.data as Float32Array;
    const tv = t['video.embedding']!.data as Float32Array;
    const tm = t['music.embedding']!.data as Float32Array;
    expect(v.length).toBe(8 * c.dim);
    let maxDiff = 0;
    v.forEach((x, i) => (maxDiff = Math.max(maxDiff, Math.abs(x - tv[i]!))));
    m.forEach((x, i) => (maxDiff = Math.max(maxDiff, Math.abs(x - tm[i]!))));
    expect(maxDiff).toBeLessThan(1e-5);
    // Embeddings are unit length and not degenerate.
    expect(Math.hypot(...v.subarray(0, c.dim))).toBeCloseTo(1, 5);
    expect(Math.abs(v[0]! - v[c.dim]!)).toBeGreaterThan(0);
  });
});
