import { useState } from 'react';
import { graphql } from '../gql';
import type { LicenceUsage, TrackRightsDetailQuery } from '../gql/graphql';
import { request } from '../api/client';
import { Message } from './Message';
import { useAction, useLoad } from './useAsync';
import { TerritorySelect, UsageOptions } from './rights-inputs';

const TrackRightsDetail = graphql(`
  query TrackRightsDetail($id: ID!) {
    track(id: $id) {
      id
      restrictions {
        id
        side
        reason
        territories
        usages
        validFrom
        validUntil
      }
      holdings {
        side
        share
        party {
          id
          name
        }
      }
    }
  }
`);

const CreateRestriction = graphql(`
  mutation CreateRestriction($trackId: ID!, $input: LicenceRestrictionInput!) {
    createLicenceRestriction(trackId: $trackId, input: $input) {
      id
    }
  }
`);

const DeleteRestriction = graphql(`
  mutation DeleteRestriction($id: ID!) {
    deleteLicenceRestriction(id: $id)
  }
`);

const FindParties = graphql(`
  query FindParties($name: String) {
    rightsParties(name: $name, first: 10) {
      id
      name
    }
  }
`);

const CreateParty = graphql(`
  mutation CreateParty($name: String!) {
    createRightsParty(input: { name: $name }) {
      id
      name
    }
  }
`);

const SetHoldings = graphql(`
  mutation SetHoldings($trackId: ID!, $side: RightsSide!, $holdings: [RightsHoldingInput!]!) {
    setRightsHoldings(trackId: $trackId, side: $side, holdings: $holdings) {
      share
    }
  }
`);

type Rights = NonNullable<TrackRightsDetailQuery['track']>;
type Side = 'MASTER' | 'PUBLISHING';

