import { useEffect, useState } from 'react';

// Hash routes ("#/tracks/abc") keep the console a single static page the server can serve from
// one file, with working back/forward buttons and shareable links.
export interface Route {
  page: string;
  param: string | null;
}

function parse(hash: string): Route {
  const [page = '', param = null] = hash.replace(/^#\/?/, '').split('/');
  return { page: page || 'catalog', param: param ? decodeURIComponent(param) : null };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parse(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parse(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function href(page: string, param?: string): string {
  return `#/${page}${param ? `/${encodeURIComponent(param)}` : ''}`;
}
