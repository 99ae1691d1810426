// Worker thread of seedDemoTrainingSetInBackground (training-set.ts): generates the training set
// off the main thread and posts it back (structured clone copies the feature buffers once).
// Workers do not inherit loaders registered with module.register(), so from TypeScript sources
// this registers tsx first.
import { parentPort } from 'node:worker_threads';

const fromSources = import.meta.url.endsWith('.mjs') && !import.meta.url.includes('/dist/');
if (fromSources) {
  const { register } = await import('tsx/esm/api');
  register();
}
const { generateDemoTrainingSet } = await import(fromSources ? './training-set.ts' : './training-set.js');
parentPort.postMessage(generateDemoTrainingSet());
