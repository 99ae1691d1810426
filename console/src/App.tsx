import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { graphql } from './gql';
import type { ApiRole } from './gql/graphql';
import { request } from './api/client';
import { storedKey, storeKey } from './api/session';
import { href, useRoute } from './router';
import { Message, errorStatus, type Status } from './components/Message';
import { CatalogPage } from './pages/Catalog';
import { TrackPage } from './pages/Track';
import { ImportPage } from './pages/Import';
import { TrainingDataPage } from './pages/TrainingData';
import { SearchPage } from './pages/Search';
import { TrainingPage } from './pages/Training';
import { ModelsPage } from './pages/Models';
import { KeysPage } from './pages/Keys';

const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      role
      keyName
    }
  }
`);

export interface Viewer {
  role: ApiRole | null;
  keyName: string | null;
}

const RANK: Record<ApiRole, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };

export function atLeast(viewer: Viewer, role: ApiRole): boolean {
  return viewer.role !== null && RANK[viewer.role] >= RANK[role];
}

interface NavItem {
  page: string;
  label: string;
  role: ApiRole | null;
}

// Navigation follows the role: anyone searches, VIEWER reads the catalog, EDITOR edits it,
// ADMIN also trains, manages models and keys.
const NAV: NavItem[] = [
  { page: 'search', label: 'Search', role: null },
  { page: 'catalog', label: 'Catalog', role: 'VIEWER' },
  { page: 'import', label: 'Import', role: 'EDITOR' },
  { page: 'training-data', label: 'Training data', role: 'EDITOR' },
  { page: 'training', label: 'Training', role: 'ADMIN' },
  { page: 'models', label: 'Models', role: 'VIEWER' },
  { page: 'keys', label: 'Keys', role: 'ADMIN' },
];

function allowed(viewer: Viewer, item: NavItem): boolean {
  return item.role === null || atLeast(viewer, item.role);
}

function SignIn({ viewer, onChange }: { viewer: Viewer; onChange: (secret: string | null) => void }) {
  const [secret, setSecret] = useState('');
  if (viewer.role) {
    return (
      <div className="signin">
        <span className="who" data-testid="signed-in-as">
          {viewer.keyName} · {viewer.role}
        </span>
        <button type="button" onClick={() => onChange(null)}>
          Sign out
        </button>
      </div>
    );
  }
  return (
    <form
      className="signin"
      onSubmit={(event) => {
        event.preventDefault();
        onChange(secret.trim() || null);
        setSecret('');
      }}
    >
      <label htmlFor="api-key">API key</label>
      <input
        id="api-key"
        type="password"
        autoComplete="off"
        value={secret}
        placeholder="vmr_…"
        onChange={(event) => setSecret(event.target.value)}
      />
      <button type="submit">Sign in</button>
    </form>
  );
}

export function App(): ReactNode {
  const route = useRoute();
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [status, setStatus] = useState<Status>(null);

  const refreshViewer = useCallback(async () => {
    try {
      const { viewer } = await request(ViewerQuery);
      setViewer(viewer);
      return viewer;
    } catch (error) {
      setStatus(errorStatus(error));
      setViewer({ role: null, keyName: null });
      return null;
    }
  }, []);

  useEffect(() => {
    void refreshViewer();
  }, [refreshViewer]);

  const changeKey = async (secret: string | null) => {
    setStatus(null);
    const previous = storedKey();
    storeKey(secret);
    const next = await refreshViewer();
    if (secret && !next?.role) {
      storeKey(previous);
      await refreshViewer();
      setStatus({ kind: 'error', text: 'That key was not accepted (unknown or revoked).' });
    }
  };

  if (!viewer) return <p className="loading">Loading…</p>;
  const items = NAV.filter((item) => allowed(viewer, item));
  const current = NAV.find((item) => item.page === route.page);
  const page = route.page === 'track' ? 'catalog' : route.page;
  const permitted = route.page === 'track' ? atLeast(viewer, 'VIEWER') : !current || allowed(viewer, current);

  return (
    <div className="app">
      <header>
        <h1>
          <a href={href(atLeast(viewer, 'VIEWER') ? 'catalog' : 'search')}>Music catalog</a>
        </h1>
        <nav aria-label="Main">
          {items.map((item) => (
            <a key={item.page} href={href(item.page)} aria-current={page === item.page ? 'page' : undefined}>
              {item.label}
            </a>
          ))}
          <a href="/graphiql">Explorer</a>
        </nav>
        <SignIn viewer={viewer} onChange={(secret) => void changeKey(secret)} />
      </header>
      <Message status={status} />
      <main>
        {permitted ? (
          <Page route={route} viewer={viewer} />
        ) : (
          <p className="message message-info">Sign in with a key that may open this page.</p>
        )}
      </main>
    </div>
  );
}

function Page({ route, viewer }: { route: ReturnType<typeof useRoute>; viewer: Viewer }): ReactNode {
  switch (route.page) {
    case 'track':
      return route.param ? <TrackPage id={route.param} viewer={viewer} /> : null;
    case 'import':
      return <ImportPage />;
    case 'training-data':
      return <TrainingDataPage viewer={viewer} />;
    case 'search':
      return <SearchPage />;
    case 'training':
      return <TrainingPage />;
    case 'models':
      return <ModelsPage viewer={viewer} />;
    case 'keys':
      return <KeysPage />;
    default:
      return atLeast(viewer, 'VIEWER') ? <CatalogPage viewer={viewer} /> : <SearchPage />;
  }
}
