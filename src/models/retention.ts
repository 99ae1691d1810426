import type { Db } from '../db/client.js';
import { dropVersionIndex } from '../db/vectors.js';

/**
 * Retention rule for embeddings: keep them for the active version and the most recently retired
 * one (the rollback target). Older retired versions lose their embeddings and index; their
 * registry rows, manifests and ONNX files stay, so they can be re-embedded (`npm run embed --
 * --version NAME`) and re-activated. Versions being built (READY) are never touched.
 */
export const KEEP_RETIRED = 1;

export async function pruneRetiredEmbeddings(db: Db): Promise<string[]> {
  const retired = await db.modelVersion.findMany({ where: { status: 'RETIRED' }, orderBy: [{ activatedAt: 'desc' }, { createdAt: 'desc' }] });
  const pruned: string[] = [];
  for (const version of retired.slice(KEEP_RETIRED)) {
    const { count } = await db.trackEmbedding.deleteMany({ where: { modelVersionId: version.id } });
    await dropVersionIndex(db, version.id);
    if (count > 0) pruned.push(version.version);
  }
  return pruned;
}
