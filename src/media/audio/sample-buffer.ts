/** A growing Float32Array: decoded samples arrive in chunks of unknown count. */
export class SampleBuffer {
  private data: Float32Array;
  length = 0;

  constructor(expected = 16_000 * 60) {
    this.data = new Float32Array(Math.max(1024, expected));
  }

  push(chunk: Float32Array): void {
    if (this.length + chunk.length > this.data.length) {
      const grown = new Float32Array(Math.max(this.data.length * 2, this.length + chunk.length));
      grown.set(this.data.subarray(0, this.length));
      this.data = grown;
    }
    this.data.set(chunk, this.length);
    this.length += chunk.length;
  }

  /** The samples, trimmed (a copy only when the buffer is much larger than what it holds). */
  take(): Float32Array {
    return this.length > this.data.length * 0.9
      ? this.data.subarray(0, this.length)
      : this.data.slice(0, this.length);
  }
}
