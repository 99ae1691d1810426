import type { Db } from '../../db/client.js';

export interface CatalogAudioFile {
  path: string;
  mime: string;
  size: number;
  fileName: string | null;
}

/**
 * The audio file a track's features came from: the kept upload of its latest finished audio
 * ingest (attachTrackAudio, ingestAudio or npm run ingest), or null when it has none.
 */
export async function catalogAudioFile(db: Db, trackId: string): Promise<CatalogAudioFile | null> {
  const job = await db.ingestJob.findFirst({
    where: { kind: 'TRACK_AUDIO', status: 'DONE', trackId, upload: { isNot: null } },
    orderBy: { finishedAt: 'desc' },
    include: { upload: true },
  });
  const upload = job?.upload;
  return upload
    ? { path: upload.path, mime: upload.mime, size: Number(upload.size), fileName: upload.fileName }
    : null;
}
