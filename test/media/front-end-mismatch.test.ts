import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { featureRowData } from '../../src/catalog/media-features.js';
import { createTrack } from '../../src/catalog/tracks.js';
import { loadDatasetFromDb } from '../../src/jobs/dataset-from-db.js';
import { resolveTrainingInput } from '../../src/jobs/training-input.js';
import { audioFeaturesFromSamples } from '../../src/media/audio/index.js';
import { EmbedderPool } from '../../src/models/embedders.js';
import { registerModelDir } from '../../src/models/register-model.js';
import { activateModel } from '../../src/models/registry.js';
import { embedMissingTracks } from '../../src/search/backfill.js';
import { embedVideoQuery } from '../../src/search/query-vector.js';
import { embedTrackAudio, setTrackAudioFeatures, writeTrackAudio } from '../../src/search/track-audio.js';
import type { FeatureSequence } from '../../src/ml/index.js';
import type { ModelVersion } from '../../src/generated/prisma/client.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { MODELS_DIR } from '../support/search-catalog.js';
import { clickTrack } from './audio-signals.js';

// Features record their front end, a model's manifest the one it was trained on, and the
// platform refuses to mix them: features from front end A are never embedded by a model trained
// on front end B. Unrecorded front ends (legacy features, the demo model) are accepted.

let tdb: TestDatabase;
let modelsDir: string;
let embedders: EmbedderPool;
let model: ModelVersion;
let music: FeatureSequence;

