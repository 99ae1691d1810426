import { attr } from '../graph-builder.js';
import type { GraphBuilder, Value } from '../graph-builder.js';

/**
 * n(X): each row divided by its L2 norm, y = x/‖x‖ with ‖x‖ = sqrt(Σx² + ε).
 * Adjoint: dx = (dy − y·⟨dy, y⟩)/‖x‖ (the projection onto the tangent of the sphere).
 */
export function l2Normalize(g: GraphBuilder, x: Value, eps = 1e-12): Value {
  const axes = g.int64([-1]);
  const keep = { keepdims: attr.int(1) };
  const norm = g.op('Sqrt', [
    g.op('Add', [g.op('ReduceSum', [g.op('Mul', [x, x]), axes], keep), g.constant([eps])]),
  ]);
  const y = g.op('Div', [x, norm]);
  return g.track(y, [x], (d) => {
    const dot = g.op('ReduceSum', [g.op('Mul', [d, y]), axes], keep);
    return [g.op('Div', [g.op('Sub', [d, g.op('Mul', [y, dot])]), norm])];
  });
}
