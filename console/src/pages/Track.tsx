import { useEffect, useState } from 'react';
import { graphql } from '../gql';
import type { ArtistRole, LicenceUsage, TrackDetailQuery, UpdateTrackInput } from '../gql/graphql';
import { request } from '../api/client';
import { atLeast, type Viewer } from '../App';
import { href } from '../router';
import { Message } from '../components/Message';
import { useAction, useLoad } from '../components/useAsync';
import { TerritorySelect, UsageOptions } from '../components/rights-inputs';
import { TrackAudio } from '../components/TrackAudio';
import { TrackRights } from '../components/TrackRights';
import { AuditHistory } from '../components/AuditHistory';

const TrackDetail = graphql(`
  query TrackDetail($id: ID!) {
    track(id: $id) {
      id
      isrc
      title
      durationSec
      bpm
      key
      mode
      hasVocals
      explicit
      energy
      releaseDate
      language
      status
      loudness
      estimates {
        field
        value
        confidence
        frontEnd
      }
      credits {
        role
        position
        artist {
          id
          name
        }
      }
      tagWeights {
        weight
        tag {
          id
          name
          category
        }
      }
      licences {
        id
        side
        rightsHolder
        usages
        worldwide
        territoriesAllow
        territoriesDeny
        validFrom
        validUntil
        priceTier
        exclusive
        contentIdRegistered
      }
      audioFile {
        url
        mime
        fileName
      }
      audioFeatures {
        kind
        frames
        dim
        dtype
        source
        updatedAt
      }
      embeddings {
        state
        embeddedAt
        modelVersion {
          version
          status
        }
      }
    }
  }
`);

const UpdateTrack = graphql(`
  mutation UpdateTrack($id: ID!, $input: UpdateTrackInput!) {
    updateTrack(id: $id, input: $input) {
      id
    }
  }
`);

const DeleteTrack = graphql(`
  mutation DeleteTrack($id: ID!) {
    deleteTrack(id: $id)
  }
`);

const SetTrackTags = graphql(`
  mutation SetTrackTags($trackId: ID!, $tags: [TrackTagInput!]!) {
    setTrackTags(trackId: $trackId, tags: $tags) {
      id
    }
  }
`);