/** Restrictions (which beat every grant) and who holds which share of each side. */
export function TrackRights({
  trackId,
  canEdit,
  onChanged,
}: {
  trackId: string;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const rights = useLoad(() => request(TrackRightsDetail, { id: trackId }), [trackId]);
  const changed = () => {
    rights.reload();
    onChanged();
  };
  const r = rights.data?.track;
  return (
    <>
      <Message status={rights.status} />
      {r && <Restrictions rights={r} canEdit={canEdit} onChanged={changed} />}
      {r && (
        <div className="grid">
          {(['MASTER', 'PUBLISHING'] as const).map((side) => (
            <Holdings key={side} side={side} rights={r} canEdit={canEdit} onChanged={changed} />
          ))}
        </div>
      )}
    </>
  );
}

function Restrictions({
  rights,
  canEdit,
  onChanged,
}: {
  rights: Rights;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const [reason, setReason] = useState('');
  const [territories, setTerritories] = useState<string[]>([]);
  const [usages, setUsages] = useState<LicenceUsage[]>([]);
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const action = useAction();
  return (
    <section aria-labelledby="track-restrictions">
      <h2 id="track-restrictions">Restrictions</h2>
      <p className="muted">
        A restriction beats every grant. No territories: everywhere; no usages: every usage.
      </p>
      <ul>
        {rights.restrictions.map((x) => (
          <li key={x.id} className="row">
            <strong>{x.reason}</strong>
            <span>
              {x.territories.length ? x.territories.join(', ') : 'everywhere'} ·{' '}
              {x.usages.length ? x.usages.join(', ') : 'every usage'} · {x.validFrom ?? '…'} –{' '}
              {x.validUntil ?? 'open'}
            </span>
            {canEdit && (
              <button
                type="button"
                className="danger"
                onClick={() =>
                  void action.act(async () => {
                    await request(DeleteRestriction, { id: x.id });
                    onChanged();
                    return 'Restriction removed.';
                  })
                }
              >
                Remove
              </button>
            )}
          </li>
        ))}
        {rights.restrictions.length === 0 && <li className="muted">None.</li>}
      </ul>
      {canEdit && (
        <form
          className="fields card"
          aria-label="Restriction"
          onSubmit={(event) => {
            event.preventDefault();
            void action.act(async () => {
              await request(CreateRestriction, {
                trackId: rights.id,
                input: {
                  reason,
                  territories: territories.length ? territories : undefined,
                  usages: usages.length ? usages : undefined,
                  validFrom: from || undefined,
                  validUntil: until || undefined,
                },
              });
              setReason('');
              onChanged();
              return 'Restriction added.';
            });
          }}
        >
          <label className="field" htmlFor="restriction-reason">
            Reason
            <input
              id="restriction-reason"
              required
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </label>
          <TerritorySelect label="Restricted territories" value={territories} onChange={setTerritories} />
          <label className="field" htmlFor="restriction-usages">
            Usages
            <select
              id="restriction-usages"
              multiple
              size={6}
              value={usages}
              onChange={(event) =>
                setUsages([...event.target.selectedOptions].map((o) => o.value as LicenceUsage))
              }
            >
              <UsageOptions />
            </select>
          </label>
          <label className="field" htmlFor="restriction-from">
            From
            <input
              id="restriction-from"
              type="date"
              value={from}
              onChange={(event) => setFrom(event.target.value)}
            />
          </label>
          <label className="field" htmlFor="restriction-until">
            Until
            <input
              id="restriction-until"
              type="date"
              value={until}
              onChange={(event) => setUntil(event.target.value)}
            />
          </label>
          <button type="submit" disabled={action.busy}>
            Add restriction
          </button>
        </form>
      )}
      <Message status={action.status} />
    </section>
  );
}

function Holdings({
  side,
  rights,
  canEdit,
  onChanged,
}: {
  side: Side;
  rights: Rights;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const current = rights.holdings
    .filter((h) => h.side === side)
    .map((h) => ({ id: h.party.id, name: h.party.name, share: String(h.share) }));
  const [rows, setRows] = useState(current);
  const [query, setQuery] = useState('');
  const parties = useLoad(
    () => (query.trim() ? request(FindParties, { name: query.trim() }) : Promise.resolve(null)),
    [query],
  );
  const action = useAction();
  const total = rows.reduce((sum, row) => sum + (Number(row.share) || 0), 0);
  const label = side === 'MASTER' ? 'Master (recording)' : 'Publishing (composition)';
  return (
    <section aria-labelledby={`holdings-${side}`}>
      <h2 id={`holdings-${side}`}>{label} holders</h2>
      <p className="muted">
        Shares in percent; a side clears a use when the holders whose grants allow it hold 100% together
        (docs/rights.md).
      </p>
      <ul>
        {rows.map((row, i) => (
          <li key={row.id} className="row">
            {row.name}
            <label>
              share{' '}
              <input
                type="number"
                min={0.01}
                max={100}
                step={0.01}
                style={{ width: '6rem' }}
                disabled={!canEdit}
                value={row.share}
                onChange={(event) =>
                  setRows(rows.map((r, j) => (j === i ? { ...r, share: event.target.value } : r)))
                }
              />
              %
            </label>
            {canEdit && (
              <button
                type="button"
                className="secondary"
                onClick={() => setRows(rows.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            )}
          </li>
        ))}
        {rows.length === 0 && <li className="muted">No holders: the grants speak for the whole side.</li>}
      </ul>
      <p className={total > 100 ? 'message message-error' : 'muted'}>Total: {total.toFixed(2)}%</p>
      {canEdit && (
        <>
          <div className="fields">
            <label className="field" htmlFor={`party-${side}`}>
              Add a holder
              <input
                id={`party-${side}`}
                value={query}
                placeholder="Search or name a party"
                onChange={(event) => setQuery(event.target.value)}
              />
            </label>
            {parties.data?.rightsParties
              .filter((p) => !rows.some((r) => r.id === p.id))
              .map((p) => (
                <button
                  key={p.id}
                  type="button"
                  className="secondary"
                  onClick={() => setRows([...rows, { id: p.id, name: p.name, share: '0' }])}
                >
                  + {p.name}
                </button>
              ))}
            {query.trim() &&
              !parties.data?.rightsParties.some(
                (p) => p.name.toLowerCase() === query.trim().toLowerCase(),
              ) && (
                <button
                  type="button"
                  className="secondary"
                  onClick={() =>
                    void action.act(async () => {
                      const { createRightsParty } = await request(CreateParty, { name: query.trim() });
                      setRows([
                        ...rows,
                        { id: createRightsParty.id, name: createRightsParty.name, share: '0' },
                      ]);
                      setQuery('');
                      return `Created the party “${createRightsParty.name}”.`;
                    })
                  }
                >
                  Create “{query.trim()}”
                </button>
              )}
          </div>
          <button
            type="button"
            disabled={action.busy}
            onClick={() =>
              void action.act(async () => {
                await request(SetHoldings, {
                  trackId: rights.id,
                  side,
                  holdings: rows.map((r) => ({ partyId: r.id, share: Number(r.share) })),
                });
                onChanged();
                return `${label} holders saved.`;
              })
            }
          >
            Save holders
          </button>
        </>
      )}
      <Message status={action.status} />
    </section>
  );
}
