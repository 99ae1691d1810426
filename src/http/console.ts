import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';

// The admin console and the GraphQL explorer, built by Vite into console/dist
// (scripts/build-console.mjs runs on npm install and npm start).
const DIST = fileURLToPath(new URL('../../console/dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

async function sendFile(res: ServerResponse, file: string, cache: string): Promise<boolean> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return false;
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': cache,
    'x-content-type-options': 'nosniff',
  });
  createReadStream(file).pipe(res);
  return true;
}

function notBuilt(res: ServerResponse): void {
  res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('The admin console is not built: run `npm run build:console` (npm install and npm start do it).');
}

/**
 * Browsers opening /graphql ask for HTML; they get the explorer instead of Apollo's CSRF refusal.
 * GraphQL clients send JSON or GraphQL media types and never prefer text/html.
 */
export function wantsExplorer(req: IncomingMessage): boolean {
  if (req.method !== 'GET') return false;
  const accept = req.headers.accept ?? '';
  return (
    accept.includes('text/html') && !new URL(req.url ?? '/', 'http://localhost').search.includes('query=')
  );
}

/**
 * Serves /console (the single-page app: every path under it that is not a built asset gets
 * index.html), /console/assets/* (content-hashed, cached for a year) and /graphiql. Returns false
 * for any other path.
 */
export async function serveConsole(res: ServerResponse, path: string): Promise<boolean> {
  if (path === '/graphiql' || path === '/graphiql/') {
    if (!(await sendFile(res, join(DIST, 'graphiql.html'), 'no-cache'))) notBuilt(res);
    return true;
  }
  if (path === '/' || path === '/console') {
    res.writeHead(302, { location: '/console/' });
    res.end();
    return true;
  }
  if (!path.startsWith('/console/')) return false;
  const relative = normalize(decodeURIComponent(path.slice('/console/'.length)));
  if (relative.startsWith(`assets${sep}`)) {
    const file = join(DIST, relative);
    // normalize() has resolved any "..": a path that still leaves dist/ is refused.
    const served =
      file.startsWith(DIST) && (await sendFile(res, file, 'public, max-age=31536000, immutable'));
    if (!served) res.writeHead(404).end();
    return true;
  }
  if (!(await sendFile(res, join(DIST, 'index.html'), 'no-cache'))) notBuilt(res);
  return true;
}
