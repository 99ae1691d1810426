import type { Db } from '../db/client.js';
import { modelFrontEnd } from '../media/front-end.js';

/** The objectives a model was trained with, as TrainingInput names them (docs/ml.md, Objectives). */
export type TrainingObjectiveName = 'VIDEO_MUSIC' | 'MUSIC_SELF_SUPERVISED' | 'TEXT_TO_MUSIC';

interface StoredManifest {
  frontEnds?: { audio?: string; visual?: string };
  objectives?: string[];
}

/** The registered manifest (model_version.manifest), read leniently: older versions lack fields. */
function manifestOf(raw: unknown): StoredManifest {
  return raw && typeof raw === 'object' ? (raw as StoredManifest) : {};
}

export function versionFrontEnd(manifest: unknown, modality: 'audio' | 'visual'): string | null {
  return modelFrontEnd(manifestOf(manifest), modality);
}

const OBJECTIVES: Record<string, TrainingObjectiveName> = {
  video_music: 'VIDEO_MUSIC',
  music_self_supervised: 'MUSIC_SELF_SUPERVISED',
  text_to_music: 'TEXT_TO_MUSIC',
};

/** Versions trained before objectives existed learned from video-music pairs only. */
export function versionObjectives(manifest: unknown): TrainingObjectiveName[] {
  const listed = manifestOf(manifest).objectives ?? [];
  const names = listed.map((o) => OBJECTIVES[o] ?? OBJECTIVES[o.toLowerCase()]).filter((o) => o != null);
  return names.length ? names : ['VIDEO_MUSIC'];
}

/**
 * Searchable (ACTIVE) tracks whose audio features come from a front end the version was not
 * trained on (both recorded and different: src/media/front-end.ts, modelKnows). The console
 * offers "Adapt the model to this catalog" while this is above 0.
 */
export async function unfamiliarTrackCount(db: Db, manifest: unknown): Promise<number> {
  const frontEnd = versionFrontEnd(manifest, 'audio');
  if (frontEnd === null) return 0;
  const [row] = await db.$queryRaw<[{ n: bigint }]>`
    SELECT count(DISTINCT f."track_id") AS n
    FROM "media_feature" f JOIN "track" t ON t."id" = f."track_id"
    WHERE f."kind" = 'AUDIO' AND t."status" = 'ACTIVE'
      AND f."front_end" IS NOT NULL AND f."front_end" <> ${frontEnd}`;
  return Number(row.n);
}
