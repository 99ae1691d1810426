import { periodicHann, RealFft } from './fft.js';

// Bound once for the per-sample loops (a global `Math` lookup per call is slow in VM contexts such as Jest's).
const { sqrt, log } = Math;

/**
 * VGGish's log-mel front end (tensorflow/models research/audioset/vggish: vggish_params.py,
 * mel_features.py), to the letter: 16 kHz mono, 25 ms frames (400 samples) every 10 ms (160),
 * periodic Hann, 512-point FFT magnitude, 64 HTK-mel bands from 125 to 7,500 Hz, log(mel + 0.01).
 */
export const LOG_MEL = {
  sampleRate: 16_000,
  windowLength: 400,
  hopLength: 160,
  fftLength: 512,
  melBands: 64,
  lowerHz: 125,
  upperHz: 7500,
  logOffset: 0.01,
  /** VGGish's example window: 0.96 s = 96 frames of 10 ms. */
  patchFrames: 96,
  /** Frames per second at the 10 ms hop. */
  framesPerSecond: 100,
} as const;

/** HTK mel scale: 1127·ln(1 + f/700) (mel_features.hertz_to_mel). */
export function hertzToMel(hz: number): number {
  return 1127 * Math.log(1 + hz / 700);
}

/**
 * mel_features.spectrogram_to_mel_matrix: triangular weights computed in mel space over the
 * FFT bins' centre frequencies, the DC bin zeroed. Returned as [bin][band], bins = fft/2 + 1.
 */
export function melMatrix(
  bands = LOG_MEL.melBands,
  bins = LOG_MEL.fftLength / 2 + 1,
  sampleRate = LOG_MEL.sampleRate,
  lowerHz = LOG_MEL.lowerHz,
  upperHz = LOG_MEL.upperHz,
): Float64Array[] {
  const nyquist = sampleRate / 2;
  const binMel = Array.from({ length: bins }, (_, i) => hertzToMel((nyquist * i) / (bins - 1)));
  const lo = hertzToMel(lowerHz);
  const hi = hertzToMel(upperHz);
  const edges = Array.from({ length: bands + 2 }, (_, i) => lo + ((hi - lo) * i) / (bands + 1));
  const m = Array.from({ length: bins }, () => new Float64Array(bands));
  for (let b = 0; b < bands; b++) {
    const [l, c, u] = [edges[b]!, edges[b + 1]!, edges[b + 2]!];
    for (let i = 1; i < bins; i++) {
      const mel = binMel[i]!;
      const w = Math.max(0, Math.min((mel - l) / (c - l), (u - mel) / (u - c)));
      m[i]![b] = w;
    }
  }
  return m;
}

/** Number of 10 ms frames VGGish's framing gives for n samples (1 + ⌊(n − 400)/160⌋). */
export function frameCount(samples: number): number {
  return samples < LOG_MEL.windowLength
    ? 0
    : 1 + Math.floor((samples - LOG_MEL.windowLength) / LOG_MEL.hopLength);
}

/** Sparse form of the mel matrix: for each band, its first bin and weights. */
interface BandWeights {
  first: number;
  weights: Float64Array;
}

let bandsCache: BandWeights[] | null = null;
function bandWeights(): BandWeights[] {
  if (bandsCache) return bandsCache;
  const m = melMatrix();
  bandsCache = Array.from({ length: LOG_MEL.melBands }, (_, b) => {
    const nonzero = m.map((row, i) => (row[b]! > 0 ? i : -1)).filter((i) => i >= 0);
    const first = nonzero[0]!;
    const last = nonzero[nonzero.length - 1]!;
    return { first, weights: Float64Array.from(m.slice(first, last + 1).map((row) => row[b]!)) };
  });
  return bandsCache;
}

/** log(mel + 0.01) frames × 64, row-major. */
export function logMelSpectrogram(samples: Float32Array): Float32Array {
  const frames = frameCount(samples.length);
  const { windowLength, hopLength, fftLength, melBands, logOffset } = LOG_MEL;
  const out = new Float32Array(frames * melBands);
  const fft = new RealFft(fftLength);
  const window = periodicHann(windowLength);
  const mag = new Float64Array(fftLength / 2 + 1);
  const bands = bandWeights();
  for (let f = 0; f < frames; f++) {
    fft.powerSpectrum(samples, f * hopLength, window, mag);
    for (let k = 0; k <= fftLength / 2; k++) mag[k] = sqrt(mag[k]!);
    const row = f * melBands;
    for (let b = 0; b < melBands; b++) {
      const { first, weights } = bands[b]!;
      let acc = 0;
      for (let j = 0; j < weights.length; j++) acc += mag[first + j]! * weights[j]!;
      out[row + b] = log(acc + logOffset);
    }
  }
  return out;
}
