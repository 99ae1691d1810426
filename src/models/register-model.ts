import { cp, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ModelVersion } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import { EMBEDDING_DIM } from '../db/vectors.js';
import { EmbeddingService, type ModelManifest } from '../ml/index.js';
import { registerModel } from './registry.js';

/*
 * Brings a model directory made by `npm run train` (manifest.json + video.onnx + music.onnx)
 * back into the registry as a READY version: copied to <modelsDir>/<version>/, checked the way
 * the server checks a model at start-up (manifest format, sha256 of each file, and both ONNX
 * sessions loaded and compared with the manifest's input/output names and dims), then recorded
 * with the same registerModel a finished training run uses. From there it is embedded and
 * activated like any other version.
 */

export const VERSION_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** A model that cannot be registered: the message says why and what to do. */
export class ModelRegistrationError extends Error {
  override readonly name = 'ModelRegistrationError';
}

export interface RegisterModelOptions {
  /** The version name (default: the manifest's `version`); the manifest copy is renamed to it. */
  name?: string;
  /** Validation log lines from onnxruntime (execution provider fallback). */
  log?: (line: string) => void;
}

export async function registerModelDir(
  db: Db,
  modelsDir: string,
  sourceDir: string,
  options: RegisterModelOptions = {},
): Promise<ModelVersion> {
  const source = path.resolve(sourceDir);
  const manifest = await readSourceManifest(source);
  const version = options.name ?? manifest.version;
  if (!VERSION_NAME.test(version))
    throw new ModelRegistrationError(`version name must match ${VERSION_NAME}, got ${JSON.stringify(version)}`);
  if (manifest.dim !== EMBEDDING_DIM)
    throw new ModelRegistrationError(
      `model ${version} has dimension ${manifest.dim}; the catalog stores ${EMBEDDING_DIM}-d embeddings`,
    );
  if (await db.modelVersion.findUnique({ where: { version }, select: { id: true } }))
    throw new ModelRegistrationError(
      `model version ${version} is already registered; pass --name to register this one under another name`,
    );

  const root = path.resolve(modelsDir);
  const target = path.join(root, version);
  // `npm run train` writes to models/<version> by default: that is already in place.
  const inPlace = source === target;
  if (inPlace && version !== manifest.version)
    throw new ModelRegistrationError(
      `${source} is already under MODELS_DIR but its manifest says version ${manifest.version}; register it as ${manifest.version}, or from a copy elsewhere`,
    );
  if (!inPlace) {
    const exists = await stat(target).then(
      () => true,
      () => false,
    );
    if (exists)
      throw new ModelRegistrationError(
        `${target} already exists (an unregistered copy, or another model's files?); remove it or pass --name to use another name`,
      );
  }
  // Copy to a hidden staging folder first, so a failed check leaves nothing under modelsDir/<version>.
  const staging = inPlace ? source : path.join(root, `.register-${version}-${process.pid}`);
  try {
    if (!inPlace) {
      await mkdir(root, { recursive: true });
      await rm(staging, { recursive: true, force: true });
      await cp(source, staging, { recursive: true });
      if (version !== manifest.version) await renameManifest(staging, manifest, version);
    }
    await checkSessions(staging, version, options.log);
    if (!inPlace) {
      await rename(staging, target);
    }
  } catch (error) {
    if (!inPlace) await rm(staging, { recursive: true, force: true });
    throw error;
  }
  try {
    return await registerModel(db, root, version);
  } catch (error) {
    if (!inPlace) await rm(target, { recursive: true, force: true });
    throw error;
  }
}

/** Just enough to name and place the copy; the full check runs on the copy (checkSessions). */
async function readSourceManifest(dir: string): Promise<ModelManifest> {
  let text: string;
  try {
    text = await readFile(path.join(dir, 'manifest.json'), 'utf8');
  } catch {
    throw new ModelRegistrationError(`${dir} is not a model directory: it has no readable manifest.json`);
  }
  let manifest: ModelManifest;
  try {
    manifest = JSON.parse(text) as ModelManifest;
  } catch (error) {
    throw new ModelRegistrationError(`${dir}/manifest.json is not JSON: ${(error as Error).message}`);
  }
  if (typeof manifest !== 'object' || manifest === null || typeof manifest.version !== 'string')
    throw new ModelRegistrationError(`${dir}/manifest.json has no version`);
  return manifest;
}

/** The manifest's version names the folder and the registry row; the ONNX files are unchanged. */
async function renameManifest(dir: string, manifest: ModelManifest, version: string): Promise<void> {
  const renamed: ModelManifest = { ...manifest, version };
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(renamed, null, 2) + '\n');
}

/** Opens both ONNX sessions the way serving does; the worker compares them with the manifest. */
async function checkSessions(dir: string, version: string, log?: (line: string) => void): Promise<void> {
  let service: EmbeddingService;
  try {
    service = await EmbeddingService.open(dir, { threads: 1, ...(log ? { log } : {}) });
  } catch (error) {
    throw new ModelRegistrationError(`model ${version} does not load: ${(error as Error).message}`);
  }
  await service.close();
}
