/** Relay's PageInfo for a page of edges: the one builder every connection uses. */
export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export function pageInfoOf(
  edges: ReadonlyArray<{ cursor: string }>,
  hasNextPage: boolean,
  hasPreviousPage: boolean,
): PageInfo {
  return {
    hasNextPage,
    hasPreviousPage,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
}
