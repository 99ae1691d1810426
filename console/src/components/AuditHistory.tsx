import { useState } from 'react';
import { graphql } from '../gql';
import { request } from '../api/client';
import { Message } from './Message';
import { useLoad } from './useAsync';

const TrackAudit = graphql(`
  query TrackAudit($id: ID!, $after: String) {
    track(id: $id) {
      id
      auditLog(first: 20, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            at
            entity
            action
            source
            before
            after
            apiKey {
              name
            }
          }
        }
      }
    }
  }
`);

/** What changed between two JSON rows, field by field. */
function changes(before: string | null | undefined, after: string | null | undefined): string {
  const a = before ? (JSON.parse(before) as Record<string, unknown>) : {};
  const b = after ? (JSON.parse(after) as Record<string, unknown>) : {};
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (k) =>
      JSON.stringify(a[k]) !== JSON.stringify(b[k]) &&
      !['updated_at', 'created_at', 'id', 'track_id'].includes(k),
  );
  return keys
    .map((k) => `${k}: ${JSON.stringify(a[k] ?? null)} → ${JSON.stringify(b[k] ?? null)}`)
    .join('; ');
}

/** The track's audit history (EDITOR and ADMIN): who changed what, when, before and after. */
export function AuditHistory({ trackId }: { trackId: string }) {
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const log = useLoad(
    () => request(TrackAudit, { id: trackId, after: cursors[cursors.length - 1] }),
    [trackId, cursors],
  );
  const entries = log.data?.track?.auditLog.edges ?? [];
  return (
    <section aria-labelledby="track-audit">
      <h2 id="track-audit">Audit history</h2>
      <Message status={log.status} />
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {entries.map(({ node }) => (
              <tr key={node.id} data-testid="audit-entry">
                <td>{new Date(node.at).toLocaleString()}</td>
                <td>{node.apiKey?.name ?? node.source ?? 'system'}</td>
                <td>
                  {node.action} {node.entity}
                </td>
                <td>{changes(node.before, node.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="row">
        <button
          type="button"
          className="secondary"
          disabled={cursors.length <= 1}
          onClick={() => setCursors((c) => c.slice(0, -1))}
        >
          Newer
        </button>
        <button
          type="button"
          className="secondary"
          disabled={!log.data?.track?.auditLog.pageInfo.hasNextPage}
          onClick={() => {
            const next = log.data?.track?.auditLog.pageInfo.endCursor;
            if (next) setCursors((c) => [...c, next]);
          }}
        >
          Older
        </button>
      </div>
    </section>
  );
}
