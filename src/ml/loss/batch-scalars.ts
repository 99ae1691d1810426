import { attr } from '../graph/graph-builder.js';
import type { GraphBuilder, Value } from '../graph/graph-builder.js';

/** Identity matrix shaped like a square matrix value (no gradient). */
export function eyeLike(g: GraphBuilder, square: Value): Value {
  return g.op('EyeLike', [square]);
}

/** 1/N for the dynamic row count N of `x`, in the graph dtype (no gradient). */
export function inverseRows(g: GraphBuilder, x: Value, offset = 0): Value {
  const n = g.op('Cast', [g.op('Gather', [g.op('Shape', [x]), g.int64([0], [])])], {
    to: attr.int(g.elemType),
  });
  const base = offset === 0 ? n : g.op('Add', [n, g.constant([offset])]);
  return g.op('Reciprocal', [base]);
}
