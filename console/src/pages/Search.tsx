import { useState } from 'react';
import { graphql } from '../gql';
import type { SearchResultFieldsFragment, TrackFilter, VideoQuery } from '../gql/graphql';
import { request } from '../api/client';
import { EMPTY_LICENCE, licenceFilter, type LicenceForm } from '../components/filters';
import { LicenceFields } from '../components/rights-inputs';
import { Message } from '../components/Message';
import { useAction, useLoad } from '../components/useAsync';
import { SearchResults } from '../components/SearchResults';
import { uploadFile } from '../api/uploads';

const MusicForVideo = graphql(`
  query MusicForVideo($video: VideoQuery!, $filter: TrackFilter, $first: Int) {
    musicForVideo(video: $video, filter: $filter, first: $first) {
      ...SearchResultFields
    }
  }
`);

const MusicLikeUpload = graphql(`
  query MusicLikeUpload($uploadId: ID!, $filter: TrackFilter, $first: Int) {
    musicLikeUpload(uploadId: $uploadId, filter: $filter, first: $first) {
      ...SearchResultFields
    }
  }
`);

const SimilarTracks = graphql(`
  query SimilarTracks($trackIds: [ID!]!, $excludeTrackIds: [ID!], $filter: TrackFilter, $first: Int) {
    similarTracks(trackIds: $trackIds, excludeTrackIds: $excludeTrackIds, filter: $filter, first: $first) {
      ...SearchResultFields
    }
  }
`);

const TextSearch = graphql(`
  query TextSearch($text: String!, $fusion: FusionInput, $filter: TrackFilter, $first: Int) {
    searchTracks(text: $text, fusion: $fusion, filter: $filter, first: $first) {
      ...SearchResultFields
    }
  }
`);

