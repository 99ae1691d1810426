import { useState } from 'react';
import { graphql } from '../gql';
import { request } from '../api/client';
import { Message } from './Message';
import { useAction } from './useAsync';

const ActivateRunModel = graphql(`
  mutation ActivateRunModel($id: ID!, $force: Boolean!) {
    activateModel(id: $id, force: $force) {
      id
      version
      status
    }
  }
`);

/** Activates a finished run's model from the run view; one scored worse needs a second, explicit click. */
export function RunActivation({
  modelVersion,
}: {
  modelVersion: { id: string; version: string; status: string };
}) {
  const activate = useAction();
  const [done, setDone] = useState(modelVersion.status === 'ACTIVE');
  const [needsForce, setNeedsForce] = useState(false);
  if (done)
    return (
      <p className="message message-success" role="status">
        Model {modelVersion.version} is now active: searches use it.
      </p>
    );
  return (
    <div>
      <button
        type="button"
        disabled={activate.busy}
        onClick={() =>
          void activate.act(async () => {
            try {
              await request(ActivateRunModel, { id: modelVersion.id, force: needsForce });
            } catch (error) {
              if ((error as { code?: string }).code === 'CONFLICT') setNeedsForce(true);
              throw error;
            }
            setDone(true);
          })
        }
      >
        {needsForce ? `Activate ${modelVersion.version} anyway` : `Activate ${modelVersion.version}`}
      </button>
      <Message status={activate.status} />
    </div>
  );
}
