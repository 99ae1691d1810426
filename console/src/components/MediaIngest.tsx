import { useState } from 'react';
import { graphql } from '../gql';
import { request } from '../api/client';
import { uploadFile } from '../api/uploads';
import { waitForIngest } from '../api/ingest-job';
import { href } from '../router';

const IngestAudio = graphql(`
  mutation IngestAudio($uploadId: ID!) {
    ingestAudio(uploadId: $uploadId) {
      id
      status
    }
  }
`);

interface FileState {
  name: string;
  status: string;
  error: string | null;
  track: { id: string; title: string } | null;
}

const AUDIO = /\.(wav|mp3|ogg|oga|opus|flac|m4a|aac|aiff?)$/i;

/**
 * Media ingest: audio files (or a whole folder) become tracks, as `npm run ingest` makes them.
 * Each file is uploaded, queued and polled on its own, so one bad file fails alone.
 */
export function MediaIngest() {
  const [files, setFiles] = useState<FileState[]>([]);
  const [busy, setBusy] = useState(false);
  const update = (index: number, patch: Partial<FileState>) =>
    setFiles((current) => current.map((f, i) => (i === index ? { ...f, ...patch } : f)));

  const ingest = async (chosen: File[]) => {
    const audio = chosen.filter((f) => AUDIO.test(f.name) || f.type.startsWith('audio/'));
    setFiles(
      audio.map((f) => ({
        name: f.webkitRelativePath || f.name,
        status: 'waiting',
        error: null,
        track: null,
      })),
    );
    setBusy(true);
    for (const [i, file] of audio.entries()) {
      try {
        const { id } = await uploadFile(file, 'catalog', (f) =>
          update(i, { status: `uploading ${Math.round(f * 100)}%` }),
        );
        const { ingestAudio } = await request(IngestAudio, { uploadId: id });
        const job = await waitForIngest(ingestAudio.id, (j) => update(i, { status: j.status }));
        if (job.status === 'FAILED')
          update(i, { status: 'FAILED', error: job.reason ?? 'The ingest failed.' });
        else update(i, { status: 'DONE', track: job.track ?? null });
      } catch (error) {
        update(i, { status: 'FAILED', error: error instanceof Error ? error.message : String(error) });
      }
    }
    setBusy(false);
  };

  const failed = files.filter((f) => f.status === 'FAILED').length;
  const done = files.filter((f) => f.status === 'DONE').length;
  return (
    <section aria-labelledby="media-ingest">
      <h2 id="media-ingest">Media ingest: audio files to tracks</h2>
      <p className="muted">
        Each file becomes a track with its music features and estimates. A file whose tags or name carry an
        ISRC updates that track; otherwise a new track is titled from its tags or its name.
      </p>
      <div
        className="card"
        onDragOver={(event) => event.preventDefault()}
        onDrop={(event) => {
          event.preventDefault();
          void ingest([...event.dataTransfer.files]);
        }}
      >
        <p>Drop audio files here, or choose them:</p>
        <div className="fields">
          <label className="field" htmlFor="ingest-files">
            Audio files
            <input
              id="ingest-files"
              type="file"
              multiple
              accept="audio/*"
              disabled={busy}
              onChange={(event) => void ingest([...(event.target.files ?? [])])}
            />
          </label>
          <label className="field" htmlFor="ingest-folder">
            A folder
            <input
              id="ingest-folder"
              type="file"
              disabled={busy}
              {...({ webkitdirectory: '' } as Record<string, string>)}
              onChange={(event) => void ingest([...(event.target.files ?? [])])}
            />
          </label>
        </div>
      </div>
      {files.length > 0 && (
        <>
          <p
            className={
              failed ? 'message message-error' : done === files.length ? 'message message-success' : 'muted'
            }
            role="status"
          >
            {done} of {files.length} ingested{failed ? `, ${failed} failed` : ''}.
          </p>
          <div className="table-wrap">
            <table aria-label="Ingested files">
              <thead>
                <tr>
                  <th scope="col">File</th>
                  <th scope="col">Status</th>
                  <th scope="col">Track or error</th>
                </tr>
              </thead>
              <tbody>
                {files.map((f) => (
                  <tr key={f.name} data-testid={`ingest-${f.name}`}>
                    <td>{f.name}</td>
                    <td className={f.status === 'FAILED' ? 'status-TAKEN_DOWN' : undefined}>{f.status}</td>
                    <td>
                      {f.track ? <a href={href('track', f.track.id)}>{f.track.title}</a> : null}
                      {f.error ? <span className="message-error">{f.error}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
