import { attr } from '../graph-builder.js';
import type { GraphBuilder, Value } from '../graph-builder.js';

/**
 * Row-wise log-softmax over the last axis, Y = X − logsumexp(X).
 * Adjoint: dX = dY − softmax(X)·Σ_j dY_j.
 */
export function logSoftmax(g: GraphBuilder, x: Value): Value {
  const y = g.op('LogSoftmax', [x], { axis: attr.int(-1) });
  return g.track(y, [x], (d) => {
    const s = g.op('ReduceSum', [d, g.int64([-1])], { keepdims: attr.int(1) });
    return [g.op('Sub', [d, g.op('Mul', [g.op('Exp', [y]), s])])];
  });
}
