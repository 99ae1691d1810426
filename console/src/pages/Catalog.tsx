import { useState } from 'react';
import { graphql } from '../gql';
import type { CatalogTracksQuery, TrackOrderField, TrackFilter } from '../gql/graphql';
import { request } from '../api/client';
import { atLeast, type Viewer } from '../App';
import { href } from '../router';
import { CATALOG_STATUSES, EMPTY_FILTER, toTrackFilter, type FilterForm } from '../components/filters';
import { FilterPanel } from '../components/FilterPanel';
import { Message, errorStatus, type Status } from '../components/Message';
import { useAction, useLoad } from '../components/useAsync';
import { csvField, download } from '../components/download';
import { StatusBadge } from '../components/StatusBadge';

const CatalogTracks = graphql(`
  query CatalogTracks($first: Int!, $after: String, $filter: TrackFilter, $orderBy: TrackOrder) {
    tracks(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          isrc
          title
          bpm
          key
          mode
          durationSec
          releaseDate
          status
          artists {
            name
          }
          tagWeights {
            weight
            tag {
              id
              name
              category
            }
          }
        }
      }
    }
  }
`);

const CatalogFacets = graphql(`
  query CatalogFacets($filter: TrackFilter) {
    trackFacets(filter: $filter) {
      tags {
        count
        tag {
          name
          category
        }
      }
    }
  }
`);

const SetStatus = graphql(`
  mutation BulkSetStatus($id: ID!, $status: TrackStatus!) {
    updateTrack(id: $id, input: { status: $status }) {
      id
      status
    }
  }
`);

const SetTags = graphql(`
  mutation BulkSetTags($trackId: ID!, $tags: [TrackTagInput!]!) {
    setTrackTags(trackId: $trackId, tags: $tags) {
      id
    }
  }
`);

type TrackRow = CatalogTracksQuery['tracks']['edges'][number]['node'];

const COLUMNS: Array<{ label: string; field?: TrackOrderField }> = [
  { label: 'Title', field: 'TITLE' },
  { label: 'Artists' },
  { label: 'BPM', field: 'BPM' },
  { label: 'Key' },
  { label: 'Duration', field: 'DURATION' },
  { label: 'Released', field: 'RELEASE_DATE' },
  { label: 'Status' },
  { label: 'Tags' },
];

const PAGE_SIZE = 20;

const CATALOG_FILTER: FilterForm = { ...EMPTY_FILTER, status: CATALOG_STATUSES };
const STATUS_CHOICES = ['ACTIVE', 'HIDDEN', 'TAKEN_DOWN', 'TRAINING_ONLY'] as const;
type StatusChoice = (typeof STATUS_CHOICES)[number];

function seconds(value: number): string {
  return `${Math.floor(value / 60)}:${String(Math.round(value % 60)).padStart(2, '0')}`;
}