const SearchVideos = graphql(`
  query SearchVideos {
    videos(first: 50) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

const PickTracks = graphql(`
  query PickTracks($text: String) {
    tracks(first: 10, filter: { text: $text }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

type Mode = 'video' | 'clip' | 'similar' | 'text';
type VideoSource = 'catalog' | 'upload' | 'features' | 'text';

function filterOf(licence: LicenceForm): TrackFilter | undefined {
  const value = licenceFilter(licence);
  return value ? { licence: value } : undefined;
}

export function SearchPage() {
  const [mode, setMode] = useState<Mode>('video');
  const [licence, setLicence] = useState<LicenceForm>(EMPTY_LICENCE);
  const [result, setResult] = useState<SearchResultFieldsFragment | null>(null);
  const search = useAction();
  const run = (query: () => Promise<SearchResultFieldsFragment>) =>
    search.act(async () => {
      setResult(null);
      setResult(await query());
    });
  return (
    <>
      <section aria-labelledby="search-kind">
        <h2 id="search-kind">Search</h2>
        <div className="row" role="tablist" aria-label="Kind of search">
          {(
            [
              ['video', 'Music for a video'],
              ['clip', 'Music like a clip'],
              ['similar', 'Similar tracks'],
              ['text', 'Text'],
            ] as const
          ).map(([value, label]) => (
            <button
              key={value}
              type="button"
              role="tab"
              aria-selected={mode === value}
              className={mode === value ? undefined : 'secondary'}
              onClick={() => {
                setMode(value);
                setResult(null);
              }}
            >
              {label}
            </button>
          ))}
        </div>
        <LicenceFields value={licence} onChange={setLicence} />
        {mode === 'video' && (
          <VideoSearchForm
            busy={search.busy}
            onSearch={(video) =>
              void run(
                async () =>
                  (await request(MusicForVideo, { video, filter: filterOf(licence), first: 10 }))
                    .musicForVideo,
              )
            }
          />
        )}
        {mode === 'clip' && (
          <ClipForm
            busy={search.busy}
            onSearch={(uploadId) =>
              void run(
                async () =>
                  (await request(MusicLikeUpload, { uploadId, filter: filterOf(licence), first: 10 }))
                    .musicLikeUpload,
              )
            }
          />
        )}
        {mode === 'similar' && (
          <SimilarForm
            busy={search.busy}
            onSearch={(trackIds, excludeTrackIds) =>
              void run(
                async () =>
                  (
                    await request(SimilarTracks, {
                      trackIds,
                      excludeTrackIds,
                      filter: filterOf(licence),
                      first: 10,
                    })
                  ).similarTracks,
              )
            }
          />
        )}
        {mode === 'text' && (
          <TextForm
            busy={search.busy}
            onSearch={(text, fusion) =>
              void run(
                async () =>
                  (await request(TextSearch, { text, fusion, filter: filterOf(licence), first: 10 }))
                    .searchTracks,
              )
            }
          />
        )}
        <Message status={search.status} />
      </section>
      <section aria-labelledby="search-results">
        <h2 id="search-results">Results</h2>
        <SearchResults result={result} />
      </section>
    </>
  );
}

function VideoSearchForm({ busy, onSearch }: { busy: boolean; onSearch: (video: VideoQuery) => void }) {
  const [source, setSource] = useState<VideoSource>('catalog');
  const [videoId, setVideoId] = useState('');
  const [title, setTitle] = useState('');
  const [onScreenText, setOnScreenText] = useState('');
  const [captions, setCaptions] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const prepare = useAction();
  const videos = useLoad(() => request(SearchVideos), []);
  const text =
    title || onScreenText || captions
      ? {
          title: title || undefined,
          onScreenText: onScreenText || undefined,
          captions: captions || undefined,
        }
      : undefined;
  const submit = () =>
    prepare.act(async () => {
      if (source === 'catalog') {
        if (!videoId) throw new Error('Choose a catalog video.');
        onSearch({ videoId, text });
      } else if (source === 'text') {
        if (!text) throw new Error('Type a title, on-screen text or captions.');
        onSearch({ text });
      } else if (source === 'upload') {
        if (!file) throw new Error('Choose a video file.');
        const { id } = await uploadFile(file, 'search', (sent) =>
          setProgress(`Uploading… ${Math.round(sent * 100)}%`),
        );
        setProgress('Extracting features and searching…');
        onSearch({ uploadId: id, text });
        setProgress(null);
      } else {
        if (!file) throw new Error('Choose a feature file (JSON with visual and/or audio FeatureInput).');
        const parsed = JSON.parse(await file.text()) as Pick<VideoQuery, 'visual' | 'audio'>;
        if (!parsed.visual && !parsed.audio) throw new Error('The feature file needs "visual" or "audio".');
        onSearch({ visual: parsed.visual, audio: parsed.audio, text });
      }
    });
  return (
    <form
      className="fields"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label className="field" htmlFor="video-source">
        Video from
        <select
          id="video-source"
          value={source}
          onChange={(event) => setSource(event.target.value as VideoSource)}
        >
          <option value="catalog">a catalog video</option>
          <option value="upload">an uploaded video file</option>
          <option value="features">a feature file</option>
          <option value="text">text cues only</option>
        </select>
      </label>
      {source === 'catalog' && (
        <label className="field" htmlFor="video-id">
          Catalog video
          <select id="video-id" value={videoId} onChange={(event) => setVideoId(event.target.value)}>
            <option value="">(choose)</option>
            {videos.data?.videos.edges.map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.title}
              </option>
            ))}
          </select>
        </label>
      )}
      {(source === 'upload' || source === 'features') && (
        <label className="field" htmlFor="video-file">
          {source === 'upload' ? 'Video file' : 'Feature file (JSON)'}
          <input
            id="video-file"
            type="file"
            accept={source === 'upload' ? 'video/*' : 'application/json,.json'}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </label>
      )}
      <label className="field" htmlFor="video-title">
        Title cue
        <input id="video-title" value={title} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <label className="field" htmlFor="video-ost">
        On-screen text cue
        <input
          id="video-ost"
          value={onScreenText}
          onChange={(event) => setOnScreenText(event.target.value)}
        />
      </label>
      <label className="field" htmlFor="video-captions">
        Captions cue
        <input id="video-captions" value={captions} onChange={(event) => setCaptions(event.target.value)} />
      </label>
      <button type="submit" disabled={busy || prepare.busy}>
        Find music
      </button>
      {progress && <span className="muted">{progress}</span>}
      <Message status={prepare.status} />
    </form>
  );
}

