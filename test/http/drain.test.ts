import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { requestTracker, type RequestTracker } from '../../src/http/drain.js';

// A handler whose client hung up is still running its statements: shutdown must wait for it
// before the pools close under it (bench:load saw "Cannot use a pool after calling end").

let server: Server;
let tracker: RequestTracker;
let release: () => void;
let started: Promise<void>;

beforeEach(async () => {
  tracker = requestTracker();
  let markStarted!: () => void;
  started = new Promise<void>((resolve) => (markStarted = resolve));
  const handlerDone = new Promise<void>((resolve) => (release = resolve));
  server = createServer((_req, res) =>
    tracker.track(res, async () => {
      markStarted();
      await handlerDone;
      if (!res.destroyed) res.end('done');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterEach(() => server.closeAllConnections());

function hangUpAfterStart(): Promise<void> {
  const req = request({ host: '127.0.0.1', port: (server.address() as AddressInfo).port, path: '/' });
  req.on('error', () => {});
  req.end();
  return started.then(() => {
    req.destroy();
  });
}

describe('requestTracker', () => {
  it('counts a request in flight until its handler settles, though its client hung up', async () => {
    await hangUpAfterStart();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(tracker.inFlight).toBe(1);
    let drained = false;
    const draining = tracker.drain(server, 10_000).then((result) => {
      drained = true;
      return result;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(drained).toBe(false);
    release();
    expect(await draining).toEqual({ cut: 0 });
    expect(tracker.inFlight).toBe(0);
  });

  it('cuts a handler that outlives the deadline, and says so', async () => {
    await hangUpAfterStart();
    const { cut } = await tracker.drain(server, 100);
    expect(cut).toBe(1);
    release();
  });
});
