import { graphql } from '../gql';
import { request } from '../api/client';
import { Message } from './Message';
import { useAction, useLoad } from './useAsync';

const ModelFamiliarity = graphql(`
  query ModelFamiliarity {
    activeModel {
      id
      version
      audioFrontEnd
      unfamiliarTracks
    }
  }
`);

const StartAdaptation = graphql(`
  mutation StartAdaptation($input: TrainingInput!) {
    startTraining(input: $input) {
      id
      status
    }
  }
`);

/**
 * While the catalog holds searchable tracks whose audio the active model was not trained on (an
 * ingested catalog beside the shipped synthetic model), one click adapts the model to them: a
 * self-supervised run on the catalog's own audio, plus text to music where tracks have tags (the
 * server drops it when they have none), with λ chosen by validation. The run view then shows the
 * comparison, and the model is activated from there.
 */
export function AdaptModel({ onStarted }: { onStarted: (runId: string) => void }) {
  const model = useLoad(() => request(ModelFamiliarity), []);
  const start = useAction();
  const active = model.data?.activeModel;
  if (!active || active.unfamiliarTracks === 0) return <Message status={model.status} />;
  const n = active.unfamiliarTracks;
  return (
    <section aria-labelledby="training-adapt" className="callout">
      <h2 id="training-adapt">Adapt the model to this catalog</h2>
      <p>
        {n.toLocaleString()} searchable {n === 1 ? 'track has' : 'tracks have'} audio that the active model (
        {active.version}, trained on {active.audioFrontEnd ?? 'unspecified features'}) has never learned, so
        its results for {n === 1 ? 'it' : 'them'} mean little. Adapting trains a new model on the catalog’s
        own recordings and tags; no paired videos are needed.
      </p>
      <button
        type="button"
        disabled={start.busy}
        onClick={() =>
          void start.act(async () => {
            const { startTraining } = await request(StartAdaptation, {
              // A catalog of tens of recordings fills one batch: smaller batches and more epochs give
              // the run enough steps; patience outlasts a held-out score that saturates early.
              input: {
                objectives: ['MUSIC_SELF_SUPERVISED', 'TEXT_TO_MUSIC'],
                lambdaGrid: [0, 1],
                batchSize: 16,
                epochs: 100,
                patience: 25,
              },
            });
            onStarted(startTraining.id);
            return 'Adapting the model: the run below shows its progress, then how it compares.';
          })
        }
      >
        Adapt the model to this catalog
      </button>
      <Message status={start.status} />
    </section>
  );
}
