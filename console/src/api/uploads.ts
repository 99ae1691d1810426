import { ApiError } from './client';
import { authHeaders } from './session';

/**
 * Sends a file to POST /uploads as the request body (the server sniffs its type and streams it to
 * disk). XMLHttpRequest, not fetch, because only it reports upload progress.
 */
export function uploadFile(
  file: File,
  purpose: 'catalog' | 'search',
  onProgress?: (fraction: number) => void,
): Promise<{ id: string }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const query = new URLSearchParams({ purpose, filename: file.name });
    xhr.open('POST', `/uploads?${query}`);
    for (const [name, value] of Object.entries(authHeaders())) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    xhr.onerror = () =>
      reject(new ApiError(`Uploading ${file.name} failed (network error)`, undefined, undefined));
    xhr.onload = () => {
      let body: { id?: string; errors?: Array<{ message: string; extensions?: { code?: string } }> } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        // fall through to the status-based error below
      }
      if (xhr.status >= 200 && xhr.status < 300 && body.id) return resolve({ id: body.id });
      const first = body.errors?.[0];
      reject(
        new ApiError(
          first?.message ?? `Uploading ${file.name} failed (HTTP ${xhr.status})`,
          first?.extensions?.code,
          undefined,
        ),
      );
    };
    xhr.send(file);
  });
}
