/** @jest-environment ./test/ml/support/ort-environment.cjs */
import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-node';
import { GraphBuilder } from '../../src/ml/graph/graph-builder.js';
import { iiLoss, intraLoss, stackTerms } from '../../src/ml/loss/ii-loss.js';
import type { IILossConfig } from '../../src/ml/loss/ii-loss.js';
import { Rng } from '../../src/ml/util/rng.js';
import { gradCheck, randn } from './support/grad-check.js';

interface FixtureCase {
  params: IILossConfig & { name: string };
  expected: { inter: number; intraVideo: number; intraMusic: number; total: number };
  gradVideoOut: number[][];
  gradMusicOut: number[][];
}
const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/ii-loss-reference.json', import.meta.url), 'utf8'),
) as {
  inputs: Record<'videoIn' | 'musicIn' | 'videoOut' | 'musicOut', number[][]>;
  cases: FixtureCase[];
};
const shape = (k: keyof typeof fixture.inputs) => [fixture.inputs[k].length, fixture.inputs[k][0]!.length];

function relClose(actual: number, expected: number, rtol = 1e-6): void {
  const err = Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-8);
  if (err > rtol) throw new Error(`expected ${expected}, got ${actual} (relative error ${err})`);
}

describe('II loss against the reference fixture (float64)', () => {
  test.each(fixture.cases.map((c) => [c.params.name, c] as const))(
    '%s: loss terms and gradients match',
    async (_n, c) => {
      const g = new GraphBuilder('float64');
      const videoIn = g.input('videoIn', shape('videoIn'));
      const musicIn = g.input('musicIn', shape('musicIn'));
      const videoOut = g.input('videoOut', shape('videoOut'), { requiresGrad: true });
      const musicOut = g.input('musicOut', shape('musicOut'), { requiresGrad: true });
      const terms = iiLoss(g, { videoIn, musicIn, videoOut, musicOut }, c.params);
      g.output(stackTerms(g, terms), 'terms', [4]);
      const grads = g.gradients(terms.total, [videoOut, musicOut]);
      g.output(grads.get('videoOut')!, 'gv', shape('videoOut'));
      g.output(grads.get('musicOut')!, 'gm', shape('musicOut'));
      const session = await ort.InferenceSession.create(g.toModel());
      const feeds = Object.fromEntries(
        (['videoIn', 'musicIn', 'videoOut', 'musicOut'] as const).map((k) => [
          k,
          new ort.Tensor('float64', Float64Array.from(fixture.inputs[k].flat()), shape(k)),
        ]),
      );
      const r = await session.run(feeds);
      const t = r.terms!.data as Float64Array;
      relClose(t[0]!, c.expected.inter);
      relClose(t[1]!, c.expected.intraVideo);
      relClose(t[2]!, c.expected.intraMusic);
      relClose(t[3]!, c.expected.total);
      const gv = r.gv!.data as Float64Array;
      const gm = r.gm!.data as Float64Array;
      // Fixture gradients are finite differences (h = 1e-6): compare with an absolute floor for near-zero entries.
      c.gradVideoOut
        .flat()
        .forEach((e, i) => expect(Math.abs(gv[i]! - e)).toBeLessThan(1e-6 * Math.abs(e) + 1e-7));
      c.gradMusicOut
        .flat()
        .forEach((e, i) => expect(Math.abs(gm[i]! - e)).toBeLessThan(1e-6 * Math.abs(e) + 1e-7));
      await session.release();
    },
  );
});

describe('II loss gradients against finite differences on fresh inputs', () => {
  const rng = new Rng(99);
  const B = 5;
  const inputs = () => [
    { name: 'vin', shape: [B, 6], data: randn(rng, B * 6), requiresGrad: false },
    { name: 'min', shape: [B, 4], data: randn(rng, B * 4), requiresGrad: false },
    { name: 'vout', shape: [B, 3], data: randn(rng, B * 3) },
    { name: 'mout', shape: [B, 3], data: randn(rng, B * 3) },
  ];
  const cfg = (divergence: 'kl' | 'mse'): IILossConfig => ({
    tau: 0.1,
    tauIn: 0.07,
    tauOut: 0.2,
    lambdaVideo: 0.7,
    lambdaMusic: 1.3,
    divergence,
  });

  test.each(['kl', 'mse'] as const)('the full loss (%s) matches central differences', async (div) => {
    const r = await gradCheck(
      inputs(),
      (g, [vin, min, vout, mout]) =>
        iiLoss(g, { videoIn: vin!, musicIn: min!, videoOut: vout!, musicOut: mout! }, cfg(div)).total,
      [],
    );
    if (r.worst > 1) throw new Error(`gradient mismatch: ${r.details}`);
  });

  test('the intra term alone (KL) matches central differences', async () => {
    const r = await gradCheck(
      inputs().slice(0, 1).concat(inputs().slice(2, 3)),
      (g, [vin, vout]) => intraLoss(g, vin!, vout!, cfg('kl')),
      [],
    );
    if (r.worst > 1) throw new Error(`gradient mismatch: ${r.details}`);
  });
});
