import { useEffect, useState } from 'react';
import { graphql } from '../gql';
import type { TrainingInput, TrainingRunDetailQuery } from '../gql/graphql';
import { request } from '../api/client';
import { Message } from '../components/Message';
import { useAction, useLoad } from '../components/useAsync';
import { LineChart } from '../components/LineChart';
import { estimate } from '../components/format';
import { AdaptModel } from '../components/AdaptModel';
import { RunActivation } from '../components/RunActivation';

const TrainingRuns = graphql(`
  query TrainingRuns {
    trainingRuns(first: 20) {
      edges {
        node {
          id
          status
          epoch
          totalEpochs
          createdAt
          activated
          modelVersion {
            version
          }
        }
      }
    }
  }
`);

const TrainingRunDetail = graphql(`
  query TrainingRunDetail($id: ID!) {
    trainingRun(id: $id) {
      id
      status
      epoch
      step
      totalEpochs
      error
      activated
      objectives
      leftOut {
        unit
        count
        reason
        message
      }
      activeModelScore
      newModelScore
      settings {
        lambda
        tauIn
        tauOut
        bestEpoch
        chosen
        validation {
          value
          low
          high
        }
        meanRank {
          value
          low
          high
        }
      }
      modelVersion {
        id
        version
        status
      }
      comparison {
        metric
        pairs
        better
        newModel {
          value
          low
          high
        }
        activeModel {
          value
          low
          high
        }
        gain {
          value
          low
          high
        }
      }
      losses {
        step
        epoch
        inter
        intraVideo
        intraMusic
        total
      }
      validation {
        epoch
        score
        best
      }
    }
  }
`);

const StartTraining = graphql(`
  mutation StartTraining($input: TrainingInput!) {
    startTraining(input: $input) {
      id
      status
    }
  }
`);

const CancelTraining = graphql(`
  mutation CancelTraining($id: ID!) {
    cancelTraining(id: $id) {
      id
      status
    }
  }
`);

interface StartForm {
  epochs: string;
  batchSize: string;
  learningRate: string;
  weightDecay: string;
  lambdaVideo: string;
  lambdaMusic: string;
  temperature: string;
  temperatureIn: string;
  temperatureOut: string;
  divergence: 'KL' | 'MSE';
  seed: string;
  maxPairs: string;
  sources: string;
  lambdaGrid: string;
  useText: boolean;
  warmStart: boolean;
  autoActivate: boolean;
}

const DEFAULTS: StartForm = {
  epochs: '20',
  batchSize: '256',
  learningRate: '0.001',
  weightDecay: '0.0001',
  lambdaVideo: '1',
  lambdaMusic: '1',
  temperature: '0.07',
  temperatureIn: '0.1',
  temperatureOut: '0.1',
  divergence: 'KL',
  seed: '1',
  maxPairs: '',
  sources: '',
  lambdaGrid: '',
  useText: true,
  warmStart: false,
  autoActivate: false,
};

function toInput(form: StartForm): TrainingInput {
  const number = (value: string, name: string) => {
    const parsed = Number(value);
    if (value.trim() === '' || !Number.isFinite(parsed)) throw new Error(`${name} must be a number.`);
    return parsed;
  };
  return {
    epochs: number(form.epochs, 'Epochs'),
    batchSize: number(form.batchSize, 'Batch size'),
    learningRate: number(form.learningRate, 'Learning rate'),
    weightDecay: number(form.weightDecay, 'Weight decay'),
    lambdaVideo: number(form.lambdaVideo, 'λ video'),
    lambdaMusic: number(form.lambdaMusic, 'λ music'),
    temperature: number(form.temperature, 'τ'),
    temperatureIn: number(form.temperatureIn, 'τ in'),
    temperatureOut: number(form.temperatureOut, 'τ out'),
    divergence: form.divergence,
    seed: number(form.seed, 'Seed'),
    maxPairs: form.maxPairs.trim() ? number(form.maxPairs, 'Max pairs') : undefined,
    sources: form.sources.trim()
      ? form.sources
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : undefined,
    lambdaGrid: form.lambdaGrid.trim()
      ? form.lambdaGrid.split(',').map((v, i) => number(v, `λ grid value ${i + 1}`))
      : undefined,
    useText: form.useText,
    warmStart: form.warmStart,
    autoActivate: form.autoActivate,
  };
}

const FIELDS: Array<{ key: keyof StartForm; label: string; step?: string }> = [
  { key: 'epochs', label: 'Epochs' },
  { key: 'batchSize', label: 'Batch size' },
  { key: 'learningRate', label: 'Learning rate', step: 'any' },
  { key: 'weightDecay', label: 'Weight decay', step: 'any' },
  { key: 'lambdaVideo', label: 'II loss λ video', step: 'any' },
  { key: 'lambdaMusic', label: 'II loss λ music', step: 'any' },
  { key: 'temperature', label: 'τ (InfoNCE)', step: 'any' },
  { key: 'temperatureIn', label: 'τ in (intra)', step: 'any' },
  { key: 'temperatureOut', label: 'τ out (intra)', step: 'any' },
  { key: 'seed', label: 'Seed' },
  { key: 'maxPairs', label: 'Max pairs (blank: all)' },
];

