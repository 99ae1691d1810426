/**
 * Integrated loudness, ITU-R BS.1770-4 / EBU R128, measured as the audio streams past.
 * K-weighting: BS.1770's two biquads (a +4 dB high shelf near 1.68 kHz, a high-pass near 38 Hz),
 * designed for the stream's sample rate from their analogue prototypes by the bilinear transform
 * (libebur128's parameters; at 48 kHz they give BS.1770's published coefficients).
 * Each channel is K-weighted on its own and the channels' mean squares are summed (channel
 * weight 1: BS.1770 gives surround channels 1.41, but everything here is mono or stereo;
 * decoders mix more channels down to stereo first). Gating: 400 ms blocks every 100 ms,
 * absolute gate −70 LUFS, relative gate −10 LU below the absolutely gated mean.
 * The decoders meter the file's own channels before the mono mixdown (ffmpeg: at 16 kHz, so
 * nothing above 8 kHz counts; audio-decode: at the file's rate).
 */
export interface Loudness {
  value: number;
  confidence: number;
}

interface Biquad {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
}

function highShelf(rate: number): Biquad {
  const G = 3.999843853973347;
  const Q = 0.7071752369554196;
  const fc = 1681.974450955533;
  const K = Math.tan((Math.PI * fc) / rate);
  const Vh = 10 ** (G / 20);
  const Vb = Vh ** 0.4996667741545416;
  const a0 = 1 + K / Q + K * K;
  return {
    b0: (Vh + (Vb * K) / Q + K * K) / a0,
    b1: (2 * (K * K - Vh)) / a0,
    b2: (Vh - (Vb * K) / Q + K * K) / a0,
    a1: (2 * (K * K - 1)) / a0,
    a2: (1 - K / Q + K * K) / a0,
  };
}

function highPass(rate: number): Biquad {
  const Q = 0.5003270373238773;
  const fc = 38.13547087602444;
  const K = Math.tan((Math.PI * fc) / rate);
  const a0 = 1 + K / Q + K * K;
  return { b0: 1, b1: -2, b2: 1, a1: (2 * (K * K - 1)) / a0, a2: (1 - K / Q + K * K) / a0 };
}

const toLufs = (meanSquare: number) => -0.691 + 10 * Math.log10(meanSquare);

/** Seconds of gated audio for full confidence. */
const FULL_CONFIDENCE_S = 3;

export class LoudnessMeter {
  private readonly shelf: Biquad;
  private readonly pass: Biquad;
  /** Per channel: x1, x2, y1, y2 of each stage. */
  private readonly state: Float64Array[];
  private readonly step: number;
  private filled = 0;
  private energy = 0;
  /** Summed-channel energy of each complete 100 ms step. */
  private readonly steps: number[] = [];

  constructor(
    readonly rate: number,
    readonly channels: number,
    /** The largest confidence this measurement can have (a mono mixdown measures less well). */
    private readonly maxConfidence = 0.95,
  ) {
    if (!(rate > 0) || !Number.isInteger(channels) || channels < 1)
      throw new RangeError(`LoudnessMeter needs a positive rate and channel count, got ${rate}, ${channels}`);
    this.shelf = highShelf(rate);
    this.pass = highPass(rate);
    this.state = Array.from({ length: channels }, () => new Float64Array(8));
    this.step = Math.round(rate / 10);
  }

  /** Interleaved frames (c0 c1 c0 c1 ...). */
  pushInterleaved(samples: Float32Array): void {
    const n = this.channels;
    for (let i = 0; i + n <= samples.length; i += n) {
      let e = 0;
      for (let c = 0; c < n; c++) e += this.weigh(c, samples[i + c]!);
      this.add(e);
    }
  }

  /** One Float32Array per channel, equal lengths. */
  pushPlanar(channelData: readonly Float32Array[]): void {
    const len = channelData[0]?.length ?? 0;
    for (let i = 0; i < len; i++) {
      let e = 0;
      for (let c = 0; c < this.channels; c++) e += this.weigh(c, channelData[c]![i]!);
      this.add(e);
    }
  }

  private add(e: number): void {
    this.energy += e;
    if (++this.filled === this.step) {
      this.steps.push(this.energy);
      this.energy = 0;
      this.filled = 0;
    }
  }

  /** The K-weighted sample, squared (Direct Form I, two stages). */
  private weigh(channel: number, x: number): number {
    const s = this.state[channel]!;
    const f = this.shelf;
    const y = f.b0 * x + f.b1 * s[0]! + f.b2 * s[1]! - f.a1 * s[2]! - f.a2 * s[3]!;
    s[1] = s[0]!;
    s[0] = x;
    s[3] = s[2]!;
    s[2] = y;
    const p = this.pass;
    const z = p.b0 * y + p.b1 * s[4]! + p.b2 * s[5]! - p.a1 * s[6]! - p.a2 * s[7]!;
    s[5] = s[4]!;
    s[4] = y;
    s[7] = s[6]!;
    s[6] = z;
    return z * z;
  }

  /** Integrated loudness; null when no 400 ms block passes the absolute gate (silence, < 0.4 s). */
  result(): Loudness | null {
    const blockSamples = 4 * this.step;
    const blocks: number[] = [];
    for (let i = 0; i + 4 <= this.steps.length; i++)
      blocks.push(
        (this.steps[i]! + this.steps[i + 1]! + this.steps[i + 2]! + this.steps[i + 3]!) / blockSamples,
      );
    const absolute = blocks.filter((z) => z > 0 && toLufs(z) > -70);
    if (absolute.length === 0) return null;
    const relativeGate = toLufs(absolute.reduce((a, z) => a + z, 0) / absolute.length) - 10;
    const gated = absolute.filter((z) => toLufs(z) > relativeGate);
    const value = toLufs(gated.reduce((a, z) => a + z, 0) / gated.length);
    const confidence = this.maxConfidence * Math.min(1, gated.length / (FULL_CONFIDENCE_S * 10));
    return { value: Math.round(value * 10) / 10, confidence: Math.round(confidence * 100) / 100 };
  }
}

/**
 * The loudness of mono samples alone (analyseAudio without the decoder's measurement). For a
 * stereo original this is the mixdown's loudness: equal to the stereo measurement − 3 dB for
 * identical channels, less for wide stereo, so its confidence is capped at 0.5.
 */
export function integratedLoudness(samples: Float32Array, rate: number): Loudness | null {
  const meter = new LoudnessMeter(rate, 1, 0.5);
  meter.pushPlanar([samples]);
  return meter.result();
}
