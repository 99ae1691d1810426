import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { authHeaders } from './api/session';

// The self-hosted explorer: every request carries the key signed in on the console (same tab).
const fetcher = createGraphiQLFetcher({
  url: new URL('/graphql', window.location.origin).toString(),
  headers: authHeaders(),
});

const DEFAULT_QUERY = `# Runs with the key you signed in with on /console.
{
  viewer { role keyName }
  tracks(first: 5) { edges { node { id title bpm artists { name } } } }
}
`;

createRoot(document.getElementById('root')!).render(
  <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />,
);
