/** @jest-environment ./test/ml/support/ort-environment.cjs */
import { fileURLToPath } from 'node:url';
import { EmbeddingService } from '../../src/ml/inference/embedding-service.js';
import { generateSyntheticDataset } from '../../src/ml/data/synthetic.js';

const MODEL_DIR = fileURLToPath(new URL('../../models/default', import.meta.url));

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

describe('the shipped default model (models/default)', () => {
  let svc: EmbeddingService;
  beforeAll(async () => {
    svc = await EmbeddingService.open(MODEL_DIR);
  });
  afterAll(async () => {
    await svc.close();
  });

  test('is a text-enabled 256-d model with a verified manifest', () => {
    expect(svc.manifest).toMatchObject({ version: 'default', dim: 256, hasText: true, maxFrames: 3600 });
    expect(svc.manifest.dataset?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  test('puts a text-only query next to music of the matching synthetic style', async () => {
    // Same generator seed as the default model's training data (fresh tracks, same latent maps).
    const syn = generateSyntheticDataset({
      seed: 1,
      trainPairs: 0,
      valPairs: 0,
      testPairs: 144,
      minFrames: 8,
      maxFrames: 16,
    });
    const tracks = syn.dataset.tracks;
    const music = await svc.embedMusic(tracks.map((t) => t.audio));
    for (const [query, style] of [
      ['calm piano for a rainy vlog', 'calm-piano'],
      ['epic orchestral trailer', 'epic-orchestral'],
    ] as const) {
      const [q] = await svc.embedVideo([{ text: { title: query } }]);
      const ranked = music.map((m, i) => ({ i, s: dot(q!, m) })).sort((a, b) => b.s - a.s);
      const top = ranked.slice(0, 10).map(({ i }) => syn.styles[syn.trackStyles[tracks[i]!.id]!]!.name);
      // Most of the top 10 are of the queried style (chance is 1/12).
      expect(top.filter((s) => s === style).length).toBeGreaterThanOrEqual(6);
    }
  });
});
