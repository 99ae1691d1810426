import { attr } from '../graph-builder.js';
import type { GraphBuilder, Value } from '../graph-builder.js';

/**
 * Embedding lookup E[ids] (Gather on axis 0, int64 ids of any shape).
 * Adjoint: scatter-add the rows of dY into a zero table (ScatterND, reduction=add),
 * so repeated ids accumulate as they should.
 */
export function embeddingGather(g: GraphBuilder, table: Value, ids: Value): Value {
  return g.diff('Gather', [table, ids], (d) => [
    g.op('ScatterND', [g.zerosLike(table), g.op('Unsqueeze', [ids, g.int64([-1])]), d], {
      reduction: attr.string('add'),
    }),
    null,
  ]);
}
