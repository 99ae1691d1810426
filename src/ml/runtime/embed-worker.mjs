// Inference worker: owns the onnxruntime sessions so that session.run (which
// blocks its thread) never blocks the server's event loop. Plain JavaScript on
// purpose: worker threads do not go through jest/tsx transforms.
import { parentPort, workerData } from 'node:worker_threads';
import * as ort from 'onnxruntime-node';

const { files, expected, threads, spinWait, executionProviders } = workerData;

async function open(path) {
  const base = {
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
    extra: { session: { intra_op: { allow_spinning: spinWait ? '1' : '0' } } },
  };
  const wanted = (executionProviders ?? ['cpu']).filter((e) => e !== 'cpu');
  if (wanted.length > 0) {
    try {
      // Fatal-only logging for the attempt: a missing provider is reported once, by our own line below.
      return await ort.InferenceSession.create(path, {
        ...base,
        logSeverityLevel: 4,
        executionProviders: [...wanted, 'cpu'],
      });
    } catch (err) {
      parentPort.postMessage({
        type: 'log',
        line: `[ml] execution providers ${JSON.stringify(wanted)} unavailable (${String(err.message).split('\n')[0]}); falling back to CPU`,
      });
    }
  }
  return ort.InferenceSession.create(path, { ...base, executionProviders: ['cpu'] });
}

function describe(list) {
  return list.map((m) => `${m.name}:${m.type}[${m.dims.join(',')}]`).join(', ');
}

// Start-up check of the ONNX graph against the manifest: names, element types, ranks and fixed dims.
function check(tower, session) {
  const exp = expected[tower];
  const meta = (list) => list.map((m) => ({ name: m.name, type: m.type, dims: m.shape }));
  const got = { inputs: meta(session.inputMetadata), outputs: meta(session.outputMetadata) };
  for (const kind of ['inputs', 'outputs']) {
    const e = exp[kind];
    const g = got[kind];
    const same =
      e.length === g.length &&
      e.every((x, i) => {
        const y = g[i];
        return (
          x.name === y.name &&
          x.type === y.type &&
          x.dims.length === y.dims.length &&
          x.dims.every((d, k) => typeof d === 'string' || d === y.dims[k])
        );
      });
    if (!same)
      throw new Error(
        `${tower}.onnx ${kind} do not match manifest: expected ${describe(e)}, model has ${describe(g)}`,
      );
  }
}

const sessions = {};
try {
  for (const tower of Object.keys(files)) {
    sessions[tower] = await open(files[tower]);
    check(tower, sessions[tower]);
  }
  parentPort.postMessage({ type: 'ready' });
} catch (err) {
  parentPort.postMessage({ type: 'error', message: String(err.message ?? err) });
}

parentPort.on('message', async (msg) => {
  try {
    const feeds = {};
    for (const f of msg.feeds) feeds[f.name] = new ort.Tensor(f.type, f.data, f.dims);
    const out = await sessions[msg.tower].run(feeds);
    const data = out.embedding.data;
    parentPort.postMessage({ type: 'result', id: msg.id, data }, [data.buffer]);
  } catch (err) {
    parentPort.postMessage({ type: 'result', id: msg.id, error: String(err.message ?? err) });
  }
});
