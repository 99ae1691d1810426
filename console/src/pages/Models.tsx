import { graphql } from '../gql';
import type { ModelVersionsQuery } from '../gql/graphql';
import { request } from '../api/client';
import { atLeast, type Viewer } from '../App';
import { Message } from '../components/Message';
import { useAction, useLoad } from '../components/useAsync';
import { estimate } from '../components/format';

const ModelVersions = graphql(`
  query ModelVersions {
    activeModel {
      id
      version
    }
    modelVersions {
      id
      version
      status
      dim
      embeddedTracks
      createdAt
      activatedAt
      datasetHash
      parent {
        version
      }
      validationR10 {
        value
        low
        high
      }
    }
  }
`);

const Activate = graphql(`
  mutation ActivateModel($id: ID!, $force: Boolean!) {
    activateModel(id: $id, force: $force) {
      id
      version
      status
    }
  }
`);

const Rollback = graphql(`
  mutation RollbackModel {
    rollbackModel {
      id
      version
    }
  }
`);

type Version = ModelVersionsQuery['modelVersions'][number];

function delta(candidate: Version, active: Version | undefined): string {
  const a = active?.validationR10;
  const c = candidate.validationR10;
  if (!c || !a) return 'No validation score to compare with the active version.';
  const gain = c.value - a.value;
  return `Validation R@10 ${estimate(c)} against the active ${estimate(a)}: ${gain >= 0 ? '+' : ''}${gain.toFixed(3)}.`;
}

export function ModelsPage({ viewer }: { viewer: Viewer }) {
  const models = useLoad(() => request(ModelVersions), []);
  const action = useAction();
  const isAdmin = atLeast(viewer, 'ADMIN');
  const versions = models.data?.modelVersions ?? [];
  const active = versions.find((v) => v.id === models.data?.activeModel?.id);

  // Asks first with the deltas; the server refuses a version that scored worse (CONFLICT), and
  // only then does a second, explicit confirmation activate it with force.
  const activate = (candidate: Version) => {
    if (!window.confirm(`Activate ${candidate.version}? ${delta(candidate, active)}`)) return;
    void action.act(async () => {
      try {
        await request(Activate, { id: candidate.id, force: false });
      } catch (error) {
        if ((error as { code?: string }).code !== 'CONFLICT') throw error;
        const force = window.confirm(
          `${(error as Error).message}\n\nActivate ${candidate.version} anyway (force)?`,
        );
        if (!force) throw error;
        await request(Activate, { id: candidate.id, force: true });
      }
      models.reload();
      return `${candidate.version} is now active.`;
    });
  };

  return (
    <section aria-labelledby="models">
      <h2 id="models">Model versions</h2>
      <p className="muted">
        Validation R@10 is shown with its 95% bootstrap interval. Active:{' '}
        {models.data?.activeModel?.version ?? 'none'}
      </p>
      <Message status={models.status} />
      <Message status={action.status} />
      {isAdmin && (
        <button
          type="button"
          className="secondary"
          disabled={action.busy}
          onClick={() => {
            if (!window.confirm('Roll back to the version that was active before this one?')) return;
            void action.act(async () => {
              const { rollbackModel } = await request(Rollback);
              models.reload();
              return `Rolled back: ${rollbackModel.version} is active again.`;
            });
          }}
        >
          Roll back
        </button>
      )}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Status</th>
              <th scope="col">Validation R@10</th>
              <th scope="col">Δ vs active</th>
              <th scope="col">Embedded tracks</th>
              <th scope="col">Parent</th>
              <th scope="col">Created</th>
              {isAdmin && <th scope="col">Action</th>}
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id} data-testid={`model-${v.version}`}>
                <td>{v.version}</td>
                <td>{v.status}</td>
                <td>{v.validationR10 ? estimate(v.validationR10) : '–'}</td>
                <td>
                  {v.validationR10 && active?.validationR10 && v.id !== active.id
                    ? (v.validationR10.value - active.validationR10.value).toFixed(3)
                    : '–'}
                </td>
                <td>{v.embeddedTracks}</td>
                <td>{v.parent?.version ?? '–'}</td>
                <td>{new Date(v.createdAt).toLocaleString()}</td>
                {isAdmin && (
                  <td>
                    {v.status !== 'ACTIVE' && v.status !== 'FAILED' && (
                      <button type="button" disabled={action.busy} onClick={() => activate(v)}>
                        Activate
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
