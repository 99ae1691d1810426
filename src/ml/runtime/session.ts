import * as ort from 'onnxruntime-node';

export interface SessionOptions {
  /** Intra-op threads; defaults to 2 (this platform's CPU budget). */
  threads?: number;
  /** Execution providers in preference order, e.g. ['cuda', 'cpu']. */
  executionProviders?: string[];
  /** Called with a human-readable line when a provider is unavailable and CPU is used instead. */
  log?: (line: string) => void;
}

/**
 * Creates an onnxruntime session. Requested providers that this build of
 * onnxruntime-node does not ship (CUDA needs the separate GPU package, see
 * docs/ml.md) are dropped, with a log line, and the session falls back to CPU.
 */
export async function createSession(
  model: Uint8Array | string,
  opts: SessionOptions = {},
): Promise<ort.InferenceSession> {
  const wanted = opts.executionProviders ?? ['cpu'];
  const log = opts.log ?? ((line: string) => console.warn(line));
  const base: ort.InferenceSession.SessionOptions = {
    intraOpNumThreads: opts.threads ?? 2,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
  };
  // Fatal-only logging while trying optional providers: a missing one is reported once, by our own line.
  const open = (eps: string[], quiet = false) => {
    const o = { ...base, executionProviders: eps, ...(quiet ? { logSeverityLevel: 4 as const } : {}) };
    return typeof model === 'string'
      ? ort.InferenceSession.create(model, o)
      : ort.InferenceSession.create(model, o);
  };
  const nonCpu = wanted.filter((e) => e !== 'cpu');
  if (nonCpu.length === 0) return open(['cpu']);
  try {
    return await open([...nonCpu, 'cpu'], true);
  } catch (err) {
    log(
      `[ml] execution providers ${JSON.stringify(nonCpu)} unavailable (${(err as Error).message.split('\n')[0]}); falling back to CPU`,
    );
    return open(['cpu']);
  }
}