/** An audio clip (or a video's audio track) uploaded for search, then ranked by musicLikeUpload. */
function ClipForm({ busy, onSearch }: { busy: boolean; onSearch: (uploadId: string) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const prepare = useAction();
  const submit = () =>
    prepare.act(async () => {
      if (!file) throw new Error('Choose an audio file.');
      const { id } = await uploadFile(file, 'search', (sent) =>
        setProgress(`Uploading… ${Math.round(sent * 100)}%`),
      );
      setProgress(null);
      onSearch(id);
    });
  return (
    <form
      className="fields"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label className="field" htmlFor="clip-file">
        Audio clip
        <input
          id="clip-file"
          type="file"
          accept="audio/*,video/*"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </label>
      <span className="muted">The clip is analysed like catalog audio, then deleted.</span>
      <button type="submit" disabled={busy || prepare.busy}>
        Find similar music
      </button>
      {progress && <span className="muted">{progress}</span>}
      <Message status={prepare.status} />
    </form>
  );
}

function TrackPicker({
  label,
  value,
  onChange,
}: {
  label: string;
  value: Array<{ id: string; title: string }>;
  onChange: (next: Array<{ id: string; title: string }>) => void;
}) {
  const [query, setQuery] = useState('');
  const found = useLoad(
    () => (query.trim() ? request(PickTracks, { text: query.trim() }) : Promise.resolve(null)),
    [query],
  );
  const id = label.toLowerCase().replace(/\W+/g, '-');
  return (
    <div className="field">
      <label htmlFor={`pick-${id}`}>
        {label}: {value.length ? value.map((t) => t.title).join(', ') : 'none'}
      </label>
      <input
        id={`pick-${id}`}
        placeholder="Search by title"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <div className="row">
        {found.data?.tracks.edges.map(({ node }) => (
          <button
            key={node.id}
            type="button"
            className="secondary"
            disabled={value.some((t) => t.id === node.id)}
            onClick={() => onChange([...value, node])}
          >
            + {node.title}
          </button>
        ))}
        {value.length > 0 && (
          <button type="button" className="secondary" onClick={() => onChange([])}>
            Clear
          </button>
        )}
      </div>
    </div>
  );
}

function SimilarForm({
  busy,
  onSearch,
}: {
  busy: boolean;
  onSearch: (seeds: string[], excluded: string[]) => void;
}) {
  const [seeds, setSeeds] = useState<Array<{ id: string; title: string }>>([]);
  const [excluded, setExcluded] = useState<Array<{ id: string; title: string }>>([]);
  const [status, setStatus] = useState<{ kind: 'error'; text: string } | null>(null);
  return (
    <form
      className="fields"
      onSubmit={(event) => {
        event.preventDefault();
        if (seeds.length === 0) return setStatus({ kind: 'error', text: 'Choose at least one seed track.' });
        setStatus(null);
        onSearch(
          seeds.map((s) => s.id),
          excluded.map((s) => s.id),
        );
      }}
    >
      <TrackPicker label="Seed tracks" value={seeds} onChange={setSeeds} />
      <TrackPicker label="Exclude" value={excluded} onChange={setExcluded} />
      <button type="submit" disabled={busy}>
        Find similar
      </button>
      <Message status={status} />
    </form>
  );
}

function TextForm({
  busy,
  onSearch,
}: {
  busy: boolean;
  onSearch: (
    text: string,
    fusion: { method: 'RRF' | 'RELATIVE_SCORE'; textWeight: number; semanticWeight: number },
  ) => void;
}) {
  const [text, setText] = useState('');
  const [method, setMethod] = useState<'RRF' | 'RELATIVE_SCORE'>('RRF');
  const [textWeight, setTextWeight] = useState('1');
  const [semanticWeight, setSemanticWeight] = useState('1');
  return (
    <form
      className="fields"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(text, { method, textWeight: Number(textWeight), semanticWeight: Number(semanticWeight) });
      }}
    >
      <label className="field" htmlFor="text-query">
        Words
        <input id="text-query" required value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <label className="field" htmlFor="text-method">
        Fusion
        <select
          id="text-method"
          value={method}
          onChange={(event) => setMethod(event.target.value as 'RRF' | 'RELATIVE_SCORE')}
        >
          <option value="RRF">reciprocal rank</option>
          <option value="RELATIVE_SCORE">relative score</option>
        </select>
      </label>
      <label className="field" htmlFor="text-weight">
        Full-text weight
        <input
          id="text-weight"
          type="number"
          step="0.1"
          min={0}
          value={textWeight}
          onChange={(event) => setTextWeight(event.target.value)}
        />
      </label>
      <label className="field" htmlFor="semantic-weight">
        Semantic weight
        <input
          id="semantic-weight"
          type="number"
          step="0.1"
          min={0}
          value={semanticWeight}
          onChange={(event) => setSemanticWeight(event.target.value)}
        />
      </label>
      <button type="submit" disabled={busy}>
        Search text
      </button>
    </form>
  );
}
