// Frame-extractor worker: owns TensorFlow.js and one nsfwjs backbone, so the CNN's synchronous
// wasm kernels (about 0.3 s a batch of 4) never block the server's event loop, and the main
// thread's own work (audio features, OCR pre- and post-processing) runs beside it on the second
// core. Plain JavaScript on purpose: worker threads do not go through jest/tsx transforms.
import { createRequire } from 'node:module';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

const { modelName, side, layer, dim, warmUpBatch } = workerData;
const pixels = side * side * 3;

const tf = await import('@tensorflow/tfjs');
const wasm = await import('@tensorflow/tfjs-backend-wasm');
// The .wasm binaries come from the installed package: by default the backend fetches them from a
// CDN, which fails offline. Node gets the single-threaded SIMD build (the threaded one needs a
// browser's workers).
const require = createRequire(import.meta.url);
const dist = path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
wasm.setWasmPaths(`${dist}${path.sep}`);
if (!(await tf.setBackend('wasm')))
  throw new Error(`tfjs: the wasm backend failed to start (binaries in ${dist})`);
await tf.ready();

const nsfwjs = await import('nsfwjs');
// nsfwjs announces the model it loads on console.info; that is noise in a server log.
const info = console.info;
console.info = () => {};
let net;
try {
  net = await nsfwjs.load(modelName, { size: side });
} finally {
  console.info = info;
}
const pooled = tf.model({ inputs: net.model.inputs, outputs: net.model.getLayer(layer).output });
const outDim = pooled.outputs[0].shape[1];
if (outDim !== dim) throw new Error(`${modelName}: layer ${layer} has ${outDim} dims, expected ${dim}`);

async function embed(packed, n) {
  // nsfwjs's own preprocessing: RGB scaled to [0, 1] (core.js, NSFWJS.infer).
  const input = new Float32Array(n * pixels);
  for (let i = 0; i < input.length; i += 1) input[i] = packed[i] / 255;
  const out = tf.tidy(() => pooled.predict(tf.tensor4d(input, [n, side, side, 3])));
  try {
    return await out.data();
  } finally {
    out.dispose();
  }
}

await embed(new Uint8Array(warmUpBatch * pixels), warmUpBatch);
parentPort.on('message', async ({ id, packed, n }) => {
  try {
    const features = await embed(packed, n);
    parentPort.postMessage({ id, features }, [features.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.stack ?? error) });
  }
});
parentPort.postMessage({ ready: true });
