import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import { startPlatform } from '../../src/server.js';

const QUERY =
  '{ tracks(first: 3) { edges { node { id title bpm artists { name } tags { name category } } } pageInfo { hasNextPage endCursor } } }';

async function firstTracks(port: number) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
  });
  return (await response.json()) as {
    data: {
      tracks: { edges: Array<{ node: { id: string; title: string } }>; pageInfo: { hasNextPage: boolean } };
    };
  };
}

describe('the embedded default (PGlite, no DATABASE_URL)', () => {
  it('migrates and seeds on first start, and keeps the data across restarts', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vmr-embedded-'));
    const logs: string[] = [];
    const config = { ...loadConfig(), databaseUrl: undefined, dataDir, port: 0 };
    try {
      const first = await startPlatform(config, { log: (m) => logs.push(m) });
      const answer = await firstTracks(first.port);
      await first.stop();
      expect(answer.data.tracks.edges).toHaveLength(3);
      expect(answer.data.tracks.pageInfo.hasNextPage).toBe(true);
      expect(logs.some((l) => l.includes('seeded the demo catalog'))).toBe(true);

      logs.length = 0;
      const second = await startPlatform(config, { log: (m) => logs.push(m) });
      const again = await firstTracks(second.port);
      await second.stop();
      expect(again).toEqual(answer);
      expect(logs.some((l) => l.includes('seeded'))).toBe(false);
      expect(logs.some((l) => l.includes('migrations applied: 0'))).toBe(true);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
