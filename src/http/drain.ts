import type { Server, ServerResponse } from 'node:http';

export interface RequestTracker {
  /** Requests whose handler has not settled or whose response has not closed. */
  readonly inFlight: number;
  /**
   * Runs one request's handler, counted in flight until both the handler has settled and the
   * response has closed. A client that hangs up mid-request closes the response at once, but
   * its handler still runs its statements: were it no longer counted, shutdown would close the
   * pools under it ("Cannot use a pool after calling end on the pool").
   */
  track(res: ServerResponse, handle: () => Promise<void>): void;
  /**
   * Graceful close: stops accepting connections, lets every started request finish with
   * `Connection: close` (so no client reuses a connection that is about to go), and after
   * `deadlineMs` closes whatever is still open. Resolves with the number of requests cut.
   */
  drain(server: Server, deadlineMs: number): Promise<{ cut: number }>;
}

/**
 * Tracks the HTTP server's in-flight requests for graceful shutdown. Node's server.close() alone
 * stops accepting and closes idle connections, but a keep-alive client keeps its busy
 * connection and may send more on it, so close() never completes while it does (measured on
 * Node 20: the third request on a kept-alive socket was served after close()).
 */
export function requestTracker(): RequestTracker {
  const active = new Set<ServerResponse>();
  let draining = false;
  let settled: (() => void) | null = null;
  const done = (res: ServerResponse) => {
    active.delete(res);
    if (active.size === 0) settled?.();
  };
  return {
    get inFlight() {
      return active.size;
    },
    track(res, handle) {
      active.add(res);
      if (draining) res.setHeader('connection', 'close');
      const closed = new Promise<void>((resolve) => res.once('close', resolve));
      // The handler catches its own errors (createHttpServer); this only waits for it.
      void Promise.all([closed, handle().catch(() => {})]).then(() => done(res));
    },
    async drain(server, deadlineMs) {
      draining = true;
      for (const res of active) if (!res.headersSent) res.setHeader('connection', 'close');
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      let timer: NodeJS.Timeout | undefined;
      if (active.size > 0) {
        await Promise.race([
          new Promise<void>((resolve) => (settled = resolve)),
          new Promise<void>((resolve) => (timer = setTimeout(resolve, deadlineMs))),
        ]);
        clearTimeout(timer);
      }
      const cut = active.size;
      server.closeAllConnections();
      await closed;
      return { cut };
    },
  };
}
