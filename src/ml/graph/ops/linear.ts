import { attr } from '../graph-builder.js';
import type { GraphBuilder, Value } from '../graph-builder.js';

/**
 * Affine map Y = X·W + b over 2-D X [N, K], W [K, M], b [M] (ONNX Gemm).
 * Backward: dX = dY·Wᵀ, dW = Xᵀ·dY, db = Σ_rows dY. Using Gemm's trans flags
 * keeps the transposes inside the GEMM kernel instead of materialising them.
 */
export function linear(g: GraphBuilder, x: Value, w: Value, b?: Value): Value {
  const inputs = b ? [x, w, b] : [x, w];
  return g.diff('Gemm', inputs, (dy) => [
    x.requiresGrad ? g.op('Gemm', [dy, w], { transB: attr.int(1) }) : null,
    w.requiresGrad ? g.op('Gemm', [x, dy], { transA: attr.int(1) }) : null,
    b?.requiresGrad ? g.op('ReduceSum', [dy, g.int64([0])], { keepdims: attr.int(0) }) : null,
  ]);
}

/** Z = A·Bᵀ for A [N, D], B [M, D]: the similarity matrix of two row sets. dA = dZ·B, dB = dZᵀ·A. */
export function matmulTransB(g: GraphBuilder, a: Value, b: Value): Value {
  return g.diff(
    'Gemm',
    [a, b],
    (dz) => [
      a.requiresGrad ? g.op('MatMul', [dz, b]) : null,
      b.requiresGrad ? g.op('Gemm', [dz, a], { transA: attr.int(1) }) : null,
    ],
    { transB: attr.int(1) },
  );
}
