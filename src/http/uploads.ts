import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphQLError } from 'graphql';
import type { AppConfig } from '../config.js';
import type { Database } from '../db/client.js';
import type { UploadPurpose } from '../generated/prisma/enums.js';
import { authenticate, type Viewer } from '../auth/api-keys.js';
import { requireRole } from '../auth/roles.js';
import { clientError, ErrorCode, isClientError } from '../errors.js';
import { receiveFile, storeUpload, UploadRefused } from '../media/uploads/index.js';
import { UploadAborted } from '../media/uploads/receive.js';

const PURPOSES: Record<string, UploadPurpose> = { catalog: 'CATALOG', search: 'SEARCH' };

const HTTP_STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
};

/** Errors in the GraphQL shape, so a client reads /uploads and /graphql failures alike. */
function sendError(res: ServerResponse, status: number, error: GraphQLError, close = false): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    ...(close ? { connection: 'close' } : {}),
  });
  res.end(JSON.stringify({ errors: [{ message: error.message, extensions: error.extensions }] }));
}

/** Who may upload for `purpose`, and how many bytes: catalog media needs EDITOR. */
function limitFor(viewer: Viewer, purpose: UploadPurpose, config: AppConfig): number {
  if (purpose === 'CATALOG') {
    requireRole(viewer, 'EDITOR', 'A catalog upload');
    return config.uploads.maxBytes;
  }
  if (viewer.role) return config.uploads.searchMaxBytes;
  if (!config.uploads.anonymous)
    throw clientError(ErrorCode.UNAUTHENTICATED, 'A search upload needs an API key (any role)');
  return config.uploads.anonymousMaxBytes;
}

/**
 * POST /uploads[?purpose=catalog|search][&filename=NAME]: the request body is the file.
 * Authenticated like /graphql (Authorization: Bearer <key>). Answers 201 with
 * `{ "id": "<uploadId>", ... }`; 413 past the size limit and 415 for a type that is not audio
 * or video (sniffed from the bytes), with nothing left on disk.
 */
export async function handleUpload(
  req: IncomingMessage,
  res: ServerResponse,
  database: Database,
  config: AppConfig,
): Promise<void> {
  const refuse = (status: number, error: GraphQLError) => {
    // Read and drop the rest of the body so the client, still sending, gets to read the answer.
    req.resume();
    sendError(res, status, error, true);
  };
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    return refuse(405, clientError(ErrorCode.BAD_USER_INPUT, 'POST the file as the request body'));
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const purposeParam = url.searchParams.get('purpose') ?? 'search';
  const purpose = PURPOSES[purposeParam];
  let viewer: Viewer;
  let maxBytes: number;
  try {
    if (!purpose)
      throw clientError(
        ErrorCode.BAD_USER_INPUT,
        `purpose must be catalog or search, got ${JSON.stringify(purposeParam)}`,
        {
          field: 'purpose',
        },
      );
    viewer = await authenticate(database.prisma, req.headers.authorization);
    maxBytes = limitFor(viewer, purpose, config);
  } catch (error) {
    if (!isClientError(error)) throw error;
    return refuse(HTTP_STATUS[error.extensions.code as string] ?? 400, error);
  }
  const tooLarge = () =>
    clientError(ErrorCode.PAYLOAD_TOO_LARGE, `The upload exceeds the limit of ${maxBytes} bytes`, {
      limit: maxBytes,
    });
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) return refuse(413, tooLarge());
  try {
    const file = await receiveFile(req, { dataDir: config.dataDir, maxBytes });
    const upload = await storeUpload(database.prisma, {
      file,
      purpose: purpose!,
      keyId: viewer.keyId,
      fileName: url.searchParams.get('filename'),
      dataDir: config.dataDir,
      retentionS: config.uploads.retentionS,
    });
    res.writeHead(201, { 'content-type': 'application/json; charset=utf-8' });
    res.end(
      JSON.stringify({
        id: upload.id,
        purpose: upload.purpose,
        mime: upload.mime,
        size: Number(upload.size),
        sha256: upload.sha256,
        expiresAt: upload.expiresAt?.toISOString() ?? null,
      }),
    );
  } catch (error) {
    if (error instanceof UploadAborted) return void res.destroy();
    if (!(error instanceof UploadRefused)) throw error;
    const code = error.status === 413 ? ErrorCode.PAYLOAD_TOO_LARGE : ErrorCode.BAD_USER_INPUT;
    const extensions =
      error.status === 413
        ? { limit: maxBytes }
        : error.status === 415
          ? { reason: 'UNSUPPORTED_MEDIA_TYPE' }
          : {};
    refuse(error.status, clientError(code, error.message, extensions));
  }
}
