/** @jest-environment ./test/ml/support/ort-environment.cjs */
import * as ort from 'onnxruntime-node';
import { buildSelfSupervisedGraph, buildTowerGraph, musicParamNames } from '../../src/ml/model/graphs.js';
import { initParams, paramSpecs } from '../../src/ml/model/params.js';
import type { IILossConfig } from '../../src/ml/loss/ii-loss.js';
import { Rng } from '../../src/ml/util/rng.js';
import { randomBatch, TINY } from './support/model-feeds.js';

const LOSS: IILossConfig = {
  tau: 0.1,
  tauIn: 0.1,
  tauOut: 0.2,
  lambdaVideo: 1,
  lambdaMusic: 0.5,
  divergence: 'kl',
};

function musicFeeds(seed: number, dtype: 'float32' | 'float64'): Record<string, ort.Tensor> {
  const c = TINY;
  const p = initParams(c, new Rng(seed));
  const rng = new Rng(seed + 1);
  const shapes = new Map(paramSpecs(c).map((s) => [s.name, s.shape]));
  return Object.fromEntries(
    musicParamNames(c).map((n) => {
      const src = p.get(n)!.map((v) => v + 0.05 * rng.normal());
      return [n, new ort.Tensor(dtype, dtype === 'float32' ? src : Float64Array.from(src), shapes.get(n)!)];
    }),
  );
}

function views(n: number, dtype: 'float32' | 'float64') {
  const a = randomBatch(TINY, n, 11, dtype);
  const b = randomBatch(TINY, n, 12, dtype);
  return {
    'a.frames': a.music.frames,
    'a.mask': a.music.mask,
    'b.frames': b.music.frames,
    'b.mask': b.music.mask,
    'b.pooled_in': b.pooled.music,
  };
}

describe('the music self-supervised training graph (two music-tower applications, shared weights)', () => {
  test('takes and differentiates only the music.* parameters', () => {
    const names = musicParamNames(TINY);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n.startsWith('music.'))).toBe(true);
    expect(names).toEqual(
      paramSpecs(TINY)
        .filter((s) => s.name.startsWith('music.'))
        .map((s) => s.name),
    );
  });

  test.each([
    ['kl', false],
    ['mse', false],
    ['kl', true],
  ] as const)(
    'parameter gradients match central differences in float64 (%s, scheduled %s)',
    async (divergence, scheduled) => {
      const c = TINY;
      const session = await ort.InferenceSession.create(
        buildSelfSupervisedGraph(c, { ...LOSS, divergence, scheduled }, 'float64'),
      );
      const params = musicFeeds(3, 'float64');
      const data: Record<string, ort.Tensor> = { ...views(5, 'float64') };
      if (scheduled) data['loss.intra_scale'] = new ort.Tensor('float64', Float64Array.of(0.7), [1]);
      const base = await session.run({ ...params, ...data });
      const terms = base.terms!.data as Float64Array;
      expect(terms[1]).toBe(0); // no video side
      expect(terms[3]).toBeCloseTo(terms[0]! + (scheduled ? 0.7 : 1) * 0.5 * terms[2]!, 12);
      const rng = new Rng(5);
      const h = 1e-6;
      let worst = 0;
      let where = '';
      const shapes = new Map(paramSpecs(c).map((s) => [s.name, s.shape]));
      for (const name of musicParamNames(c)) {
        const analytic = base[`grad.${name}`]!.data as Float64Array;
        const orig = params[name]!.data as Float64Array;
        for (let k = 0; k < 6; k++) {
          const i = rng.int(orig.length);
          const at = async (delta: number) => {
            const d = orig.slice();
            d[i]! += delta;
            const r = await session.run({
              ...params,
              ...data,
              [name]: new ort.Tensor('float64', d, shapes.get(name)!),
            });
            return (r.terms!.data as Float64Array)[3]!;
          };
          const numeric = ((await at(h)) - (await at(-h))) / (2 * h);
          const ratio = Math.abs(analytic[i]! - numeric) / (1e-7 + 1e-5 * Math.abs(numeric));
          if (ratio > worst) {
            worst = ratio;
            where = `${name}[${i}] analytic ${analytic[i]} numeric ${numeric}`;
          }
        }
      }
      if (worst > 1) throw new Error(`gradient mismatch at ${where}`);
      await session.release();
    },
  );

  test("both views' embeddings equal the exported music tower's within 1e-5", async () => {
    const c = TINY;
    const weights = initParams(c, new Rng(21));
    const training = await ort.InferenceSession.create(buildSelfSupervisedGraph(c, LOSS));
    const music = await ort.InferenceSession.create(buildTowerGraph(c, 'music', { weights }));
    const shapes = new Map(paramSpecs(c).map((s) => [s.name, s.shape]));
    const pf = Object.fromEntries(
      musicParamNames(c).map((n) => [n, new ort.Tensor('float32', weights.get(n)!, shapes.get(n)!)]),
    );
    const v = views(6, 'float32');
    const t = await training.run({ ...pf, ...v });
    for (const side of ['a', 'b'] as const) {
      const m = (await music.run({ frames: v[`${side}.frames`], mask: v[`${side}.mask`] })).embedding!
        .data as Float32Array;
      const tm = t[`${side}.embedding`]!.data as Float32Array;
      let maxDiff = 0;
      m.forEach((x, i) => (maxDiff = Math.max(maxDiff, Math.abs(x - tm[i]!))));
      expect(maxDiff).toBeLessThan(1e-5);
    }
  });
});