type Run = NonNullable<TrainingRunDetailQuery['trainingRun']>;

const OBJECTIVE_LABEL: Record<string, string> = {
  VIDEO_MUSIC: 'video–music pairs',
  MUSIC_SELF_SUPERVISED: 'the catalog’s own audio (self-supervised)',
  TEXT_TO_MUSIC: 'text to music from track metadata',
};

const METRIC_LABEL: Record<string, string> = {
  'v2m.r10': 'Video → music R@10',
  'excerpt.r10': 'Excerpt → recording R@10',
  'text2m.r10': 'Text → music R@10',
};
const FINISHED = new Set(['SUCCEEDED', 'FAILED', 'CANCELLED']);

export function TrainingPage() {
  const [form, setForm] = useState<StartForm>(DEFAULTS);
  const runs = useLoad(() => request(TrainingRuns), []);
  const [watching, setWatching] = useState<string | null>(null);
  const start = useAction();
  useEffect(() => {
    if (!watching) {
      const first = runs.data?.trainingRuns.edges[0]?.node.id;
      if (first) setWatching(first);
    }
  }, [runs.data, watching]);
  return (
    <>
      <AdaptModel
        onStarted={(id) => {
          setWatching(id);
          runs.reload();
        }}
      />
      <section aria-labelledby="training-start">
        <h2 id="training-start">Start a training run</h2>
        <form
          className="fields"
          onSubmit={(event) => {
            event.preventDefault();
            void start.act(async () => {
              const { startTraining } = await request(StartTraining, { input: toInput(form) });
              setWatching(startTraining.id);
              runs.reload();
              return 'Training run queued.';
            });
          }}
        >
          {FIELDS.map(({ key, label, step }) => (
            <label key={key} className="field" htmlFor={`train-${key}`}>
              {label}
              <input
                id={`train-${key}`}
                type="number"
                step={step ?? '1'}
                style={{ width: '7rem' }}
                value={form[key] as string}
                onChange={(event) => setForm({ ...form, [key]: event.target.value })}
              />
            </label>
          ))}
          <label className="field" htmlFor="train-divergence">
            Divergence
            <select
              id="train-divergence"
              value={form.divergence}
              onChange={(event) => setForm({ ...form, divergence: event.target.value as 'KL' | 'MSE' })}
            >
              <option value="KL">KL</option>
              <option value="MSE">MSE</option>
            </select>
          </label>
          <label className="field" htmlFor="train-lambda-grid">
            λ grid (comma-separated, e.g. 0, 0.25, 1: the run keeps the best by validation)
            <input
              id="train-lambda-grid"
              value={form.lambdaGrid}
              onChange={(event) => setForm({ ...form, lambdaGrid: event.target.value })}
            />
          </label>
          <label className="field" htmlFor="train-sources">
            Sources (comma-separated, blank: all)
            <input
              id="train-sources"
              value={form.sources}
              onChange={(event) => setForm({ ...form, sources: event.target.value })}
            />
          </label>
          {(['useText', 'warmStart', 'autoActivate'] as const).map((key) => (
            <label key={key} className="field">
              <span>
                <input
                  type="checkbox"
                  checked={form[key]}
                  onChange={(event) => setForm({ ...form, [key]: event.target.checked })}
                />{' '}
                {key === 'useText'
                  ? 'Use video text (II-CLVTM)'
                  : key === 'warmStart'
                    ? 'Warm start from the active model'
                    : 'Activate if better'}
              </span>
            </label>
          ))}
          <button type="submit" disabled={start.busy}>
            Start training
          </button>
        </form>
        <Message status={start.status} />
      </section>
      {watching && <RunView id={watching} onFinished={runs.reload} />}
      <section aria-labelledby="training-runs">
        <h2 id="training-runs">Runs</h2>
        <Message status={runs.status} />
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Created</th>
                <th scope="col">Status</th>
                <th scope="col">Epoch</th>
                <th scope="col">Model</th>
                <th scope="col">Watch</th>
              </tr>
            </thead>
            <tbody>
              {runs.data?.trainingRuns.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>{new Date(node.createdAt).toLocaleString()}</td>
                  <td>{node.status}</td>
                  <td>
                    {node.epoch}/{node.totalEpochs}
                  </td>
                  <td>{node.modelVersion?.version ?? '–'}</td>
                  <td>
                    <button type="button" className="secondary" onClick={() => setWatching(node.id)}>
                      Show
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

/** One run, polled every 2 s until it finishes: status, loss curves and validation per epoch. */
function RunView({ id, onFinished }: { id: string; onFinished: () => void }) {
  const [run, setRun] = useState<Run | null>(null);
  const cancel = useAction();
  const poll = useAction();
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      const ok = await poll.act(async () => {
        const { trainingRun } = await request(TrainingRunDetail, { id });
        if (stopped) return;
        setRun(trainingRun ?? null);
        if (trainingRun && FINISHED.has(trainingRun.status)) {
          stopped = true;
          onFinished();
        }
      });
      if (!stopped && ok !== undefined) timer = setTimeout(() => void tick(), 2000);
    };
    void tick();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [id]);
  if (!run) return <Message status={poll.status} />;
  const losses = run.losses;
  const lossSeries = [
    { name: 'total', color: '#1d2433', points: losses.map((l) => ({ x: l.step, y: l.total })) },
    { name: 'inter (InfoNCE)', color: '#2f4fd8', points: losses.map((l) => ({ x: l.step, y: l.inter })) },
    { name: 'intra video', color: '#d8702f', points: losses.map((l) => ({ x: l.step, y: l.intraVideo })) },
    { name: 'intra music', color: '#2fa85a', points: losses.map((l) => ({ x: l.step, y: l.intraMusic })) },
  ];
  const validationSeries = [
    {
      name: 'this run (validation R@10)',
      color: '#2f4fd8',
      points: run.validation.map((v) => ({ x: v.epoch, y: v.score })),
    },
  ];
  if (run.activeModelScore !== null && run.activeModelScore !== undefined && run.validation.length) {
    const score = run.activeModelScore;
    validationSeries.push({
      name: 'active model',
      color: '#a32020',
      points: run.validation.map((v) => ({ x: v.epoch, y: score })),
      dashed: true,
    } as (typeof validationSeries)[number]);
  }
  return (
    <section aria-labelledby="training-run">
      <h2 id="training-run">
        Run <span className="muted">{run.id}</span>
      </h2>
      <p data-testid="run-status">
        Status: <strong>{run.status}</strong> · epoch {run.epoch}/{run.totalEpochs} · step {run.step}
        {run.modelVersion ? ` · model ${run.modelVersion.version}` : ''}
        {run.activated ? ' · activated' : ''}
      </p>
      <p>Objectives: {run.objectives.map((o) => OBJECTIVE_LABEL[o] ?? o).join(', ')}</p>
      {run.error && <p className="message message-error">{run.error}</p>}
      {run.leftOut.length > 0 && (
        <div>
          <p>Left out of this run:</p>
          <ul aria-label="Left out of this run">
            {run.leftOut.map((x) => (
              <li key={`${x.unit}-${x.reason}-${x.message}`}>{x.message}.</li>
            ))}
          </ul>
        </div>
      )}
      {run.comparison && (
        <p>
          {METRIC_LABEL[run.comparison.metric] ?? run.comparison.metric} on {run.comparison.pairs} held-out{' '}
          {run.comparison.metric === 'excerpt.r10' ? 'recordings' : 'pairs'}: new{' '}
          {estimate(run.comparison.newModel)}
          {run.comparison.activeModel ? `, active ${estimate(run.comparison.activeModel)}` : ''}
          {run.comparison.gain ? `, gain ${estimate(run.comparison.gain)}` : ''} —{' '}
          {run.comparison.better ? 'better' : 'not clearly better'}.
        </p>
      )}
      {run.status === 'SUCCEEDED' && run.modelVersion && !run.activated && (
        <RunActivation modelVersion={run.modelVersion} />
      )}
      {!FINISHED.has(run.status) && (
        <button
          type="button"
          className="danger"
          disabled={cancel.busy || run.status === 'CANCELLED'}
          onClick={() =>
            void cancel.act(async () => {
              await request(CancelTraining, { id: run.id });
              return 'Cancel requested.';
            })
          }
        >
          Cancel run
        </button>
      )}
      <Message status={cancel.status} />
      {run.settings && (
        <div className="table-wrap">
          <table aria-label="Loss weight settings">
            <thead>
              <tr>
                <th scope="col">λ</th>
                <th scope="col">τ in</th>
                <th scope="col">τ out</th>
                <th scope="col">Validation R@10 (95% interval)</th>
                <th scope="col">Mean rank</th>
                <th scope="col">Best epoch</th>
                <th scope="col">Chosen</th>
              </tr>
            </thead>
            <tbody>
              {run.settings.map((setting) => (
                <tr key={`${setting.lambda}-${setting.tauIn}-${setting.tauOut}`}>
                  <td>{setting.lambda}</td>
                  <td>{setting.tauIn}</td>
                  <td>{setting.tauOut}</td>
                  <td>{estimate(setting.validation)}</td>
                  <td>{estimate(setting.meanRank, 1)}</td>
                  <td>{setting.bestEpoch}</td>
                  <td>{setting.chosen ? '✔ chosen' : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="grid">
        <LineChart title="Loss per step" xLabel="training step" yLabel="loss (nats)" series={lossSeries} />
        <LineChart
          title="Validation per epoch"
          xLabel="epoch"
          yLabel="mean R@10 (both directions)"
          series={validationSeries}
        />
      </div>
    </section>
  );
}
