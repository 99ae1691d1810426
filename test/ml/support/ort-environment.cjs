// Jest runs test modules in a VM context with its own typed-array constructors,
// while onnxruntime-node's native binding creates output arrays in the main
// realm, so onnxruntime-common's `instanceof Float32Array` checks fail
// ("A float32 tensor's data must be type of Float32Array"). Sharing the main
// realm's constructors with the test context makes both sides agree.
// See https://github.com/jestjs/jest/issues/7780 (typed arrays across realms).
const { TestEnvironment } = require('jest-environment-node');

const SHARED = [
  'Float32Array',
  'Float64Array',
  'Int8Array',
  'Int16Array',
  'Int32Array',
  'Uint8Array',
  'Uint16Array',
  'Uint32Array',
  'Uint8ClampedArray',
  'BigInt64Array',
  'BigUint64Array',
];

class OrtEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of SHARED) this.global[name] = globalThis[name];
  }
}

module.exports = OrtEnvironment;
