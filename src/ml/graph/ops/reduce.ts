import { attr } from '../graph-builder.js';
import type { GraphBuilder, Value } from '../graph-builder.js';

/**
 * Sum over `axes` ('all' reduces to a scalar). The adjoint broadcasts dY back
 * to X's shape: unsqueeze the reduced axes (unless kept), then Expand.
 */
export function reduceSum(g: GraphBuilder, x: Value, axes: number[] | 'all', keepdims = false): Value {
  const keep = attr.int(keepdims ? 1 : 0);
  const inputs = axes === 'all' ? [x] : [x, g.int64(axes)];
  const y = g.op('ReduceSum', inputs, { keepdims: keep });
  return g.track(y, [x], (d) => {
    const shaped = keepdims || axes === 'all' ? d : g.op('Unsqueeze', [d, g.int64(axes)]);
    return [g.op('Expand', [shaped, g.op('Shape', [x])])];
  });
}

/**
 * Max over one axis. The subgradient routes dY to the arg-max position(s):
 * dX = 1[X = max]·dY. Ties have probability zero for continuous inputs.
 */
export function reduceMax(g: GraphBuilder, x: Value, axis: number): Value {
  const y = g.op('ReduceMax', [x], { axes: attr.ints([axis]), keepdims: attr.int(0) });
  return g.track(y, [x], (d) => {
    const axes = g.int64([axis]);
    const hit = g.op('Cast', [g.op('Equal', [x, g.op('Unsqueeze', [y, axes])])], {
      to: attr.int(g.elemType),
    });
    return [g.op('Mul', [hit, g.op('Unsqueeze', [d, axes])])];
  });
}
