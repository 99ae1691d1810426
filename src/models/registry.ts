import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ModelVersion, Prisma } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import { countEmbeddings, createVersionIndex, EMBEDDING_DIM } from '../db/vectors.js';
import { pruneRetiredEmbeddings } from './retention.js';
import type { ModelManifest } from '../ml/index.js';
import { clientError, ErrorCode, notFound } from '../errors.js';

/**
 * The model registry: every model version the platform knows, and which one search uses.
 * Exactly one version is ACTIVE (a partial unique index enforces it); activation retires the
 * previous one in the same transaction, so searches switch atomically.
 */

export async function readManifest(modelsDir: string, relativePath: string): Promise<ModelManifest> {
  const file = path.join(modelsDir, relativePath, 'manifest.json');
  return JSON.parse(await readFile(file, 'utf8')) as ModelManifest;
}

/** Registers the model folder `models/<relativePath>` (idempotent by manifest version). */
export async function registerModel(db: Db, modelsDir: string, relativePath: string, parentId: string | null = null): Promise<ModelVersion> {
  const manifest = await readManifest(modelsDir, relativePath);
  if (manifest.dim !== EMBEDDING_DIM) {
    throw clientError(ErrorCode.BAD_USER_INPUT, `model ${manifest.version} has dimension ${manifest.dim}; the catalog stores ${EMBEDDING_DIM}-d embeddings`);
  }
  const existing = await db.modelVersion.findUnique({ where: { version: manifest.version } });
  if (existing) return existing;
  return db.modelVersion.create({
    data: {
      version: manifest.version,
      dim: manifest.dim,
      path: relativePath,
      manifest: manifest as unknown as Prisma.InputJsonValue,
      metrics: (manifest.metrics ?? undefined) as Prisma.InputJsonValue | undefined,
      datasetHash: manifest.dataset?.hash ?? null,
      parentId,
    },
  });
}

export async function activeModel(db: Db): Promise<ModelVersion | null> {
  return db.modelVersion.findFirst({ where: { status: 'ACTIVE' } });
}

/** Makes `id` the active version; the previously active one becomes RETIRED (kept for rollback). */
export async function activateModel(db: Db, id: string): Promise<ModelVersion> {
  return db.$transaction(async (tx) => {
    const target = await tx.modelVersion.findUnique({ where: { id } });
    if (!target) throw notFound('ModelVersion', id);
    if (target.status === 'FAILED') throw clientError(ErrorCode.CONFLICT, `model ${target.version} failed and cannot be activated`);
    if (target.status === 'ACTIVE') return target;
    await tx.modelVersion.updateMany({ where: { status: 'ACTIVE' }, data: { status: 'RETIRED' } });
    return tx.modelVersion.update({ where: { id }, data: { status: 'ACTIVE', activatedAt: new Date() } });
  });
}

/**
 * Activation through the API: the version must have embeddings (a pruned or never-embedded
 * version would leave searches empty) and gets its index if it lacks one. Afterwards the
 * retention rule prunes what is no longer a rollback target.
 */
export async function activateWithEmbeddings(db: Db, id: string, options: { concurrentIndex: boolean }): Promise<ModelVersion> {
  const target = await db.modelVersion.findUnique({ where: { id } });
  if (!target) throw notFound('ModelVersion', id);
  if ((await countEmbeddings(db, id)) === 0) {
    throw clientError(ErrorCode.CONFLICT, `model ${target.version} has no embeddings; run \`npm run embed -- --version ${target.version}\` first`);
  }
  await createVersionIndex(db, id, { concurrently: options.concurrentIndex });
  const activated = await activateModel(db, id);
  await pruneRetiredEmbeddings(db);
  return activated;
}

/** Re-activates the version that was active before the current one. */
export async function rollbackModel(db: Db, options: { concurrentIndex: boolean }): Promise<ModelVersion> {
  const previous = await db.modelVersion.findFirst({ where: { status: 'RETIRED' }, orderBy: [{ activatedAt: 'desc' }, { createdAt: 'desc' }] });
  if (!previous) throw clientError(ErrorCode.CONFLICT, 'There is no previously active model version to roll back to');
  return activateWithEmbeddings(db, previous.id, options);
}
