import { graphql } from '../gql';
import type { SearchResultFieldsFragment } from '../gql/graphql';
import { href } from '../router';
import { StatusBadge } from './StatusBadge';

export const SearchResultFields = graphql(`
  fragment SearchResultFields on TrackSearchConnection {
    modelVersion {
      version
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      score
      signals {
        name
        score
        rank
      }
      explanation {
        summary
        signals
        matchedTags {
          name
        }
        licence {
          rightsHolder
          side
        }
      }
      node {
        id
        title
        status
        bpm
        artists {
          name
        }
      }
    }
  }
`);

/** A search page: each track with its fused score, every signal's score and rank, and why. */
export function SearchResults({ result }: { result: SearchResultFieldsFragment | null }) {
  if (!result) return null;
  if (result.edges.length === 0) return <p className="message message-info">No tracks match.</p>;
  return (
    <div className="table-wrap">
      <p className="muted">Scores from model {result.modelVersion.version}.</p>
      <table aria-label="Search results">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Track</th>
            <th scope="col">Score</th>
            <th scope="col">Signals</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {result.edges.map((edge, i) => (
            <tr key={edge.node.id} data-testid="search-result">
              <td>{i + 1}</td>
              <td>
                <a href={href('track', edge.node.id)}>{edge.node.title}</a>
                <StatusBadge status={edge.node.status} />
                <div className="muted">{edge.node.artists.map((a) => a.name).join(', ')}</div>
              </td>
              <td>{edge.score.toFixed(4)}</td>
              <td>
                {edge.signals.map((s) => (
                  <div key={s.name}>
                    {s.name}: {s.score.toFixed(3)}
                    {s.rank ? ` (rank ${s.rank})` : ''}
                  </div>
                ))}
              </td>
              <td>
                {edge.explanation.summary}
                {edge.explanation.licence && (
                  <div className="muted">
                    Licensed by {edge.explanation.licence.rightsHolder} ({edge.explanation.licence.side})
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
