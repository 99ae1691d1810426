// Worker thread of generateDemoTrainingSetInWorker (training-set.ts): generates the training set
// off the main thread and posts it back (structured clone copies the feature buffers once).
// The platform runs from its TypeScript sources (tsx), and workers do not inherit loaders
// registered with module.register(), so this registers tsx before importing the generator.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { generateDemoTrainingSet } = await import('./training-set.ts');
parentPort.postMessage(generateDemoTrainingSet());
