import { createRequire } from 'node:module';
import path from 'node:path';
import type * as TfModule from '@tensorflow/tfjs';

type Tf = typeof TfModule;

let ready: Promise<Tf> | undefined;

/**
 * TensorFlow.js on its WebAssembly backend, initialised once per process. The .wasm binaries
 * are read from the installed @tensorflow/tfjs-backend-wasm package (setWasmPaths to its dist/
 * folder): by default the backend fetches them from a CDN, which fails offline.
 * Node gets the single-threaded SIMD build (the threaded one needs a browser's workers); that is
 * what the measured seconds a frame in docs/media.md were taken on.
 */
export function tfjsWasm(): Promise<Tf> {
  ready ??= (async () => {
    const tf = await import('@tensorflow/tfjs');
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    const require = createRequire(import.meta.url);
    const dist = path.join(
      path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')),
      'dist',
    );
    wasm.setWasmPaths(`${dist}${path.sep}`);
    if (!(await tf.setBackend('wasm')))
      throw new Error(`tfjs: the wasm backend failed to start (binaries in ${dist})`);
    await tf.ready();
    return tf;
  })();
  return ready;
}
