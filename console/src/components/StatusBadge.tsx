import type { TrackStatus } from '../gql/graphql';

/**
 * A track's status as a small badge, shown only when it is not ACTIVE: listings and searches
 * return ACTIVE tracks unless the filter asks for others (docs/rights.md, Visibility), so a
 * badge marks a track an editor asked for by status.
 */
export function StatusBadge({ status }: { status: TrackStatus }) {
  if (status === 'ACTIVE') return null;
  return (
    <span className={`badge status-${status}`} data-testid="status-badge">
      {status.replace('_', ' ').toLowerCase()}
    </span>
  );
}
