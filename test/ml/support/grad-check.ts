import * as ort from 'onnxruntime-node';
import { GraphBuilder } from '../../../src/ml/graph/graph-builder.js';
import type { Value } from '../../../src/ml/graph/graph-builder.js';
import { OnnxType } from '../../../src/ml/onnx/model-proto.js';
import { mul } from '../../../src/ml/graph/ops/elementwise.js';
import { reduceSum } from '../../../src/ml/graph/ops/reduce.js';
import { Rng } from '../../../src/ml/util/rng.js';

export interface CheckInput {
  name: string;
  shape: number[];
  /** float64 data (differentiable unless requiresGrad=false) or int64 ids. */
  data: Float64Array | BigInt64Array;
  requiresGrad?: boolean;
}

export function randn(rng: Rng, n: number, scale = 1): Float64Array {
  return Float64Array.from({ length: n }, () => rng.normal() * scale);
}

/**
 * Central finite differences in float64 against the reverse-mode graph:
 * L = Σ R∘f(x) with a fixed random R, so every output element matters.
 * Returns the worst |analytic − numeric| / (atol + rtol·|numeric|) ratio (≤ 1 passes).
 */
export async function gradCheck(
  inputs: CheckInput[],
  f: (g: GraphBuilder, xs: Value[]) => Value,
  outShape: number[],
  opts: { seed?: number; h?: number; rtol?: number; atol?: number; maxPerInput?: number } = {},
): Promise<{ worst: number; checked: number; details: string }> {
  const rng = new Rng(opts.seed ?? 7);
  const h = opts.h ?? 1e-6;
  const rtol = opts.rtol ?? 1e-5;
  const atol = opts.atol ?? 1e-7;
  const g = new GraphBuilder('float64');
  const xs = inputs.map((i) =>
    i.data instanceof BigInt64Array
      ? g.input(i.name, i.shape, { elemType: OnnxType.int64 })
      : g.input(i.name, i.shape, { requiresGrad: i.requiresGrad ?? true }),
  );
  const y = f(g, xs);
  const r = g.initializer(
    'R',
    randn(
      rng,
      outShape.reduce((a, b) => a * b, 1),
    ),
    outShape,
  );
  const loss = reduceSum(g, mul(g, y, r), 'all');
  g.output(loss, 'loss', []);
  const diffInputs = xs.filter((x, k) => x.requiresGrad && !(inputs[k]!.data instanceof BigInt64Array));
  const grads = g.gradients(loss, diffInputs);
  for (const x of diffInputs)
    g.output(grads.get(x.name)!, `grad_${x.name}`, inputs.find((i) => i.name === x.name)!.shape);
  const session = await ort.InferenceSession.create(g.toModel());
  const feeds = (override?: { name: string; data: Float64Array }) =>
    Object.fromEntries(
      inputs.map((i) => {
        const d = override?.name === i.name ? override.data : i.data;
        return [i.name, new ort.Tensor(d instanceof BigInt64Array ? 'int64' : 'float64', d, i.shape)];
      }),
    );
  const base = await session.run(feeds());
  let worst = 0;
  let checked = 0;
  let details = '';
  for (const x of diffInputs) {
    const inp = inputs.find((i) => i.name === x.name)!;
    const data = inp.data as Float64Array;
    const analytic = base[`grad_${x.name}`]!.data as Float64Array;
    const idx = Array.from({ length: data.length }, (_, k) => k);
    const pick =
      opts.maxPerInput && data.length > opts.maxPerInput ? rng.shuffle(idx).slice(0, opts.maxPerInput) : idx;
    for (const k of pick) {
      const plus = data.slice();
      plus[k]! += h;
      const minus = data.slice();
      minus[k]! -= h;
      const lp = ((await session.run(feeds({ name: x.name, data: plus }))).loss!.data as Float64Array)[0]!;
      const lm = ((await session.run(feeds({ name: x.name, data: minus }))).loss!.data as Float64Array)[0]!;
      const numeric = (lp - lm) / (2 * h);
      const ratio = Math.abs(analytic[k]! - numeric) / (atol + rtol * Math.abs(numeric));
      checked++;
      if (ratio > worst) {
        worst = ratio;
        details = `${x.name}[${k}]: analytic ${analytic[k]}, numeric ${numeric}`;
      }
    }
  }
  await session.release();
  return { worst, checked, details };
}