export function CatalogPage({ viewer }: { viewer: Viewer }) {
  const [form, setForm] = useState<FilterForm>(CATALOG_FILTER);
  const [filter, setFilter] = useState<TrackFilter>(() => toTrackFilter(CATALOG_FILTER));
  const [formStatus, setFormStatus] = useState<Status>(null);
  const [order, setOrder] = useState<{ field: TrackOrderField; direction: 'ASC' | 'DESC' }>({
    field: 'TITLE',
    direction: 'ASC',
  });
  // Cursor paging: the cursors of the pages before this one, so "Previous" can go back.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const after = cursors[cursors.length - 1];
  const page = useLoad(
    () => request(CatalogTracks, { first: PAGE_SIZE, after, filter, orderBy: order }),
    [after, filter, order],
  );
  const facets = useLoad(() => request(CatalogFacets, { filter }), [filter]);
  const bulk = useAction();
  const canEdit = atLeast(viewer, 'EDITOR');

  const apply = (next: FilterForm) => {
    try {
      setFilter(toTrackFilter(next));
      setFormStatus(null);
      setCursors([null]);
      setSelected(new Set());
    } catch (error) {
      setFormStatus(errorStatus(error));
    }
  };
  const sortBy = (field: TrackOrderField) => {
    setOrder((current) => ({
      field,
      direction: current.field === field && current.direction === 'ASC' ? 'DESC' : 'ASC',
    }));
    setCursors([null]);
  };
  const rows: TrackRow[] = page.data?.tracks.edges.map((edge) => edge.node) ?? [];
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const bulkStatus = (status: StatusChoice) =>
    bulk.act(async () => {
      for (const id of selected) await request(SetStatus, { id, status });
      page.reload();
      return `Set ${selected.size} track(s) to ${status}.`;
    });
  const bulkTag = (name: string, add: boolean) =>
    bulk.act(async () => {
      if (!name.trim()) throw new Error('Type the tag to add or remove.');
      for (const row of rows.filter((r) => selected.has(r.id))) {
        const kept = row.tagWeights
          .filter(({ tag }) => tag.name !== name.trim())
          .map(({ tag, weight }) => ({ tagId: tag.id, weight }));
        const tags = add ? [...kept, { name: name.trim(), weight: 1 }] : kept;
        await request(SetTags, { trackId: row.id, tags });
      }
      page.reload();
      return `${add ? 'Tagged' : 'Untagged'} ${selected.size} track(s) with “${name.trim()}”.`;
    });
  const exportCsv = () =>
    bulk.act(async () => {
      const lines = ['isrc,title,artists,bpm,key,mode,durationSec,releaseDate,status,tags'];
      let cursor: string | null = null;
      do {
        const result: CatalogTracksQuery = await request(CatalogTracks, {
          first: 100,
          after: cursor,
          filter,
          orderBy: order,
        });
        for (const { node } of result.tracks.edges) {
          lines.push(
            [
              node.isrc,
              node.title,
              node.artists.map((a) => a.name).join('; '),
              node.bpm,
              node.key,
              node.mode,
              node.durationSec,
              node.releaseDate,
              node.status,
              node.tagWeights.map((t) => t.tag.name).join('; '),
            ]
              .map(csvField)
              .join(','),
          );
        }
        cursor = result.tracks.pageInfo.hasNextPage ? (result.tracks.pageInfo.endCursor ?? null) : null;
      } while (cursor);
      download('tracks.csv', `${lines.join('\r\n')}\r\n`);
      return `Exported ${lines.length - 1} track(s).`;
    });

  return (
    <>
      <section aria-labelledby="catalog-filter">
        <h2 id="catalog-filter">Filter the catalog</h2>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            apply(form);
          }}
        >
          <FilterPanel value={form} onChange={setForm} />
          <div className="row">
            <button type="submit">Apply filter</button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setForm(CATALOG_FILTER);
                apply(CATALOG_FILTER);
              }}
            >
              Clear
            </button>
          </div>
          <Message status={formStatus} />
        </form>
        {facets.data && (
          <div className="facets" aria-label="Tag facets">
            {facets.data.trackFacets.tags.slice(0, 24).map(({ tag, count }) => (
              <button
                key={`${tag.category}:${tag.name}`}
                type="button"
                onClick={() => {
                  const next = { ...form, tagsAll: [form.tagsAll, tag.name].filter(Boolean).join(', ') };
                  setForm(next);
                  apply(next);
                }}
              >
                {tag.name} <span className="muted">{count}</span>
              </button>
            ))}
          </div>
        )}
      </section>
      <section aria-labelledby="catalog-tracks">
        <h2 id="catalog-tracks">
          Tracks{' '}
          <span className="muted" data-testid="total-count">
            {page.data?.tracks.totalCount ?? '…'} matching
          </span>
        </h2>
        <Message status={page.status} />
        {canEdit && <BulkBar count={selected.size} busy={bulk.busy} onStatus={bulkStatus} onTag={bulkTag} />}
        <div className="row">
          <button type="button" className="secondary" onClick={() => void exportCsv()} disabled={bulk.busy}>
            Export CSV
          </button>
        </div>
        <Message status={bulk.status} />
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                {canEdit && <th scope="col">Select</th>}
                {COLUMNS.map(({ label, field }) => (
                  <th
                    key={label}
                    scope="col"
                    aria-sort={
                      field && order.field === field
                        ? order.direction === 'ASC'
                          ? 'ascending'
                          : 'descending'
                        : undefined
                    }
                  >
                    {field ? (
                      <button type="button" onClick={() => sortBy(field)}>
                        {label} {order.field === field ? (order.direction === 'ASC' ? '▲' : '▼') : ''}
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((track) => (
                <tr key={track.id}>
                  {canEdit && (
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Select ${track.title}`}
                        checked={selected.has(track.id)}
                        onChange={() => toggle(track.id)}
                      />
                    </td>
                  )}
                  <td>
                    <a href={href('track', track.id)}>{track.title}</a>
                  </td>
                  <td>{track.artists.map((a) => a.name).join(', ')}</td>
                  <td>{track.bpm ?? ''}</td>
                  <td>{track.key ? `${track.key} ${track.mode?.toLowerCase() ?? ''}` : ''}</td>
                  <td>{seconds(track.durationSec)}</td>
                  <td>{track.releaseDate ?? ''}</td>
                  <td>
                    <StatusBadge status={track.status} />
                  </td>
                  <td>
                    {track.tagWeights.map(({ tag }) => (
                      <span key={tag.id} className="tag">
                        {tag.name}
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="row">
          <button
            type="button"
            className="secondary"
            disabled={cursors.length <= 1 || page.loading}
            onClick={() => setCursors((c) => c.slice(0, -1))}
          >
            Previous
          </button>
          <span className="muted" data-testid="page-number">
            Page {cursors.length}
          </span>
          <button
            type="button"
            className="secondary"
            disabled={!page.data?.tracks.pageInfo.hasNextPage || page.loading}
            onClick={() => {
              const next = page.data?.tracks.pageInfo.endCursor;
              if (next) setCursors((c) => [...c, next]);
            }}
          >
            Next
          </button>
        </div>
      </section>
    </>
  );
}

function BulkBar({
  count,
  busy,
  onStatus,
  onTag,
}: {
  count: number;
  busy: boolean;
  onStatus: (status: StatusChoice) => void;
  onTag: (name: string, add: boolean) => void;
}) {
  const [tag, setTag] = useState('');
  const disabled = busy || count === 0;
  return (
    <div className="row" aria-label="Bulk edit">
      <span className="muted">{count} selected</span>
      {STATUS_CHOICES.map((status) => (
        <button
          key={status}
          type="button"
          className="secondary"
          disabled={disabled}
          onClick={() => onStatus(status)}
        >
          Set {status}
        </button>
      ))}
      <label className="field" htmlFor="bulk-tag">
        Tag
        <input id="bulk-tag" value={tag} onChange={(event) => setTag(event.target.value)} />
      </label>
      <button type="button" className="secondary" disabled={disabled} onClick={() => onTag(tag, true)}>
        Add tag
      </button>
      <button type="button" className="secondary" disabled={disabled} onClick={() => onTag(tag, false)}>
        Remove tag
      </button>
    </div>
  );
}
