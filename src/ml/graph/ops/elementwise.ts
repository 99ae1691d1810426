import { attr } from '../graph-builder.js';
import type { GraphBuilder, Value } from '../graph-builder.js';

/*
 * Elementwise ops. Broadcasting is allowed only for operands that do not
 * require a gradient (masks, constants): a trainable operand must have the
 * output's shape, so its gradient needs no reduction.
 */

export function add(g: GraphBuilder, a: Value, b: Value): Value {
  return g.diff('Add', [a, b], (d) => [d, d]);
}

export function sub(g: GraphBuilder, a: Value, b: Value): Value {
  return g.diff('Sub', [a, b], (d) => [d, b.requiresGrad ? g.op('Neg', [d]) : null]);
}

/** d(a∘b) = da∘b + a∘db. */
export function mul(g: GraphBuilder, a: Value, b: Value): Value {
  return g.diff('Mul', [a, b], (d) => [
    a.requiresGrad ? g.op('Mul', [d, b]) : null,
    b.requiresGrad ? g.op('Mul', [d, a]) : null,
  ]);
}

/** Multiplication by a fixed scalar c: d(cx) = c·dx. */
export function scale(g: GraphBuilder, x: Value, c: number): Value {
  const k = g.constant([c]);
  return g.diff('Mul', [x, k], (d) => [g.op('Mul', [d, k]), null]);
}

/** ReLU: dX = dY·1[Y>0]; Sign(Y) is exactly that indicator because Y ≥ 0. */
export function relu(g: GraphBuilder, x: Value): Value {
  // The rule runs after `y` is assigned (during gradients()), so the closure may refer to it.
  const y: Value = g.diff('Relu', [x], (d) => [g.op('Mul', [d, g.op('Sign', [y])])]);
  return y;
}

/** 2-D transpose; its adjoint is the transpose. */
export function transpose(g: GraphBuilder, x: Value): Value {
  return g.diff('Transpose', [x], (d) => [g.op('Transpose', [d], { perm: attr.ints([1, 0]) })], {
    perm: attr.ints([1, 0]),
  });
}
