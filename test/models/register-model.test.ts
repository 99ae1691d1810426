/** @jest-environment ./test/ml/support/ort-environment.cjs */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { importDataset } from '../../src/catalog/dataset/import-dataset.js';
import { countEmbeddings } from '../../src/db/vectors.js';
import { generateSyntheticDataset, type ModelManifest } from '../../src/ml/index.js';
import { expectedIo } from '../../src/ml/export/export-model.js';
import { EmbedderPool } from '../../src/models/embedders.js';
import { registerModelDir } from '../../src/models/register-model.js';
import { activateWithEmbeddings } from '../../src/models/registry.js';
import { embedMissingTracks } from '../../src/search/backfill.js';
import { exportRandomModel } from '../ml/support/export-random.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const DEFAULT_MODEL = resolve('models/default');

async function editManifest(dir: string, edit: (m: ModelManifest) => void): Promise<void> {
  const file = join(dir, 'manifest.json');
  const m = JSON.parse(await readFile(file, 'utf8')) as ModelManifest;
  edit(m);
  await writeFile(file, JSON.stringify(m, null, 2));
}

describe('model:register', () => {
  let db: TestDatabase;
  let tmp: string;
  let modelsDir: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    tmp = await mkdtemp(join(tmpdir(), 'vmr-register-'));
    modelsDir = join(tmp, 'models');
    await cp(DEFAULT_MODEL, join(tmp, 'trained'), { recursive: true });
  });
  afterAll(async () => {
    await db?.drop();
    await rm(tmp, { recursive: true, force: true });
  });

  it('copies a trained model under MODELS_DIR as <version>/ and registers it READY', async () => {
    const version = await registerModelDir(db.database.prisma, modelsDir, join(tmp, 'trained'), {
      name: 'imported-v1',
    });
    expect(version).toMatchObject({ version: 'imported-v1', status: 'READY', dim: 256, path: 'imported-v1' });
    expect((version.manifest as unknown as ModelManifest).version).toBe('imported-v1');
    expect((await readdir(join(modelsDir, 'imported-v1'))).sort()).toEqual([
      'README',
      'manifest.json',
      'music.onnx',
      'video.onnx',
    ]);
    expect(await readdir(modelsDir)).toEqual(['imported-v1']);
    const onnx = await readFile(join(modelsDir, 'imported-v1', 'video.onnx'));
    expect(onnx.equals(await readFile(join(DEFAULT_MODEL, 'video.onnx')))).toBe(true);
  });

  it('gives a version that embeds the catalog and activates like any other', async () => {
    const prisma = db.database.prisma;
    const { dataset } = generateSyntheticDataset({
      seed: 3,
      styles: 2,
      trainPairs: 3,
      valPairs: 1,
      testPairs: 1,
      minFrames: 2,
      maxFrames: 4,
    });
    await importDataset(prisma, dataset);
    const version = await prisma.modelVersion.findUniqueOrThrow({ where: { version: 'imported-v1' } });
    const embedders = new EmbedderPool(modelsDir);
    try {
      expect(await embedMissingTracks(prisma, embedders, version)).toBe(5);
    } finally {
      await embedders.closeAll();
    }
    expect(await countEmbeddings(prisma, version.id)).toBe(5);
    const active = await activateWithEmbeddings(prisma, version.id, { concurrentIndex: false });
    expect(active.status).toBe('ACTIVE');
  });

  it('registers a model that is already in place under MODELS_DIR without copying it', async () => {
    await exportRandomModel(join(modelsDir, 'random-1'), 'random-1');
    const version = await registerModelDir(db.database.prisma, modelsDir, join(modelsDir, 'random-1'));
    expect(version).toMatchObject({ version: 'random-1', status: 'READY', path: 'random-1' });
  });

  describe('bad input', () => {
    it('refuses a version name that is already registered', async () => {
      await expect(
        registerModelDir(db.database.prisma, modelsDir, join(tmp, 'trained'), { name: 'imported-v1' }),
      ).rejects.toThrow(
        'model version imported-v1 is already registered; pass --name to register this one under another name',
      );
    });

    it('refuses a folder that already exists under MODELS_DIR', async () => {
      await cp(DEFAULT_MODEL, join(modelsDir, 'stray'), { recursive: true });
      await expect(
        registerModelDir(db.database.prisma, modelsDir, join(tmp, 'trained'), { name: 'stray' }),
      ).rejects.toThrow(`${join(modelsDir, 'stray')} already exists`);
      await rm(join(modelsDir, 'stray'), { recursive: true });
    });

    it('refuses to rename a model in place under MODELS_DIR', async () => {
      await expect(
        registerModelDir(db.database.prisma, modelsDir, join(modelsDir, 'random-1'), { name: 'random-1' }),
      ).rejects.toThrow('model version random-1 is already registered');
      await cp(join(modelsDir, 'random-1'), join(modelsDir, 'random-2'), { recursive: true });
      await expect(
        registerModelDir(db.database.prisma, modelsDir, join(modelsDir, 'random-2'), { name: 'random-2' }),
      ).rejects.toThrow(
        `${join(modelsDir, 'random-2')} is already under MODELS_DIR but its manifest says version random-1`,
      );
      await rm(join(modelsDir, 'random-2'), { recursive: true });
    });

    it('refuses a manifest whose declared input dims differ from the runtime, leaving nothing behind', async () => {
      const dir = join(tmp, 'wrong-dims');
      await cp(DEFAULT_MODEL, dir, { recursive: true });
      await editManifest(dir, (m) => {
        m.files['video.onnx'].inputs[0]!.dims = ['N', 16, 999];
      });
      await expect(
        registerModelDir(db.database.prisma, modelsDir, dir, { name: 'wrong-dims' }),
      ).rejects.toThrow(/^model wrong-dims does not load: .*video\.onnx declares .*999.*this runtime needs/);
      expect(await db.database.prisma.modelVersion.count({ where: { version: 'wrong-dims' } })).toBe(0);
      expect((await readdir(modelsDir)).sort()).toEqual(['imported-v1', 'random-1']);
    });

    it('refuses a manifest that agrees with itself but not with its ONNX graphs', async () => {
      const dir = join(tmp, 'wrong-graph');
      await cp(DEFAULT_MODEL, dir, { recursive: true });
      await editManifest(dir, (m) => {
        m.modelConfig.segments = 8;
        m.sampling.segments = 8;
        const io = expectedIo(m.modelConfig);
        for (const tower of ['video', 'music'] as const) Object.assign(m.files[`${tower}.onnx`], io[tower]);
      });
      await expect(
        registerModelDir(db.database.prisma, modelsDir, dir, { name: 'wrong-graph' }),
      ).rejects.toThrow(/^model wrong-graph does not load: .*\.onnx inputs do not match manifest/);
      expect((await readdir(modelsDir)).sort()).toEqual(['imported-v1', 'random-1']);
    });

    it('refuses a model whose embedding dimension the catalog does not store', async () => {
      const dir = join(tmp, 'small');
      await exportRandomModel(dir, 'small', { dim: 16 });
      await expect(registerModelDir(db.database.prisma, modelsDir, dir)).rejects.toThrow(
        'model small has dimension 16; the catalog stores 256-d embeddings',
      );
    });

    it('refuses a folder without a manifest and a bad version name', async () => {
      await expect(registerModelDir(db.database.prisma, modelsDir, join(tmp, 'nope'))).rejects.toThrow(
        `${join(tmp, 'nope')} is not a model directory: it has no readable manifest.json`,
      );
      await expect(
        registerModelDir(db.database.prisma, modelsDir, join(tmp, 'trained'), { name: '../escape' }),
      ).rejects.toThrow('version name must match');
    });

    it('refuses an ONNX file changed after export (sha256)', async () => {
      const dir = join(tmp, 'tampered');
      await cp(DEFAULT_MODEL, dir, { recursive: true });
      const file = join(dir, 'music.onnx');
      const bytes = await readFile(file);
      bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff;
      await writeFile(file, bytes);
      await expect(registerModelDir(db.database.prisma, modelsDir, dir, { name: 'tampered' })).rejects.toThrow(
        /^model tampered does not load: .*music\.onnx: sha256 [0-9a-f]+ does not match manifest/,
      );
    });
  });
});
