import type { ArtistRole } from '../generated/prisma/enums.js';
import type { Artist, Tag } from '../generated/prisma/client.js';

/** The internal shapes behind GraphQL types that have no table of their own. */
export interface ArtistCreditParent {
  artist: Artist;
  role: ArtistRole;
  position: number;
}

export interface TagWeightParent {
  tag: Tag;
  weight: number;
}

export interface EdgeParent<T> {
  cursor: string;
  node: T;
}

export interface ConnectionParent<T> {
  edges: EdgeParent<T>[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  /** Counted lazily: only when the client asks for totalCount. */
  totalCount: () => Promise<number>;
}
