import { useState } from 'react';
import { graphql } from '../gql';
import type { ImportFormat, ImportTracksMutation } from '../gql/graphql';
import { request } from '../api/client';
import { Message } from '../components/Message';
import { useAction } from '../components/useAsync';
import { MediaIngest } from '../components/MediaIngest';
import { DdexImport } from '../components/DdexImport';

const ImportTracks = graphql(`
  mutation ImportTracks($format: ImportFormat!, $data: String!, $lenient: Boolean, $dryRun: Boolean) {
    importTracks(format: $format, data: $data, lenient: $lenient, dryRun: $dryRun) {
      applied
      created
      updated
      unchanged
      duplicates
      rows {
        line
        isrc
        title
        outcome
        reason
      }
      rejected {
        line
        isrc
        reason
      }
    }
  }
`);

type Report = ImportTracksMutation['importTracks'];

function guessFormat(name: string, text: string): ImportFormat {
  if (/\.jsonl?$/i.test(name)) return 'JSONL';
  if (/\.csv$/i.test(name)) return 'CSV';
  return text.trimStart().startsWith('{') ? 'JSONL' : 'CSV';
}

export function ImportPage() {
  const [data, setData] = useState('');
  const [format, setFormat] = useState<ImportFormat>('CSV');
  const [lenient, setLenient] = useState(false);
  const [preview, setPreview] = useState<Report | null>(null);
  const [result, setResult] = useState<Report | null>(null);
  const action = useAction();
  const run = (dryRun: boolean) =>
    action.act(async () => {
      if (!data.trim()) throw new Error('Paste CSV or JSONL, or choose a file.');
      const { importTracks } = await request(ImportTracks, { format, data, lenient, dryRun });
      if (dryRun) {
        setPreview(importTracks);
        setResult(null);
        if (importTracks.rejected.length)
          throw new Error(
            `${importTracks.rejected.length} row(s) would be rejected: fix them before importing.`,
          );
        return `All ${importTracks.rows.length} row(s) are valid: ${importTracks.created} to create, ${importTracks.updated} to update, ${importTracks.unchanged} unchanged.`;
      }
      setResult(importTracks);
      setPreview(null);
      if (!importTracks.applied)
        throw new Error(`Nothing was imported: ${importTracks.rejected.length} row(s) were rejected.`);
      return `Imported: ${importTracks.created} created, ${importTracks.updated} updated, ${importTracks.unchanged} unchanged.`;
    });
  const report = result ?? preview;
  return (
    <>
      <section aria-labelledby="import-tracks">
        <h2 id="import-tracks">Import tracks (CSV or JSONL)</h2>
        <p className="muted">
          One row per track, upserted by ISRC. The import is all-or-nothing: a bad row rejects the whole file,
          and the preview shows every row with its validation first.
        </p>
        <div className="fields">
          <label className="field" htmlFor="import-file">
            File
            <input
              id="import-file"
              type="file"
              accept=".csv,.jsonl,.json,text/csv,application/x-ndjson"
              onChange={async (event) => {
                const file = event.target.files?.[0];
                if (!file) return;
                const text = await file.text();
                setData(text);
                setFormat(guessFormat(file.name, text));
                setPreview(null);
                setResult(null);
              }}
            />
          </label>
          <label className="field" htmlFor="import-format">
            Format
            <select
              id="import-format"
              value={format}
              onChange={(event) => setFormat(event.target.value as ImportFormat)}
            >
              <option value="CSV">CSV</option>
              <option value="JSONL">JSONL</option>
            </select>
          </label>
          <label className="field">
            <span>
              <input
                type="checkbox"
                checked={lenient}
                onChange={(event) => setLenient(event.target.checked)}
              />{' '}
              Ignore unknown columns
            </span>
          </label>
        </div>
        <label className="field" htmlFor="import-data">
          Or paste the rows
          <textarea
            id="import-data"
            rows={8}
            value={data}
            onChange={(event) => {
              setData(event.target.value);
              setPreview(null);
            }}
          />
        </label>
        <div className="row">
          <button type="button" className="secondary" disabled={action.busy} onClick={() => void run(true)}>
            Preview
          </button>
          <button
            type="button"
            disabled={action.busy || !preview || preview.rejected.length > 0}
            onClick={() => void run(false)}
          >
            Import
          </button>
        </div>
        <Message status={action.status} />
        {report && (
          <div className="table-wrap">
            <table aria-label="Import rows">
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">ISRC</th>
                  <th scope="col">Title</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Reason</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((row) => (
                  <tr key={row.line} data-testid={`import-row-${row.line}`}>
                    <td>{row.line}</td>
                    <td>{row.isrc ?? ''}</td>
                    <td>{row.title ?? ''}</td>
                    <td className={row.outcome === 'REJECTED' ? 'status-TAKEN_DOWN' : undefined}>
                      {row.outcome}
                    </td>
                    <td>{row.reason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <MediaIngest />
      <DdexImport />
    </>
  );
}
