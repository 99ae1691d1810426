import { useState } from 'react';
import { graphql } from '../gql';
import type { PairSplit } from '../gql/graphql';
import { request } from '../api/client';
import { atLeast, type Viewer } from '../App';
import { href } from '../router';
import { Message } from '../components/Message';
import { useAction, useLoad } from '../components/useAsync';
import { StatusBadge } from '../components/StatusBadge';

const TrainingData = graphql(`
  query TrainingData($source: String, $split: PairSplit, $after: String) {
    trainingPairCounts {
      source
      split
      count
    }
    videos(first: 20) {
      edges {
        node {
          id
          title
          onScreenText
          captions
          source
          durationSec
          visualFeatures {
            frames
          }
          audioFeatures {
            frames
          }
        }
      }
    }
    trainingPairs(first: 20, source: $source, split: $split, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          source
          split
          video {
            id
            title
          }
          track {
            id
            title
            status
          }
        }
      }
    }
  }
`);

const AddPairs = graphql(`
  mutation AddPairs($pairs: [TrainingPairInput!]!) {
    addTrainingPairs(pairs: $pairs) {
      added
      updated
      unchanged
    }
  }
`);

const RemovePairs = graphql(`
  mutation RemovePairs($pairs: [TrainingPairRef!]!) {
    removeTrainingPairs(pairs: $pairs) {
      removed
    }
  }
`);

export function TrainingDataPage({ viewer }: { viewer: Viewer }) {
  const [source, setSource] = useState('');
  const [split, setSplit] = useState<PairSplit | ''>('');
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const data = useLoad(
    () =>
      request(TrainingData, {
        source: source || undefined,
        split: split || undefined,
        after: cursors[cursors.length - 1],
      }),
    [source, split, cursors],
  );
  const [videoId, setVideoId] = useState('');
  const [trackId, setTrackId] = useState('');
  const [pairSource, setPairSource] = useState('console');
  const [pairSplit, setPairSplit] = useState<PairSplit>('TRAIN');
  const action = useAction();
  const canEdit = atLeast(viewer, 'EDITOR');
  return (
    <>
      <section aria-labelledby="pair-counts">
        <h2 id="pair-counts">Training pairs per source and split</h2>
        <Message status={data.status} />
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Split</th>
                <th scope="col">Pairs</th>
              </tr>
            </thead>
            <tbody>
              {data.data?.trainingPairCounts.map((c) => (
                <tr key={`${c.source}-${c.split}`}>
                  <td>{c.source ?? '(none)'}</td>
                  <td>{c.split}</td>
                  <td>{c.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="videos">
        <h2 id="videos">Reference videos</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">On-screen text</th>
                <th scope="col">Captions</th>
                <th scope="col">Source</th>
                <th scope="col">Features (s)</th>
                <th scope="col">Id</th>
              </tr>
            </thead>
            <tbody>
              {data.data?.videos.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>{node.title}</td>
                  <td>{node.onScreenText ?? ''}</td>
                  <td>{node.captions ?? ''}</td>
                  <td>{node.source ?? ''}</td>
                  <td>
                    visual {node.visualFeatures?.frames ?? 0} · audio {node.audioFeatures?.frames ?? 0}
                  </td>
                  <td>
                    <code>{node.id}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="pairs">
        <h2 id="pairs">Pairs</h2>
        <div className="fields">
          <label className="field" htmlFor="pairs-source">
            Source
            <input
              id="pairs-source"
              value={source}
              onChange={(event) => {
                setSource(event.target.value);
                setCursors([null]);
              }}
            />
          </label>
          <label className="field" htmlFor="pairs-split">
            Split
            <select
              id="pairs-split"
              value={split}
              onChange={(event) => {
                setSplit(event.target.value as PairSplit | '');
                setCursors([null]);
              }}
            >
              <option value="">(any)</option>
              <option value="TRAIN">TRAIN</option>
              <option value="VALIDATION">VALIDATION</option>
            </select>
          </label>
        </div>
        <Message status={action.status} />
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Video</th>
                <th scope="col">Track</th>
                <th scope="col">Source</th>
                <th scope="col">Split</th>
                {canEdit && <th scope="col">Remove</th>}
              </tr>
            </thead>
            <tbody>
              {data.data?.trainingPairs.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>{node.video.title}</td>
                  <td>
                    <a href={href('track', node.track.id)}>{node.track.title}</a>
                    <StatusBadge status={node.track.status} />
                  </td>
                  <td>{node.source ?? ''}</td>
                  <td>{node.split}</td>
                  {canEdit && (
                    <td>
                      <button
                        type="button"
                        className="danger"
                        disabled={action.busy}
                        onClick={() =>
                          void action.act(async () => {
                            await request(RemovePairs, {
                              pairs: [{ videoId: node.video.id, trackId: node.track.id }],
                            });
                            data.reload();
                            return 'Pair removed.';
                          })
                        }
                      >
                        Remove
                      </button>
                    </td>
                  )}
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
            Previous
          </button>
          <button
            type="button"
            className="secondary"
            disabled={!data.data?.trainingPairs.pageInfo.hasNextPage}
            onClick={() => {
              const next = data.data?.trainingPairs.pageInfo.endCursor;
              if (next) setCursors((c) => [...c, next]);
            }}
          >
            Next
          </button>
        </div>
        {canEdit && (
          <form
            className="fields card"
            aria-label="Add a pair"
            onSubmit={(event) => {
              event.preventDefault();
              void action.act(async () => {
                const { addTrainingPairs } = await request(AddPairs, {
                  pairs: [
                    {
                      videoId: videoId.trim(),
                      trackId: trackId.trim(),
                      source: pairSource || undefined,
                      split: pairSplit,
                    },
                  ],
                });
                data.reload();
                return `Added ${addTrainingPairs.added}, updated ${addTrainingPairs.updated}, unchanged ${addTrainingPairs.unchanged}.`;
              });
            }}
          >
            <label className="field" htmlFor="pair-video">
              Video id
              <input
                id="pair-video"
                required
                value={videoId}
                onChange={(event) => setVideoId(event.target.value)}
              />
            </label>
            <label className="field" htmlFor="pair-track">
              Track id
              <input
                id="pair-track"
                required
                value={trackId}
                onChange={(event) => setTrackId(event.target.value)}
              />
            </label>
            <label className="field" htmlFor="pair-source">
              Source
              <input
                id="pair-source"
                value={pairSource}
                onChange={(event) => setPairSource(event.target.value)}
              />
            </label>
            <label className="field" htmlFor="pair-split">
              Split
              <select
                id="pair-split"
                value={pairSplit}
                onChange={(event) => setPairSplit(event.target.value as PairSplit)}
              >
                <option value="TRAIN">TRAIN</option>
                <option value="VALIDATION">VALIDATION</option>
              </select>
            </label>
            <button type="submit" disabled={action.busy}>
              Add pair
            </button>
          </form>
        )}
      </section>
    </>
  );
}