const FindArtists = graphql(`
  query FindArtists($name: String) {
    artists(first: 10, name: $name) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const CreateGrant = graphql(`
  mutation CreateGrant($trackId: ID!, $input: LicenceTermInput!) {
    createLicenceTerm(trackId: $trackId, input: $input) {
      id
    }
  }
`);

const UpdateGrant = graphql(`
  mutation UpdateGrant($id: ID!, $input: LicenceTermInput!) {
    updateLicenceTerm(id: $id, input: $input) {
      id
    }
  }
`);

const DeleteGrant = graphql(`
  mutation DeleteGrant($id: ID!) {
    deleteLicenceTerm(id: $id)
  }
`);

const CheckLicence = graphql(`
  query CheckLicence($trackId: ID!, $territories: [String!]!, $usage: LicenceUsage!, $period: PeriodInput) {
    licenceCheck(trackId: $trackId, territories: $territories, usage: $usage, period: $period) {
      available
      reasons {
        side
        code
        message
        territory
      }
    }
  }
`);

type Track = NonNullable<TrackDetailQuery['track']>;
type Grant = Track['licences'][number];

export function TrackPage({ id, viewer }: { id: string; viewer: Viewer }) {
  const track = useLoad(() => request(TrackDetail, { id }), [id]);
  const canEdit = atLeast(viewer, 'EDITOR');
  if (!track.data) return <Message status={track.status ?? { kind: 'info', text: 'Loading…' }} />;
  const t = track.data.track;
  if (!t)
    return <p className="message message-error">No track with this id (or it is not visible to you).</p>;
  return (
    <>
      <p>
        <a href={href('catalog')}>← Catalog</a>
      </p>
      <Metadata track={t} canEdit={canEdit} onSaved={track.reload} />
      <div className="grid">
        <Credits track={t} canEdit={canEdit} onSaved={track.reload} />
        <Tags track={t} canEdit={canEdit} onSaved={track.reload} />
      </div>
      <Grants track={t} canEdit={canEdit} onSaved={track.reload} />
      <TrackRights trackId={t.id} canEdit={canEdit} onChanged={track.reload} />
      <div className="grid">
        <LicenceCheckPanel trackId={t.id} />
        <section aria-labelledby="track-media">
          <h2 id="track-media">Audio, features and embeddings</h2>
          <TrackAudio trackId={t.id} file={t.audioFile ?? null} canEdit={canEdit} onChanged={track.reload} />
          <p>
            {t.audioFeatures
              ? `Audio features: ${t.audioFeatures.frames} frames × ${t.audioFeatures.dim} (${t.audioFeatures.dtype}), from ${t.audioFeatures.source}.`
              : 'No audio features yet: the track is not searchable by similarity.'}
          </p>
          <ul>
            {t.embeddings.map((e) => (
              <li key={e.modelVersion.version}>
                {e.modelVersion.version} ({e.modelVersion.status}): <strong>{e.state}</strong>
                {e.embeddedAt ? ` · ${new Date(e.embeddedAt).toLocaleString()}` : ''}
              </li>
            ))}
          </ul>
          {t.estimates.length > 0 && (
            <>
              <h3>Estimated from the audio</h3>
              <ul>
                {t.estimates.map((e) => (
                  <li key={e.field}>
                    {e.field}: {e.value}{' '}
                    <span className="muted">
                      (confidence {e.confidence.toFixed(2)}, {e.frontEnd ?? 'unknown front end'})
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>
      {canEdit && <AuditHistory trackId={t.id} />}
    </>
  );
}

function Metadata({ track, canEdit, onSaved }: { track: Track; canEdit: boolean; onSaved: () => void }) {
  const initial = () => ({
    title: track.title,
    isrc: track.isrc,
    durationSec: String(track.durationSec),
    bpm: track.bpm === null || track.bpm === undefined ? '' : String(track.bpm),
    key: track.key ?? '',
    mode: track.mode ?? '',
    releaseDate: track.releaseDate ?? '',
    language: track.language ?? '',
    status: track.status,
    hasVocals: track.hasVocals,
    explicit: track.explicit,
  });
  const [form, setForm] = useState(initial);
  useEffect(() => setForm(initial()), [track]);
  const save = useAction();
  const remove = useAction();
  const input = (
    field: 'title' | 'isrc' | 'durationSec' | 'bpm' | 'key' | 'releaseDate' | 'language',
    label: string,
    type = 'text',
  ) => (
    <label className="field" htmlFor={`track-${field}`}>
      {label}
      <input
        id={`track-${field}`}
        type={type}
        step={type === 'number' ? 'any' : undefined}
        disabled={!canEdit}
        value={form[field]}
        onChange={(event) => setForm({ ...form, [field]: event.target.value })}
      />
    </label>
  );
  return (
    <section aria-labelledby="track-title">
      <h2 id="track-title">{track.title}</h2>
      <form
        className="fields"
        onSubmit={(event) => {
          event.preventDefault();
          void save.act(async () => {
            const input: UpdateTrackInput = {
              title: form.title,
              isrc: form.isrc,
              durationSec: Number(form.durationSec),
              bpm: form.bpm === '' ? null : Number(form.bpm),
              key: form.key || null,
              mode: (form.mode || null) as UpdateTrackInput['mode'],
              releaseDate: form.releaseDate || null,
              language: form.language || null,
              status: form.status,
              hasVocals: form.hasVocals,
              explicit: form.explicit,
            };
            await request(UpdateTrack, { id: track.id, input });
            onSaved();
            return 'Saved.';
          });
        }}
      >
        {input('title', 'Title')}
        {input('isrc', 'ISRC')}
        {input('durationSec', 'Duration (s)', 'number')}
        {input('bpm', 'BPM', 'number')}
        {input('key', 'Key')}
        <label className="field" htmlFor="track-mode">
          Mode
          <select
            id="track-mode"
            disabled={!canEdit}
            value={form.mode}
            onChange={(event) => setForm({ ...form, mode: event.target.value })}
          >
            <option value="">(unknown)</option>
            <option value="MAJOR">major</option>
            <option value="MINOR">minor</option>
          </select>
        </label>
        {input('releaseDate', 'Released', 'date')}
        {input('language', 'Language')}
        <label className="field" htmlFor="track-status">
          Status
          <select
            id="track-status"
            disabled={!canEdit}
            value={form.status}
            onChange={(event) => setForm({ ...form, status: event.target.value as Track['status'] })}
          >
            <option value="ACTIVE">ACTIVE</option>
            <option value="HIDDEN">HIDDEN</option>
            <option value="TAKEN_DOWN">TAKEN_DOWN</option>
            <option value="TRAINING_ONLY">TRAINING_ONLY</option>
          </select>
        </label>
        <label className="field">
          <span>
            <input
              type="checkbox"
              disabled={!canEdit}
              checked={form.hasVocals}
              onChange={(event) => setForm({ ...form, hasVocals: event.target.checked })}
            />{' '}
            Vocals
          </span>
        </label>
        <label className="field">
          <span>
            <input
              type="checkbox"
              disabled={!canEdit}
              checked={form.explicit}
              onChange={(event) => setForm({ ...form, explicit: event.target.checked })}
            />{' '}
            Explicit
          </span>
        </label>
        {canEdit && (
          <>
            <button type="submit" disabled={save.busy}>
              Save track
            </button>
            <button
              type="button"
              className="danger"
              disabled={remove.busy}
              onClick={() => {
                if (!window.confirm(`Delete “${track.title}” and its rights, tags and features?`)) return;
                void remove.act(async () => {
                  await request(DeleteTrack, { id: track.id });
                  window.location.hash = href('catalog');
                });
              }}
            >
              Delete track
            </button>
          </>
        )}
      </form>
      <Message status={save.status} />
      <Message status={remove.status} />
    </section>
  );
}

const ROLES: ArtistRole[] = ['PRIMARY', 'FEATURED', 'COMPOSER', 'PRODUCER', 'REMIXER'];

function Credits({ track, canEdit, onSaved }: { track: Track; canEdit: boolean; onSaved: () => void }) {
  const [credits, setCredits] = useState(() =>
    track.credits.map((c) => ({ id: c.artist.id, name: c.artist.name, role: c.role })),
  );
  useEffect(
    () => setCredits(track.credits.map((c) => ({ id: c.artist.id, name: c.artist.name, role: c.role }))),
    [track],
  );
  const [query, setQuery] = useState('');
  const found = useLoad(
    () => (query.trim() ? request(FindArtists, { name: query.trim() }) : Promise.resolve(null)),
    [query],
  );
  const save = useAction();
  return (
    <section aria-labelledby="track-credits">
      <h2 id="track-credits">Credits</h2>
      <ul>
        {credits.map((credit, i) => (
          <li key={`${credit.id}-${i}`} className="row">
            {credit.name}
            <select
              aria-label={`Role of ${credit.name}`}
              disabled={!canEdit}
              value={credit.role}
              onChange={(event) =>
                setCredits(
                  credits.map((c, j) => (j === i ? { ...c, role: event.target.value as ArtistRole } : c)),
                )
              }
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {role}
                </option>
              ))}
            </select>
            {canEdit && (
              <button
                type="button"
                className="secondary"
                onClick={() => setCredits(credits.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <>
          <label className="field" htmlFor="credit-search">
            Add an artist
            <input
              id="credit-search"
              value={query}
              placeholder="Search artists"
              onChange={(event) => setQuery(event.target.value)}
            />
          </label>
          <div className="row">
            {found.data?.artists.edges.map(({ node }) => (
              <button
                key={node.id}
                type="button"
                className="secondary"
                onClick={() => setCredits([...credits, { id: node.id, name: node.name, role: 'FEATURED' }])}
              >
                + {node.name}
              </button>
            ))}
          </div>
          <button
            type="button"
            disabled={save.busy}
            onClick={() =>
              void save.act(async () => {
                await request(UpdateTrack, {
                  id: track.id,
                  input: { credits: credits.map((c) => ({ artistId: c.id, role: c.role })) },
                });
                onSaved();
                return 'Credits saved.';
              })
            }
          >
            Save credits
          </button>
          <Message status={save.status} />
        </>
      )}
    </section>
  );
}

function Tags({ track, canEdit, onSaved }: { track: Track; canEdit: boolean; onSaved: () => void }) {
  const fromTrack = () =>
    track.tagWeights.map((t) => ({
      name: t.tag.name,
      category: t.tag.category as string,
      weight: String(t.weight),
    }));
  const [tags, setTags] = useState(fromTrack);
  useEffect(() => setTags(fromTrack()), [track]);
  const [name, setName] = useState('');
  const [category, setCategory] = useState('MOOD');
  const save = useAction();
  return (
    <section aria-labelledby="track-tags">
      <h2 id="track-tags">Tags</h2>
      <ul>
        {tags.map((tag, i) => (
          <li key={`${tag.category}:${tag.name}`} className="row">
            <span className="tag">{tag.name}</span>
            <span className="muted">{tag.category}</span>
            <label>
              weight{' '}
              <input
                type="number"
                step="0.05"
                min={0}
                max={1}
                style={{ width: '5rem' }}
                disabled={!canEdit}
                value={tag.weight}
                onChange={(event) =>
                  setTags(tags.map((t, j) => (j === i ? { ...t, weight: event.target.value } : t)))
                }
              />
            </label>
            {canEdit && (
              <button
                type="button"
                className="secondary"
                onClick={() => setTags(tags.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <>
          <div className="fields">
            <label className="field" htmlFor="tag-name">
              Tag
              <input id="tag-name" value={name} onChange={(event) => setName(event.target.value)} />
            </label>
            <label className="field" htmlFor="tag-category">
              Category
              <select
                id="tag-category"
                value={category}
                onChange={(event) => setCategory(event.target.value)}
              >
                {['GENRE', 'MOOD', 'INSTRUMENT', 'THEME', 'ENERGY', 'ERA'].map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                if (!name.trim()) return;
                setTags([...tags, { name: name.trim(), category, weight: '1' }]);
                setName('');
              }}
            >
              Add tag
            </button>
          </div>
          <button
            type="button"
            disabled={save.busy}
            onClick={() =>
              void save.act(async () => {
                await request(SetTrackTags, {
                  trackId: track.id,
                  tags: tags.map((t) => ({
                    name: t.name,
                    category: t.category as never,
                    weight: Number(t.weight),
                  })),
                });
                onSaved();
                return 'Tags saved.';
              })
            }
          >
            Save tags
          </button>
          <Message status={save.status} />
        </>
      )}
    </section>
  );
}

interface GrantForm {
  side: 'BOTH' | 'MASTER' | 'PUBLISHING';
  rightsHolder: string;
  usages: LicenceUsage[];
  worldwide: boolean;
  allow: string[];
  deny: string[];
  validFrom: string;
  validUntil: string;
  priceTier: string;
  exclusive: boolean;
  contentIdRegistered: boolean;
}

const NEW_GRANT: GrantForm = {
  side: 'BOTH',
  rightsHolder: '',
  usages: [],
  worldwide: false,
  allow: [],
  deny: [],
  validFrom: '',
  validUntil: '',
  priceTier: '1',
  exclusive: false,
  contentIdRegistered: false,
};

function grantForm(grant: Grant): GrantForm {
  return {
    side: grant.side,
    rightsHolder: grant.rightsHolder,
    usages: grant.usages,
    worldwide: grant.worldwide,
    allow: grant.territoriesAllow,
    deny: grant.territoriesDeny,
    validFrom: grant.validFrom ?? '',
    validUntil: grant.validUntil ?? '',
    priceTier: String(grant.priceTier),
    exclusive: grant.exclusive,
    contentIdRegistered: grant.contentIdRegistered,
  };
}

function Grants({ track, canEdit, onSaved }: { track: Track; canEdit: boolean; onSaved: () => void }) {
  const [editing, setEditing] = useState<{ id: string | null; form: GrantForm } | null>(null);
  const action = useAction();
  const submit = (id: string | null, form: GrantForm) =>
    action.act(async () => {
      if (form.usages.length === 0) throw new Error('Choose at least one usage for the grant.');
      if (!form.worldwide && form.allow.length === 0)
        throw new Error('Choose territories, or make the grant worldwide.');
      const input = {
        side: form.side,
        rightsHolder: form.rightsHolder,
        usages: form.usages,
        worldwide: form.worldwide,
        territoriesAllow: form.worldwide ? [] : form.allow,
        territoriesDeny: form.worldwide ? form.deny : [],
        validFrom: form.validFrom || null,
        validUntil: form.validUntil || null,
        priceTier: Number(form.priceTier),
        exclusive: form.exclusive,
        contentIdRegistered: form.contentIdRegistered,
      };
      if (id) await request(UpdateGrant, { id, input });
      else await request(CreateGrant, { trackId: track.id, input });
      setEditing(null);
      onSaved();
      return 'Grant saved.';
    });
  return (
    <section aria-labelledby="track-rights">
      <h2 id="track-rights">Rights and grants</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Side</th>
              <th scope="col">Holder</th>
              <th scope="col">Usages</th>
              <th scope="col">Territories</th>
              <th scope="col">Window</th>
              <th scope="col">Tier</th>
              <th scope="col">Flags</th>
              {canEdit && <th scope="col">Edit</th>}
            </tr>
          </thead>
          <tbody>
            {track.licences.map((grant) => (
              <tr key={grant.id}>
                <td>{grant.side}</td>
                <td>{grant.rightsHolder}</td>
                <td>{grant.usages.join(', ')}</td>
                <td>
                  {grant.worldwide
                    ? `Worldwide${grant.territoriesDeny.length ? ` except ${grant.territoriesDeny.join(', ')}` : ''}`
                    : grant.territoriesAllow.join(', ')}
                </td>
                <td>
                  {grant.validFrom ?? '…'} – {grant.validUntil ?? 'open'}
                </td>
                <td>{grant.priceTier}</td>
                <td>
                  {grant.exclusive ? 'exclusive ' : ''}
                  {grant.contentIdRegistered ? 'Content ID' : ''}
                </td>
                {canEdit && (
                  <td className="row">
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => setEditing({ id: grant.id, form: grantForm(grant) })}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="danger"
                      onClick={() => {
                        if (!window.confirm('Delete this grant?')) return;
                        void action.act(async () => {
                          await request(DeleteGrant, { id: grant.id });
                          onSaved();
                          return 'Grant deleted.';
                        });
                      }}
                    >
                      Delete
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canEdit && !editing && (
        <button type="button" onClick={() => setEditing({ id: null, form: NEW_GRANT })}>
          Add grant
        </button>
      )}
      {editing && (
        <GrantEditor
          value={editing.form}
          onChange={(form) => setEditing({ ...editing, form })}
          onSubmit={() => void submit(editing.id, editing.form)}
          onCancel={() => setEditing(null)}
          busy={action.busy}
        />
      )}
      <Message status={action.status} />
    </section>
  );
}

function GrantEditor({
  value,
  onChange,
  onSubmit,
  onCancel,
  busy,
}: {
  value: GrantForm;
  onChange: (next: GrantForm) => void;
  onSubmit: () => void;
  onCancel: () => void;
  busy: boolean;
}) {
  const set = (patch: Partial<GrantForm>) => onChange({ ...value, ...patch });
  return (
    <form
      className="fields card"
      aria-label="Grant"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <label className="field" htmlFor="grant-side">
        Side
        <select
          id="grant-side"
          value={value.side}
          onChange={(event) => set({ side: event.target.value as GrantForm['side'] })}
        >
          <option value="BOTH">both (master and publishing)</option>
          <option value="MASTER">master (recording)</option>
          <option value="PUBLISHING">publishing (composition)</option>
        </select>
      </label>
      <label className="field" htmlFor="grant-holder">
        Rights holder
        <input
          id="grant-holder"
          required
          value={value.rightsHolder}
          onChange={(event) => set({ rightsHolder: event.target.value })}
        />
      </label>
      <label className="field" htmlFor="grant-usages">
        Usages (a parent covers its children)
        <select
          id="grant-usages"
          multiple
          size={8}
          value={value.usages}
          onChange={(event) =>
            set({ usages: [...event.target.selectedOptions].map((o) => o.value as LicenceUsage) })
          }
        >
          <UsageOptions />
        </select>
      </label>
      <label className="field">
        <span>
          <input
            type="checkbox"
            checked={value.worldwide}
            onChange={(event) => set({ worldwide: event.target.checked })}
          />{' '}
          Worldwide
        </span>
      </label>
      {value.worldwide ? (
        <TerritorySelect label="Except" value={value.deny} onChange={(deny) => set({ deny })} />
      ) : (
        <TerritorySelect label="Territories" value={value.allow} onChange={(allow) => set({ allow })} />
      )}
      <label className="field" htmlFor="grant-from">
        Valid from
        <input
          id="grant-from"
          type="date"
          value={value.validFrom}
          onChange={(event) => set({ validFrom: event.target.value })}
        />
      </label>
      <label className="field" htmlFor="grant-until">
        Valid until
        <input
          id="grant-until"
          type="date"
          value={value.validUntil}
          onChange={(event) => set({ validUntil: event.target.value })}
        />
      </label>
      <label className="field" htmlFor="grant-tier">
        Price tier
        <input
          id="grant-tier"
          type="number"
          min={1}
          value={value.priceTier}
          onChange={(event) => set({ priceTier: event.target.value })}
        />
      </label>
      <label className="field">
        <span>
          <input
            type="checkbox"
            checked={value.exclusive}
            onChange={(event) => set({ exclusive: event.target.checked })}
          />{' '}
          Exclusive
        </span>
      </label>
      <label className="field">
        <span>
          <input
            type="checkbox"
            checked={value.contentIdRegistered}
            onChange={(event) => set({ contentIdRegistered: event.target.checked })}
          />{' '}
          Registered with Content ID
        </span>
      </label>
      <button type="submit" disabled={busy}>
        Save grant
      </button>
      <button type="button" className="secondary" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}

function LicenceCheckPanel({ trackId }: { trackId: string }) {
  const [territories, setTerritories] = useState<string[]>([]);
  const [usage, setUsage] = useState('');
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const [result, setResult] = useState<Awaited<ReturnType<typeof runCheck>> | null>(null);
  const check = useAction();
  const runCheck = () =>
    request(CheckLicence, {
      trackId,
      territories,
      usage: usage as LicenceUsage,
      period: from && until ? { from, until } : undefined,
    });
  return (
    <section aria-labelledby="track-check">
      <h2 id="track-check">Licence check</h2>
      <form
        className="fields"
        onSubmit={(event) => {
          event.preventDefault();
          void check.act(async () => {
            if (territories.length === 0) throw new Error('Choose at least one territory.');
            if (!usage) throw new Error('Choose a usage.');
            if ((from === '') !== (until === ''))
              throw new Error('A period needs both its first and last day.');
            setResult(await runCheck());
          });
        }}
      >
        <TerritorySelect label="Territories" value={territories} onChange={setTerritories} />
        <label className="field" htmlFor="check-usage">
          Usage
          <select id="check-usage" value={usage} onChange={(event) => setUsage(event.target.value)}>
            <option value="">(choose)</option>
            <UsageOptions />
          </select>
        </label>
        <label className="field" htmlFor="check-from">
          From
          <input id="check-from" type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </label>
        <label className="field" htmlFor="check-until">
          Until
          <input
            id="check-until"
            type="date"
            value={until}
            onChange={(event) => setUntil(event.target.value)}
          />
        </label>
        <button type="submit" disabled={check.busy}>
          Check
        </button>
      </form>
      <Message status={check.status} />
      {result && (
        <div data-testid="licence-check-result">
          <p className={`message ${result.licenceCheck.available ? 'message-success' : 'message-error'}`}>
            {result.licenceCheck.available ? 'Available for this use.' : 'Not available for this use.'}
          </p>
          <ul>
            {result.licenceCheck.reasons.map((reason, i) => (
              <li key={i}>
                <strong>{reason.side}</strong> {reason.territory}: {reason.message}{' '}
                <span className="muted">({reason.code})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
