import type { Server, ServerResponse } from 'node:http';

export interface RequestTracker {
  /** Responses started and not yet finished. */
  readonly inFlight: number;
  /**
   * Graceful close: stops accepting connections, lets every started request finish with
   * `Connection: close` (so no client reuses a connection that is about to go), and after
   * `deadlineMs` closes whatever is still open. Resolves with the number of requests cut.
   */
  drain(deadlineMs: number): Promise<{ cut: number }>;
}

/**
 * Tracks a server's in-flight responses for graceful shutdown. Node's server.close() alone
 * stops accepting and closes idle connections, but a keep-alive client keeps its busy
 * connection and may send more on it, so close() never completes while it does (measured on
 * Node 20: the third request on a kept-alive socket was served after close()).
 */
export function trackRequests(server: Server): RequestTracker {
  const active = new Set<ServerResponse>();
  let draining = false;
  let settled: (() => void) | null = null;
  server.prependListener('request', (_req, res: ServerResponse) => {
    active.add(res);
    if (draining) res.setHeader('connection', 'close');
    res.once('close', () => {
      active.delete(res);
      if (active.size === 0) settled?.();
    });
  });
  return {
    get inFlight() {
      return active.size;
    },
    async drain(deadlineMs) {
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
