/**
 * In-place iterative radix-2 complex FFT (Cooley–Tukey, decimation in time), for the front end's
 * 512-point frames and the chroma's 8192-point frames. Why not a package: fft.js and meyda are
 * not installed here, and the one FFT among the installed packages (tfjs's `rfft`) runs through
 * tensor kernels that allocate per call, which costs more than the transform. This one has
 * precomputed twiddles and bit reversal, and test/media/audio-front-end.test.ts checks it
 * against a direct DFT.
 */
export class Fft {
  private readonly cos: Float64Array;
  private readonly sin: Float64Array;
  private readonly reversed: Uint32Array;

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 2 || (size & (size - 1)) !== 0)
      throw new RangeError(`FFT size must be a power of two, got ${size}`);
    this.cos = new Float64Array(size / 2);
    this.sin = new Float64Array(size / 2);
    for (let i = 0; i < size / 2; i++) {
      this.cos[i] = Math.cos((2 * Math.PI * i) / size);
      this.sin[i] = -Math.sin((2 * Math.PI * i) / size);
    }
    this.reversed = new Uint32Array(size);
    const bits = Math.log2(size);
    for (let i = 0; i < size; i++) {
      let r = 0;
      for (let b = 0; b < bits; b++) r |= ((i >> b) & 1) << (bits - 1 - b);
      this.reversed[i] = r;
    }
  }

  /** X[k] = Σ x[n]·e^(−2πikn/N), in place on (re, im). */
  transform(re: Float64Array, im: Float64Array): void {
    const n = this.size;
    for (let i = 0; i < n; i++) {
      const j = this.reversed[i]!;
      if (j > i) {
        const tr = re[i]!;
        re[i] = re[j]!;
        re[j] = tr;
        const ti = im[i]!;
        im[i] = im[j]!;
        im[j] = ti;
      }
    }
    for (let len = 2; len <= n; len <<= 1) {
      const half = len >> 1;
      const stride = n / len;
      for (let start = 0; start < n; start += len) {
        for (let k = 0; k < half; k++) {
          const wr = this.cos[k * stride]!;
          const wi = this.sin[k * stride]!;
          const a = start + k;
          const b = a + half;
          const xr = re[b]! * wr - im[b]! * wi;
          const xi = re[b]! * wi + im[b]! * wr;
          re[b] = re[a]! - xr;
          im[b] = im[a]! - xi;
          re[a] = re[a]! + xr;
          im[a] = im[a]! + xi;
        }
      }
    }
  }

  /** |X[k]| for k = 0..N/2 of a real frame (zero-padded to N), into `out`. */
  magnitudes(frame: ArrayLike<number>, out: Float64Array, re: Float64Array, im: Float64Array): void {
    const n = this.size;
    for (let i = 0; i < n; i++) {
      re[i] = i < frame.length ? frame[i]! : 0;
      im[i] = 0;
    }
    this.transform(re, im);
    for (let k = 0; k <= n / 2; k++) out[k] = Math.hypot(re[k]!, im[k]!);
  }
}

/**
 * Magnitude spectrum of a real frame of N samples through one complex FFT of N/2 (the standard
 * packing: z[n] = x[2n] + i·x[2n+1], then X[k] = E[k] + e^(−2πik/N)·O[k] with E, O the spectra of
 * the even and odd samples, recovered from Z[k] and conj(Z[N/2−k])). Half the work of a
 * complex FFT of the zero-imaginary frame.
 */
export class RealFft {
  private readonly half: Fft;
  private readonly re: Float64Array;
  private readonly im: Float64Array;
  private readonly cos: Float64Array;
  private readonly sin: Float64Array;

  constructor(readonly size: number) {
    this.half = new Fft(size / 2);
    this.re = new Float64Array(size / 2);
    this.im = new Float64Array(size / 2);
    this.cos = new Float64Array(size / 2 + 1);
    this.sin = new Float64Array(size / 2 + 1);
    for (let k = 0; k <= size / 2; k++) {
      this.cos[k] = Math.cos((2 * Math.PI * k) / size);
      this.sin[k] = -Math.sin((2 * Math.PI * k) / size);
    }
  }

  /**
   * |X[k]|², k = 0..N/2, of frame[offset + i]·window[i] (i < window.length; zero beyond), into `out`.
   * Squared: the callers that need |X| take the root only where they use it.
   */
  powerSpectrum(frame: ArrayLike<number>, offset: number, window: Float64Array, out: Float64Array): void {
    const h = this.size / 2;
    const { re, im, cos, sin } = this;
    const w = window.length;
    for (let n = 0; n < h; n++) {
      const a = 2 * n;
      re[n] = a < w ? (frame[offset + a] ?? 0) * window[a]! : 0;
      im[n] = a + 1 < w ? (frame[offset + a + 1] ?? 0) * window[a + 1]! : 0;
    }
    this.half.transform(re, im);
    for (let k = 0; k <= h; k++) {
      const i = k % h;
      const j = (h - k) % h;
      // E = (Z[k] + conj(Z[h−k]))/2, O = (Z[k] − conj(Z[h−k]))/(2i)
      const er = (re[i]! + re[j]!) / 2;
      const ei = (im[i]! - im[j]!) / 2;
      const or = (im[i]! + im[j]!) / 2;
      const oi = -(re[i]! - re[j]!) / 2;
      const xr = er + cos[k]! * or - sin[k]! * oi;
      const xi = ei + cos[k]! * oi + sin[k]! * or;
      out[k] = xr * xr + xi * xi;
    }
  }
}

/** Periodic Hann window (as np.hanning(N + 1)[:-1], VGGish's `periodic_hann`). */
export function periodicHann(length: number): Float64Array {
  const w = new Float64Array(length);
  for (let i = 0; i < length; i++) w[i] = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / length);
  return w;
}
