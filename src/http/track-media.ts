import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '../db/client.js';
import { authenticate } from '../auth/api-keys.js';
import { requireRole } from '../auth/roles.js';
import { isClientError } from '../errors.js';
import { parseGlobalId } from '../graphql/ids.js';
import { catalogAudioFile } from '../media/ingest/index.js';

const ROUTE = /^\/media\/tracks\/([^/]+)\/audio$/;

function sendError(res: ServerResponse, status: number, message: string, code: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * GET /media/tracks/<track id>/audio: the catalog audio file a track's features came from (the
 * console's player and waveform), for any API key. The file is the upload of the track's latest
 * finished audio ingest, kept under the data folder. 404 when the track has none.
 */
export async function serveTrackAudio(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  database: Database,
): Promise<boolean> {
  const match = ROUTE.exec(path);
  if (!match) return false;
  try {
    requireRole(await authenticate(database.prisma, req.headers.authorization), 'VIEWER', 'Catalog audio');
  } catch (error) {
    if (!isClientError(error)) throw error;
    sendError(
      res,
      error.extensions.code === 'FORBIDDEN' ? 403 : 401,
      error.message,
      String(error.extensions.code),
    );
    return true;
  }
  let trackId: string;
  try {
    const id = parseGlobalId(decodeURIComponent(match[1]!));
    if (id.type !== 'Track') throw new Error('not a track id');
    trackId = id.id;
  } catch {
    sendError(res, 400, 'Not a track id', 'BAD_USER_INPUT');
    return true;
  }
  const audio = await catalogAudioFile(database.prisma, trackId);
  const file = audio?.path;
  const info = file ? await stat(file).catch(() => null) : null;
  if (!audio || !file || !info?.isFile()) {
    sendError(res, 404, 'This track has no catalog audio file', 'NOT_FOUND');
    return true;
  }
  res.writeHead(200, {
    'content-type': audio.mime,
    'content-length': info.size,
    'cache-control': 'private, max-age=3600',
  });
  createReadStream(file).pipe(res);
  return true;
}