beforeAll(async () => {
  tdb = await createTestDatabase();
  modelsDir = mkdtempSync(join(tmpdir(), 'vmr-front-end-'));
  // The shipped model's weights, with a manifest that says it was trained on vmr-logmel@1.
  const source = join(modelsDir, 'source');
  cpSync(join(MODELS_DIR, 'default'), source, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(source, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(
    join(source, 'manifest.json'),
    JSON.stringify({ ...manifest, version: 'logmel-model', frontEnds: { audio: 'vmr-logmel@1' } }),
  );
  const registered = await registerModelDir(tdb.database.prisma, modelsDir, source);
  model = await activateModel(tdb.database.prisma, registered.id);
  embedders = new EmbedderPool(modelsDir);
  const features = audioFeaturesFromSamples(clickTrack(120, 8));
  music = { frames: features.frames, dim: 128, dtype: 'uint8', data: features.data };
}, 60_000);
afterAll(async () => {
  await embedders.closeAll();
  await tdb.drop();
  rmSync(modelsDir, { recursive: true, force: true });
});

let isrc = 0;
const newTrack = () =>
  createTrack(tdb.database.prisma, {
    isrc: `QZFE5260${String(++isrc).padStart(4, '0')}`,
    title: `Track ${isrc}`,
    durationSec: 8,
  });
const written = async (trackId: string) => ({
  features: await tdb.database.prisma.mediaFeature.count({ where: { trackId } }),
  embeddings: await tdb.database.prisma.trackEmbedding.count({ where: { trackId } }),
});

describe('setTrackAudioFeatures', () => {
  it('refuses features of another front end with a clear error, writing nothing', async () => {
    const track = await newTrack();
    await expect(
      setTrackAudioFeatures(tdb.database.prisma, embedders, track.id, music, 'ingest', 'vmr-logmel@2'),
    ).rejects.toMatchObject({
      message:
        'features: these features come from front end vmr-logmel@2, but the model was trained on vmr-logmel@1; extract them again with vmr-logmel@1 or use a model trained on vmr-logmel@2',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'features',
        reason: 'FRONT_END_MISMATCH',
        featuresFrontEnd: 'vmr-logmel@2',
        modelFrontEnd: 'vmr-logmel@1',
      },
    });
    expect(await written(track.id)).toEqual({ features: 0, embeddings: 0 });
  });

  it('embeds features of the model’s own front end and records it on the feature row', async () => {
    const track = await newTrack();
    await setTrackAudioFeatures(tdb.database.prisma, embedders, track.id, music, 'ingest', 'vmr-logmel@1');
    expect(await written(track.id)).toEqual({ features: 1, embeddings: 1 });
    const row = await tdb.database.prisma.mediaFeature.findFirstOrThrow({ where: { trackId: track.id } });
    expect(row.frontEnd).toBe('vmr-logmel@1');
  });

  it('accepts features of no recorded front end (sent through the API)', async () => {
    const track = await newTrack();
    await setTrackAudioFeatures(tdb.database.prisma, embedders, track.id, music);
    expect(await written(track.id)).toEqual({ features: 1, embeddings: 1 });
  });
});

describe('the ingest write', () => {
  it('refuses a feature row of another front end even when the embedding step was not told it', async () => {
    const track = await newTrack();
    const db = tdb.database.prisma;
    const embedded = await embedTrackAudio(db, embedders, track.id, music);
    const row = featureRowData(music, 'trackAudio', 'ingest', 'vmr-logmel', 'vmr-logmel@2');
    await expect(db.$transaction((tx) => writeTrackAudio(tx, track.id, row, embedded))).rejects.toMatchObject(
      {
        extensions: { reason: 'FRONT_END_MISMATCH', featuresFrontEnd: 'vmr-logmel@2' },
      },
    );
    expect(await written(track.id)).toEqual({ features: 0, embeddings: 0 });
  });
});

describe('the backfill', () => {
  it('leaves out the tracks that hold another front end’s features, and embeds the rest', async () => {
    const other = await newTrack();
    const same = await newTrack();
    const db = tdb.database.prisma;
    await db.mediaFeature.create({
      data: {
        ...featureRowData(music, 'trackAudio', 'ingest', 'other', 'other-logmel@3'),
        trackId: other.id,
      },
    });
    await db.mediaFeature.create({
      data: {
        ...featureRowData(music, 'trackAudio', 'ingest', 'vmr-logmel', 'vmr-logmel@1'),
        trackId: same.id,
      },
    });
    const log: string[] = [];
    expect(await embedMissingTracks(db, embedders, model, { log: (m) => log.push(m) })).toBe(1);
    expect(log).toEqual([
      'backfill: model logmel-model reads front end vmr-logmel@1; left out 1 tracks of other-logmel@3',
    ]);
    expect(await written(other.id)).toEqual({ features: 1, embeddings: 0 });
    expect(await written(same.id)).toEqual({ features: 1, embeddings: 1 });
    await db.mediaFeature.deleteMany({ where: { trackId: { in: [other.id, same.id] } } });
  });
});

describe('musicForVideo features', () => {
  const visual: FeatureSequence = {
    frames: 4,
    dim: 1024,
    dtype: 'float32',
    data: Float32Array.from({ length: 4096 }, (_, i) => Math.sin(i) * 0.5),
  };

  it('refuses a video’s audio from another front end, and embeds it from the model’s', async () => {
    await expect(
      embedVideoQuery(embedders, model, { visual, audio: music, frontEnds: { audio: 'other-logmel@3' } }),
    ).rejects.toMatchObject({ extensions: { field: 'video.audio', reason: 'FRONT_END_MISMATCH' } });
    const vector = await embedVideoQuery(embedders, model, {
      visual,
      audio: music,
      frontEnds: { audio: 'vmr-logmel@1', visual: 'nsfwjs-inception-pca@1' },
    });
    expect(vector.length).toBe(model.dim);
  });
});

describe('training data', () => {
  it('records the one front end of its features, and trains a mix on one, naming what it left out', async () => {
    const db = tdb.database.prisma;
    const request = resolveTrainingInput({});
    const frontEnds = ['vmr-logmel@1', 'vmr-logmel@1', 'vmr-logmel@1', null];
    const frames: FeatureSequence = {
      frames: 2,
      dim: 1024,
      dtype: 'uint8',
      data: new Uint8Array(2048).fill(140),
    };
    const tracks = [];
    for (const [i, frontEnd] of frontEnds.entries()) {
      const track = await newTrack();
      tracks.push(track);
      await db.mediaFeature.create({
        data: { ...featureRowData(music, 'trackAudio', 'ingest', 'x', frontEnd), trackId: track.id },
      });
      const video = await db.video.create({ data: { title: `Video ${i}` } });
      await db.mediaFeature.create({
        data: { ...featureRowData(frames, 'videoVisual', 'ingest'), videoId: video.id },
      });
      await db.videoMusicPair.create({
        data: {
          videoId: video.id,
          trackId: track.id,
          source: frontEnd ? 'logmel' : 'legacy',
          split: i === 1 ? 'VALIDATION' : 'TRAIN',
        },
      });
    }
    const logmelOnly = await loadDatasetFromDb(db, {
      ...request,
      data: { ...request.data, sources: ['logmel'] },
    });
    expect(logmelOnly.frontEnds).toEqual({ audio: 'vmr-logmel@1' });
    expect(logmelOnly.leftOut).toEqual([]);
    // A mix no longer fails: a model learns one front end, the real one here, and the pair of
    // unspecified features is left out and named.
    const mixed = await loadDatasetFromDb(db, request);
    expect(mixed.frontEnds).toEqual({ audio: 'vmr-logmel@1' });
    expect(mixed.dataset!.pairs).toHaveLength(3);
    expect(mixed.leftOut).toEqual([
      {
        unit: 'PAIRS',
        count: 1,
        reason: 'OTHER_FRONT_END',
        message: '1 pair has music features of another front end than vmr-logmel@1',
      },
    ]);
  });
});
