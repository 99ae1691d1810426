import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ModelVersion, Prisma } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import { countEmbeddings, createVersionIndex, EMBEDDING_DIM } from '../db/vectors.js';
import { pruneRetiredEmbeddings } from './retention.js';
import type { ModelManifest, RetrievalMetrics } from '../ml/index.js';
import { clientError, ErrorCode, notFound } from '../errors.js';

/**
 * The model registry: every model version the platform knows, and which one search uses.
 * Exactly one version is ACTIVE (a partial unique index enforces it); activation retires the
 * previous one in the same transaction, so searches switch atomically.
 */

/** A metric with its bootstrap interval (src/ml/eval/bootstrap.ts). */
export interface MetricEstimate {
  value: number;
  low: number;
  high: number;
}

/**
 * The one shape every version's metrics have: validation metrics (video → music R@10's
 * interval in `r10Interval` when it was recorded) and, for models trained with a test split, test.
 */
export interface ModelMetrics {
  /** The first objective's validation metrics (RetrievalMetrics for VIDEO_MUSIC and TEXT_TO_MUSIC). */
  validation?: RetrievalMetrics & { r10Interval?: MetricEstimate };
  test?: RetrievalMetrics;
  /** Every objective's validation metrics, for runs trained on other objectives than VIDEO_MUSIC alone. */
  objectives?: Record<string, unknown>;
}

/**
 * Reads metrics leniently: manifests written before the shape was unified (models/default
 * before 2026-12, `npm run train` exports) say `val` for validation.
 */
export function normalizeMetrics(raw: unknown): ModelMetrics | null {
  if (raw == null || typeof raw !== 'object') return null;
  const m = raw as {
    validation?: ModelMetrics['validation'];
    val?: ModelMetrics['validation'];
    test?: RetrievalMetrics;
    objectives?: Record<string, unknown>;
  };
  const validation = m.validation ?? m.val;
  const out: ModelMetrics = {};
  if (validation) out.validation = validation;
  if (m.test) out.test = m.test;
  if (m.objectives) out.objectives = m.objectives;
  return Object.keys(out).length ? out : null;
}

/** Validation video → music R@10 with its interval (a point interval when none was recorded). */
export function validationR10(raw: unknown): MetricEstimate | null {
  const v = normalizeMetrics(raw)?.validation;
  if (v?.r10Interval) return v.r10Interval;
  if (!v?.v2m) return null;
  return v.r10Interval ?? { value: v.v2m.r10, low: v.v2m.r10, high: v.v2m.r10 };
}

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
      metrics: (normalizeMetrics(manifest.metrics) ?? undefined) as Prisma.InputJsonValue | undefined,
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

/**
 * Why activating `target` over `active` would be a step down, or null when it would not (or
 * nothing recorded says so). A version trained while `active` was active compares by its run's
 * paired comparison (both models on the same validation pairs); any other pair of versions by
 * the validation R@10 each recorded.
 */
/** How a comparison's metric reads in a sentence. */
function comparisonName(metric: string | undefined): string {
  if (metric === 'excerpt.r10') return 'excerpt -> recording R@10';
  if (metric === 'text2m.r10') return 'text -> music R@10';
  return 'video->music R@10';
}

async function worseThanActive(db: Db, target: ModelVersion, active: ModelVersion): Promise<string | null> {
  const run = await db.trainingRun.findFirst({ where: { modelVersionId: target.id, parentModelId: active.id } });
  const comparison = (
    run?.result as {
      comparison?: { pairs: number; metric?: string; newModel: MetricEstimate; activeModel: MetricEstimate | null };
    } | null
  )?.comparison;
  const fmt = (x: number) => x.toFixed(3);
  if (comparison?.activeModel) {
    const [t, a] = [comparison.newModel.value, comparison.activeModel.value];
    return t < a
      ? `model ${target.version} scored worse than the active model ${active.version} on validation ${comparisonName(comparison.metric)} (${fmt(t)} vs ${fmt(a)} on the same ${comparison.pairs} ${comparison.metric === 'excerpt.r10' ? 'excerpts' : 'pairs'})`
      : null;
  }
  const t = validationR10(target.metrics);
  const a = validationR10(active.metrics);
  if (!t || !a || t.value >= a.value) return null;
  return `model ${target.version} scored worse than the active model ${active.version} on validation video->music R@10 (${fmt(t.value)} vs ${fmt(a.value)}, as each recorded)`;
}

/**
 * activateModel through the API: refuses (CONFLICT) a version that scored worse than the
 * active one unless `force`. rollbackModel goes straight to activateWithEmbeddings: going back
 * is always allowed.
 */
export async function activateVersion(
  db: Db,
  id: string,
  options: { concurrentIndex: boolean; force: boolean },
): Promise<ModelVersion> {
  const target = await db.modelVersion.findUnique({ where: { id } });
  if (!target) throw notFound('ModelVersion', id);
  const active = await activeModel(db);
  if (!options.force && active && active.id !== target.id) {
    const reason = await worseThanActive(db, target, active);
    if (reason)
      throw clientError(ErrorCode.CONFLICT, `${reason}; pass force: true to activate it anyway`, {
        version: target.version,
        activeVersion: active.version,
      });
  }
  return activateWithEmbeddings(db, id, options);
}

/** Re-activates the version that was active before the current one. */
export async function rollbackModel(db: Db, options: { concurrentIndex: boolean }): Promise<ModelVersion> {
  const previous = await db.modelVersion.findFirst({ where: { status: 'RETIRED' }, orderBy: [{ activatedAt: 'desc' }, { createdAt: 'desc' }] });
  if (!previous) throw clientError(ErrorCode.CONFLICT, 'There is no previously active model version to roll back to');
  return activateWithEmbeddings(db, previous.id, options);
}
