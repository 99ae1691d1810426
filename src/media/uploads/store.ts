import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Upload } from '../../generated/prisma/client.js';
import type { UploadPurpose } from '../../generated/prisma/enums.js';
import type { Db } from '../../db/client.js';
import { incomingDir, type ReceivedFile } from './receive.js';

/**
 * Where uploads live under the data folder:
 * - catalog media, content addressed and kept: `media/<sha256>.<ext>` (two uploads of the same
 *   bytes share one file; it goes when the last row naming it does);
 * - search uploads, one file each until used or expired: `uploads/<id>.<ext>`;
 * - bytes still arriving: `uploads/incoming/<uuid>.part` (receive.ts).
 */
export const mediaDir = (dataDir: string) => path.join(dataDir, 'media');
export const searchUploadDir = (dataDir: string) => path.join(dataDir, 'uploads');

export interface StoreUploadInput {
  file: ReceivedFile;
  purpose: UploadPurpose;
  keyId: string | null;
  fileName?: string | null;
  dataDir: string;
  retentionS: number;
}

/** Moves a received file to its place and records it. An unused upload expires after `retentionS`. */
export async function storeUpload(db: Db, input: StoreUploadInput): Promise<Upload> {
  const { file, purpose, dataDir } = input;
  const id = randomUUID();
  const dir = purpose === 'CATALOG' ? mediaDir(dataDir) : searchUploadDir(dataDir);
  await mkdir(dir, { recursive: true });
  const finalPath = path.join(
    dir,
    purpose === 'CATALOG' ? `${file.sha256}.${file.ext}` : `${id}.${file.ext}`,
  );
  // The row first, then the file: a sweep running meanwhile sees the row and keeps shared media.
  // Renaming over an existing catalog file is harmless: same name, same bytes.
  const now = new Date();
  const upload = await db.upload.create({
    data: {
      createdAt: now,
      id,
      keyId: input.keyId,
      purpose,
      sha256: file.sha256,
      size: BigInt(file.size),
      mime: file.mime,
      path: finalPath,
      fileName: input.fileName?.slice(0, 255) || null,
      expiresAt: new Date(now.getTime() + input.retentionS * 1000),
    },
  });
  try {
    await rename(file.tmpPath, finalPath);
  } catch (error) {
    await db.upload.delete({ where: { id } });
    await rm(file.tmpPath, { force: true });
    throw error;
  }
  return upload;
}

/** Deletes a file unless another upload row still names it (shared catalog media). */
export async function removeFileIfUnreferenced(db: Db, file: string): Promise<void> {
  const others = await db.upload.count({ where: { path: file } });
  if (others === 0) await rm(file, { force: true });
}

/** Deletes an upload's row and, once no row names it, its file. */
export async function deleteUpload(db: Db, upload: Pick<Upload, 'id' | 'path'>): Promise<void> {
  await db.upload.deleteMany({ where: { id: upload.id } });
  await removeFileIfUnreferenced(db, upload.path);
}

/** Keeps a catalog upload for good once its media is in the catalog. */
export async function keepUpload(db: Db, uploadId: string): Promise<void> {
  await db.upload.updateMany({ where: { id: uploadId, purpose: 'CATALOG' }, data: { expiresAt: null } });
}

export interface SweepReport {
  uploads: number;
  partialFiles: number;
}

/**
 * Deletes uploads past their expiry that no queued or running job still needs, and partial
 * files left in `incoming/` by a process that died mid-upload (older than the retention).
 */
export async function sweepExpiredUploads(
  db: Db,
  options: { dataDir: string; retentionS: number; now?: Date },
): Promise<SweepReport> {
  const now = options.now ?? new Date();
  const expired = await db.upload.findMany({
    where: {
      expiresAt: { lte: now },
      jobs: { none: { status: { in: ['QUEUED', 'PROCESSING'] } } },
    },
    select: { id: true, path: true },
  });
  for (const upload of expired) await deleteUpload(db, upload);
  let partialFiles = 0;
  const dir = incomingDir(options.dataDir);
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => null);
    if (info && now.getTime() - info.mtimeMs > options.retentionS * 1000) {
      await rm(file, { force: true });
      partialFiles += 1;
    }
  }
  return { uploads: expired.length, partialFiles };
}
