import { attr } from '../graph-builder.js';
import type { GraphBuilder, Value } from '../graph-builder.js';

/** Reshape to a constant shape (ONNX semantics: -1 infers, 0 copies). The adjoint reshapes back. */
export function reshape(g: GraphBuilder, x: Value, shape: number[]): Value {
  return g.diff('Reshape', [x, g.int64(shape)], (d) => [g.op('Reshape', [d, g.op('Shape', [x])]), null]);
}

export function unsqueeze(g: GraphBuilder, x: Value, axes: number[]): Value {
  return g.diff('Unsqueeze', [x, g.int64(axes)], (d) => [g.op('Squeeze', [d, g.int64(axes)]), null]);
}

/** Concatenation along the last axis; `sizes` are the inputs' last dims, needed to split the adjoint. */
export function concatLast(g: GraphBuilder, xs: Value[], sizes: number[]): Value {
  if (xs.length !== sizes.length)
    throw new RangeError(`concatLast: ${xs.length} inputs but ${sizes.length} sizes`);
  const y = g.op('Concat', xs, { axis: attr.int(-1) });
  return g.track(y, xs, (d) => g.opN('Split', [d, g.int64(sizes)], xs.length, { axis: attr.int(-1) }));
}
