/**
 * Integrated loudness, ITU-R BS.1770-4 / EBU R128, of 16 kHz mono samples.
 * K-weighting: the two biquads of BS.1770 (a +4 dB high shelf near 1.68 kHz, a high-pass near
 * 38 Hz), designed for this sample rate from their analogue prototypes by the bilinear transform
 * (the parameters pyloudnorm and libebur128 use; at 48 kHz they give BS.1770's coefficients).
 * Gating: 400 ms blocks every 100 ms, absolute gate −70 LUFS, relative gate −10 LU.
 * The samples are the mono mixdown, measured as dual mono (+3.01 dB, EBU Tech 3341's convention
 * for a mono signal on two loudspeakers), so correlated stereo music measures as it would in
 * stereo; above 8 kHz nothing is left to measure. test/media/audio-analysis.test.ts compares it
 * with ffmpeg's ebur128 filter on the original stereo file.
 */
export interface Loudness {
  value: number;
  confidence: number;
}

interface Biquad {
  b: [number, number, number];
  a: [number, number];
}

function highShelf(rate: number): Biquad {
  const G = 3.99984385397;
  const Q = 0.7071752369554193;
  const fc = 1681.9744509555319;
  const K = Math.tan((Math.PI * fc) / rate);
  const Vh = 10 ** (G / 20);
  const Vb = Vh ** 0.499666774155;
  const a0 = 1 + K / Q + K * K;
  return {
    b: [(Vh + (Vb * K) / Q + K * K) / a0, (2 * (K * K - Vh)) / a0, (Vh - (Vb * K) / Q + K * K) / a0],
    a: [(2 * (K * K - 1)) / a0, (1 - K / Q + K * K) / a0],
  };
}

function highPass(rate: number): Biquad {
  const Q = 0.5003270373253953;
  const fc = 38.13547087613982;
  const K = Math.tan((Math.PI * fc) / rate);
  const a0 = 1 + K / Q + K * K;
  return { b: [1, -2, 1], a: [(2 * (K * K - 1)) / a0, (1 - K / Q + K * K) / a0] };
}

function filter(x: Float32Array | Float64Array, { b, a }: Biquad): Float64Array {
  const y = new Float64Array(x.length);
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  for (let i = 0; i < x.length; i++) {
    const x0 = x[i]!;
    const y0 = b[0] * x0 + b[1] * x1 + b[2] * x2 - a[0] * y1 - a[1] * y2;
    y[i] = y0;
    x2 = x1;
    x1 = x0;
    y2 = y1;
    y1 = y0;
  }
  return y;
}

const DUAL_MONO_DB = 10 * Math.log10(2);
const toLufs = (meanSquare: number) => -0.691 + 10 * Math.log10(meanSquare) + DUAL_MONO_DB;

/** Null when no block passes the absolute gate (silence). */
export function integratedLoudness(samples: Float32Array, rate: number): Loudness | null {
  const k = filter(filter(samples, highShelf(rate)), highPass(rate));
  const block = Math.round(0.4 * rate);
  const step = Math.round(0.1 * rate);
  if (k.length < block) return null;
  // Prefix sums of squares make each 400 ms block O(1).
  const prefix = new Float64Array(k.length + 1);
  for (let i = 0; i < k.length; i++) prefix[i + 1] = prefix[i]! + k[i]! * k[i]!;
  const blocks: number[] = [];
  for (let s = 0; s + block <= k.length; s += step) blocks.push((prefix[s + block]! - prefix[s]!) / block);
  const absolute = blocks.filter((z) => toLufs(z) > -70);
  if (absolute.length === 0) return null;
  const relativeGate = toLufs(absolute.reduce((a, z) => a + z, 0) / absolute.length) - 10;
  const gated = absolute.filter((z) => toLufs(z) > relativeGate);
  const value = toLufs(gated.reduce((a, z) => a + z, 0) / gated.length);
  // Full confidence from 3 s of gated audio; the mono mixdown caps it at 0.9 (see header).
  const confidence = 0.9 * Math.min(1, gated.length / 30);
  return { value: Math.round(value * 10) / 10, confidence: Math.round(confidence * 100) / 100 };
}
