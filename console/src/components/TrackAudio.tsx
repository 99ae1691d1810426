import { useEffect, useRef, useState } from 'react';
import { graphql } from '../gql';
import { request } from '../api/client';
import { authHeaders } from '../api/session';
import { uploadFile } from '../api/uploads';
import { waitForIngest } from '../api/ingest-job';
import { Message } from './Message';
import { useAction } from './useAsync';

const AttachAudio = graphql(`
  mutation AttachTrackAudio($trackId: ID!, $uploadId: ID!) {
    attachTrackAudio(trackId: $trackId, uploadId: $uploadId) {
      id
      status
    }
  }
`);

const PEAKS = 600;

/** Peak amplitude per column: what the waveform draws. */
function peaks(buffer: AudioBuffer): number[] {
  const samples = buffer.getChannelData(0);
  const size = Math.max(1, Math.floor(samples.length / PEAKS));
  return Array.from({ length: Math.min(PEAKS, Math.ceil(samples.length / size)) }, (_, i) => {
    let max = 0;
    for (let j = i * size; j < Math.min(samples.length, (i + 1) * size); j++)
      max = Math.max(max, Math.abs(samples[j]!));
    return max;
  });
}

/**
 * The track's catalog audio: a player and a waveform when it has any, and an upload that
 * replaces its music features (attachTrackAudio, then the ingest job is polled).
 */
export function TrackAudio({
  trackId,
  file,
  canEdit,
  onChanged,
}: {
  trackId: string;
  file: { url: string; mime: string } | null;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const [audioUrl, setAudioUrl] = useState<string | null>(null);
  const [wave, setWave] = useState<number[] | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const attach = useAction();
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let url: string | null = null;
    let cancelled = false;
    setAudioUrl(null);
    setWave(null);
    if (!file) return;
    void (async () => {
      // <audio> cannot send the API key: the file is fetched with it and played from memory.
      const response = await fetch(file.url, { headers: authHeaders() });
      if (!response.ok || cancelled) return;
      const bytes = await response.arrayBuffer();
      url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
      setAudioUrl(url);
      try {
        const context = new AudioContext();
        const decoded = await context.decodeAudioData(bytes.slice(0));
        if (!cancelled) setWave(peaks(decoded));
        await context.close();
      } catch {
        setWave(null); // a format the browser cannot decode still plays if it can, without a waveform
      }
    })();
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [file]);

  return (
    <div>
      {audioUrl ? (
        <>
          <audio controls src={audioUrl} aria-label="Track audio" style={{ width: '100%' }} />
          {wave && (
            <svg
              className="chart"
              viewBox={`0 0 ${wave.length} 100`}
              preserveAspectRatio="none"
              role="img"
              aria-label="Waveform"
              style={{ height: '4rem' }}
            >
              {wave.map((peak, x) => (
                <line key={x} x1={x} x2={x} y1={50 - peak * 48} y2={50 + peak * 48} stroke="#2f4fd8" />
              ))}
            </svg>
          )}
        </>
      ) : (
        <p className="muted">No catalog audio file for this track.</p>
      )}
      {canEdit && (
        <form
          className="fields"
          onSubmit={(event) => {
            event.preventDefault();
            const file = fileInput.current?.files?.[0];
            void attach.act(async () => {
              if (!file) throw new Error('Choose an audio file.');
              const { id } = await uploadFile(file, 'catalog', (f) =>
                setProgress(`Uploading… ${Math.round(f * 100)}%`),
              );
              const { attachTrackAudio } = await request(AttachAudio, { trackId, uploadId: id });
              const job = await waitForIngest(attachTrackAudio.id, (j) => setProgress(`Ingest: ${j.status}`));
              setProgress(null);
              if (job.status === 'FAILED') throw new Error(job.reason ?? 'The ingest failed.');
              onChanged();
              return `Audio ingested from ${file.name}: the track is searchable.`;
            });
          }}
        >
          <label className="field" htmlFor="track-audio-file">
            Audio file
            <input
              id="track-audio-file"
              ref={fileInput}
              type="file"
              accept="audio/*,.ogg,.opus,.flac,.m4a,.mp3,.wav"
            />
          </label>
          <button type="submit" disabled={attach.busy}>
            Upload audio
          </button>
          {progress && <span className="muted">{progress}</span>}
        </form>
      )}
      <Message status={attach.status} />
    </div>
  );
}
