import { useEffect, useState } from 'react';
import { graphql } from '../gql';
import type { ApiRole } from '../gql/graphql';
import { request } from '../api/client';
import { storedKey } from '../api/session';
import { Message } from '../components/Message';
import { useAction, useLoad } from '../components/useAsync';

const ApiKeys = graphql(`
  query ApiKeys {
    apiKeys {
      id
      name
      role
      prefix
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

const CreateKey = graphql(`
  mutation CreateKey($name: String!, $role: ApiRole!) {
    createApiKey(name: $name, role: $role) {
      secret
      apiKey {
        id
        name
      }
    }
  }
`);

const RevokeKey = graphql(`
  mutation RevokeKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);

export function KeysPage() {
  const keys = useLoad(() => request(ApiKeys), []);
  const [name, setName] = useState('');
  const [role, setRole] = useState<ApiRole>('VIEWER');
  // The new secret is shown once, held only in this component's state: it is gone when the page
  // changes or the signed-in key does.
  const [secret, setSecret] = useState<string | null>(null);
  const signedIn = storedKey();
  useEffect(() => () => setSecret(null), [signedIn]);
  const create = useAction();
  const revoke = useAction();
  return (
    <>
      <section aria-labelledby="keys-create">
        <h2 id="keys-create">Create a key</h2>
        <form
          className="fields"
          onSubmit={(event) => {
            event.preventDefault();
            void create.act(async () => {
              const { createApiKey } = await request(CreateKey, { name, role });
              setSecret(createApiKey.secret);
              setName('');
              keys.reload();
              return `Created “${createApiKey.apiKey.name}”. Copy the secret now: it is not shown again.`;
            });
          }}
        >
          <label className="field" htmlFor="key-name">
            Name
            <input id="key-name" required value={name} onChange={(event) => setName(event.target.value)} />
          </label>
          <label className="field" htmlFor="key-role">
            Role
            <select id="key-role" value={role} onChange={(event) => setRole(event.target.value as ApiRole)}>
              <option value="VIEWER">VIEWER (reads)</option>
              <option value="EDITOR">EDITOR (edits the catalog)</option>
              <option value="ADMIN">ADMIN (trains, models, keys)</option>
            </select>
          </label>
          <button type="submit" disabled={create.busy}>
            Create key
          </button>
        </form>
        <Message status={create.status} />
        {secret && (
          <div className="row">
            <code className="secret" data-testid="new-secret">
              {secret}
            </code>
            <button type="button" className="secondary" onClick={() => setSecret(null)}>
              Hide
            </button>
          </div>
        )}
      </section>
      <section aria-labelledby="keys-list">
        <h2 id="keys-list">Keys</h2>
        <Message status={keys.status} />
        <Message status={revoke.status} />
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Prefix</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {keys.data?.apiKeys.map((key) => (
                <tr key={key.id} data-testid={`key-${key.name}`}>
                  <td>{key.name}</td>
                  <td>{key.role}</td>
                  <td>
                    <code>{key.prefix}</code>
                  </td>
                  <td>{new Date(key.createdAt).toLocaleString()}</td>
                  <td>{key.lastUsedAt ? new Date(key.lastUsedAt).toLocaleString() : 'never'}</td>
                  <td>
                    {key.revokedAt ? (
                      <span className="status-TAKEN_DOWN">revoked</span>
                    ) : (
                      <button
                        type="button"
                        className="danger"
                        disabled={revoke.busy}
                        onClick={() => {
                          if (!window.confirm(`Revoke “${key.name}”? Clients using it stop working at once.`))
                            return;
                          void revoke.act(async () => {
                            await request(RevokeKey, { id: key.id });
                            keys.reload();
                            return `Revoked “${key.name}”.`;
                          });
                        }}
                      >
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
