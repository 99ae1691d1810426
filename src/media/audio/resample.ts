/**
 * Streaming band-limited resampler (windowed sinc, Blackman window, 32 zero crossings, cut-off at 97% of the lower Nyquist frequency: the filter size and cut-off of ffmpeg's swresample) for the
 * audio-decode fallback; ffmpeg's swresample does this job on the main path. No maintained npm
 * resampler is installed here, and linear interpolation would alias everything above 8 kHz
 * into the mel bands. The kernel is tabulated at 512 phases per input sample, so each output
 * sample costs 2·W multiply-adds and no trigonometry.
 */
const ZERO_CROSSINGS = 32;
const PHASES = 512;

// Bound once for the per-sample loops (a global `Math` lookup per call is slow in VM contexts such as Jest's).
const { abs } = Math;

export class Resampler {
  private readonly step: number; // input samples per output sample
  private readonly halfWidth: number; // W, in input samples
  private readonly table: Float32Array;
  private history = new Float32Array(0);
  private historyStart = 0; // absolute index of history[0]
  private nextOut = 0; // absolute index of the next output sample

  constructor(
    readonly fromRate: number,
    readonly toRate: number,
  ) {
    if (!(fromRate > 0) || !(toRate > 0))
      throw new RangeError(`sample rates must be positive, got ${fromRate} → ${toRate}`);
    this.step = fromRate / toRate;
    // Cut-off in cycles per input sample, a little under the lower Nyquist frequency.
    const cutoff = 0.5 * Math.min(1, toRate / fromRate) * 0.97;
    this.halfWidth = Math.ceil(ZERO_CROSSINGS / (2 * cutoff));
    this.table = new Float32Array(this.halfWidth * PHASES + 2);
    for (let i = 0; i < this.table.length; i++) {
      const x = i / PHASES;
      const sinc = x === 0 ? 1 : Math.sin(2 * Math.PI * cutoff * x) / (2 * Math.PI * cutoff * x);
      const t = Math.min(1, x / this.halfWidth);
      const blackman = 0.42 + 0.5 * Math.cos(Math.PI * t) + 0.08 * Math.cos(2 * Math.PI * t);
      this.table[i] = 2 * cutoff * sinc * blackman;
    }
  }

  /** Resamples the next chunk; output lags input by the kernel's half-width until flush(). */
  push(input: Float32Array): Float32Array {
    if (this.step === 1) return input;
    const joined = new Float32Array(this.history.length + input.length);
    joined.set(this.history);
    joined.set(input, this.history.length);
    return this.run(joined, false);
  }

  /** The remaining output, treating the input as followed by silence. */
  flush(): Float32Array {
    if (this.step === 1) return new Float32Array(0);
    const padded = new Float32Array(this.history.length + this.halfWidth + 1);
    padded.set(this.history);
    const end = this.historyStart + this.history.length;
    return this.run(padded, true, end);
  }

  private run(buf: Float32Array, final: boolean, inputEnd = Infinity): Float32Array {
    const W = this.halfWidth;
    const start = this.historyStart;
    const available = start + buf.length; // absolute index one past the last sample
    const out: number[] = [];
    for (;;) {
      const t = this.nextOut * this.step;
      if (final ? t >= inputEnd : t + W >= available) break;
      const centre = Math.floor(t);
      const frac = t - centre;
      let acc = 0;
      for (let j = -W + 1; j <= W; j++) {
        const idx = centre + j - start;
        if (idx < 0 || idx >= buf.length) continue;
        const pos = abs(j - frac) * PHASES;
        const k = pos | 0;
        if (k >= this.table.length - 1) continue;
        const w = this.table[k]! + (this.table[k + 1]! - this.table[k]!) * (pos - k);
        acc += buf[idx]! * w;
      }
      out.push(acc);
      this.nextOut++;
    }
    // Keep what the next outputs still need: W samples before the next centre.
    const keepFrom = Math.max(start, Math.floor(this.nextOut * this.step) - W);
    this.history = buf.slice(keepFrom - start);
    this.historyStart = keepFrom;
    return Float32Array.from(out);
  }
}
