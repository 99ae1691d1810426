import { encodeCursor, takePage } from '../paging/cursors.js';
import { pageInfoOf } from '../paging/page-info.js';
import type { ConnectionParent } from './mapper-types.js';

/**
 * Builds a Relay connection from rows fetched with `take: size + 1`. `positionOf` gives the
 * keyset position each cursor encodes.
 */
export function toConnection<T>(
  rows: T[],
  size: number,
  scope: string,
  positionOf: (row: T) => unknown,
  hasPreviousPage: boolean,
  totalCount: () => Promise<number>,
): ConnectionParent<T> {
  const page = takePage(rows, size);
  const edges = page.rows.map((node) => ({ node, cursor: encodeCursor(scope, positionOf(node)) }));
  return {
    edges,
    pageInfo: pageInfoOf(edges, page.hasNextPage, hasPreviousPage),
    totalCount,
  };
}
