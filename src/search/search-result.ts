import type { LicenceTerm, ModelVersion, Tag, Track } from '../generated/prisma/client.js';

/** The internal shapes behind the search types of the GraphQL schema. */
export interface SearchSignal {
  name: 'VECTOR' | 'TEXT' | 'FUSED' | 'WINDOWS';
  score: number;
  rank: number | null;
}

export interface SearchExplanation {
  signals: string[];
  matchedTags: () => Promise<Tag[]>;
  licence: () => Promise<LicenceTerm | null>;
  summary: () => Promise<string>;
}

export interface SearchEdge {
  cursor: string;
  node: Track;
  score: number;
  signals: SearchSignal[];
  explanation: SearchExplanation;
}

export interface TagFacetParent {
  tag: Tag;
  count: number;
}

export interface RangeBucket {
  min: number;
  max: number;
  count: number;
}

export interface SearchFacetsParent {
  tags: (category: string | null) => Promise<TagFacetParent[]>;
  bpm: () => Promise<RangeBucket[]>;
  durationSec: () => Promise<RangeBucket[]>;
}

export interface SearchConnection {
  edges: SearchEdge[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  modelVersion: ModelVersion;
  facets: SearchFacetsParent;
}
