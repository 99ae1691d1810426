/** @jest-environment ./test/ml/support/ort-environment.cjs */
import { Rng } from '../../src/ml/util/rng.js';
import { linear, matmulTransB } from '../../src/ml/graph/ops/linear.js';
import { add, mul, relu, scale, sub, transpose } from '../../src/ml/graph/ops/elementwise.js';
import { reduceMax, reduceSum } from '../../src/ml/graph/ops/reduce.js';
import { concatLast, reshape, unsqueeze } from '../../src/ml/graph/ops/shape.js';
import { logSoftmax } from '../../src/ml/graph/ops/softmax.js';
import { l2Normalize } from '../../src/ml/graph/ops/l2-normalize.js';
import { embeddingGather } from '../../src/ml/graph/ops/gather.js';
import { gradCheck, randn } from './support/grad-check.js';
import type { CheckInput } from './support/grad-check.js';
import type { GraphBuilder, Value } from '../../src/ml/graph/graph-builder.js';

/*
 * Every differentiable op of the graph builder, checked against central finite
 * differences in float64 (h = 1e-6) on fixed-seed random inputs (never zeros).
 */

const rng = new Rng(20240727);
const x = (name: string, shape: number[], requiresGrad = true): CheckInput => ({
  name,
  shape,
  data: randn(
    rng,
    shape.reduce((a, b) => a * b, 1),
  ),
  requiresGrad,
});

type Case = [string, CheckInput[], (g: GraphBuilder, v: Value[]) => Value, number[]];

const cases: Case[] = [
  [
    'linear (Gemm) with bias',
    [x('x', [4, 3]), x('w', [3, 5]), x('b', [5])],
    (g, [a, w, b]) => linear(g, a!, w!, b!),
    [4, 5],
  ],
  ['linear without bias', [x('x', [3, 2]), x('w', [2, 4])], (g, [a, w]) => linear(g, a!, w!), [3, 4]],
  ['matmulTransB (A·Bᵀ)', [x('a', [4, 3]), x('b', [5, 3])], (g, [a, b]) => matmulTransB(g, a!, b!), [4, 5]],
  ['matmulTransB with the same operand twice', [x('a', [4, 3])], (g, [a]) => matmulTransB(g, a!, a!), [4, 4]],
  ['add', [x('a', [3, 4]), x('b', [3, 4])], (g, [a, b]) => add(g, a!, b!), [3, 4]],
  ['sub', [x('a', [3, 4]), x('b', [3, 4])], (g, [a, b]) => sub(g, a!, b!), [3, 4]],
  ['mul', [x('a', [3, 4]), x('b', [3, 4])], (g, [a, b]) => mul(g, a!, b!), [3, 4]],
  [
    'mul by a broadcast constant',
    [x('a', [3, 4]), x('m', [3, 1], false)],
    (g, [a, m]) => mul(g, a!, m!),
    [3, 4],
  ],
  ['scale', [x('a', [2, 3])], (g, [a]) => scale(g, a!, -2.5), [2, 3]],
  ['relu', [x('a', [4, 5])], (g, [a]) => relu(g, a!), [4, 5]],
  ['transpose', [x('a', [3, 5])], (g, [a]) => transpose(g, a!), [5, 3]],
  ['reduceSum over one axis', [x('a', [2, 3, 4])], (g, [a]) => reduceSum(g, a!, [1]), [2, 4]],
  ['reduceSum keepdims', [x('a', [3, 4])], (g, [a]) => reduceSum(g, a!, [1], true), [3, 1]],
  ['reduceSum to a scalar', [x('a', [3, 4])], (g, [a]) => reduceSum(g, a!, 'all'), []],
  ['reduceMax over the segment axis', [x('a', [2, 5, 3])], (g, [a]) => reduceMax(g, a!, 1), [2, 3]],
  ['reshape', [x('a', [6, 4])], (g, [a]) => reshape(g, a!, [-1, 3, 4]), [2, 3, 4]],
  ['unsqueeze', [x('a', [3, 4])], (g, [a]) => unsqueeze(g, a!, [1]), [3, 1, 4]],
  ['concatLast', [x('a', [3, 2]), x('b', [3, 4])], (g, [a, b]) => concatLast(g, [a!, b!], [2, 4]), [3, 6]],
  ['logSoftmax', [x('a', [4, 5])], (g, [a]) => logSoftmax(g, a!), [4, 5]],
  ['l2Normalize', [x('a', [4, 5])], (g, [a]) => l2Normalize(g, a!), [4, 5]],
  [
    'embeddingGather with repeated ids',
    [
      x('table', [7, 3]),
      { name: 'ids', shape: [2, 4], data: BigInt64Array.from([1n, 3n, 3n, 0n, 6n, 1n, 5n, 1n]) },
    ],
    (g, [t, ids]) => embeddingGather(g, t!, ids!),
    [2, 4, 3],
  ],
];

describe('gradient checks of every differentiable op (float64, central differences)', () => {
  test.each(cases)('%s matches finite differences', async (_name, inputs, f, outShape) => {
    const r = await gradCheck(inputs, f, outShape);
    expect(r.checked).toBeGreaterThan(0);
    if (r.worst > 1) throw new Error(`gradient mismatch: ${r.details} (ratio ${r.worst})`);
  });
});

describe('the gradient checker itself', () => {
  test('it flags a deliberately wrong backward rule', async () => {
    const wrongSquare = (g: GraphBuilder, [a]: Value[]) =>
      g.diff('Mul', [a!, a!], (d) => [g.op('Mul', [d, a!]), null]);
    const r = await gradCheck([x('a', [3, 3])], wrongSquare, [3, 3]);
    expect(r.worst).toBeGreaterThan(100);
  });
});
