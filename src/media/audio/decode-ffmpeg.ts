import { basename } from 'node:path';
import { MediaError } from '../errors.js';
import { classifyFailure, probeMedia, reportsDamage, spawnFfmpeg } from '../ffmpeg.js';
import {
  checkMaxSeconds,
  formatSeconds,
  SAMPLE_RATE,
  type DecodedAudio,
  type DecodeOptions,
} from './decode-limits.js';
import { LoudnessMeter } from './loudness.js';
import { oggEndsCleanly } from './ogg-end.js';
import { SampleBuffer } from './sample-buffer.js';

/** Decoded audio this much shorter than the container says (and over 2%) means a cut-off file. */
const TRUNCATION_TOLERANCE_S = 0.5;

/**
 * The file's first audio stream as 16 kHz mono float32, through ffmpeg
 * (`-f f32le -ac <1|2> -ar 16000 pipe:1`). Only the decoded samples are held; ffmpeg reads the file.
 * ffmpeg keeps the channels (more than two are mixed down to stereo) and the mono mixdown is
 * done here as VGGish does it, the mean of the channels: ffmpeg's own `-ac 1` sums stereo at
 * 1/√2 each, 3 dB hotter than the mean. The channels also pass through the loudness meter on the
 * way, so loudness is measured on the stereo signal, as BS.1770 defines it, not on the mixdown.
 * Probes first, so a file with no audio or over the length limit is refused before decoding, and
 * checks afterwards that the whole stream decoded cleanly (see reportsDamage).
 */
export async function decodeWithFfmpeg(path: string, opts?: DecodeOptions): Promise<DecodedAudio> {
  const maxSeconds = checkMaxSeconds(opts);
  const name = basename(path);
  const probe = await probeMedia(path);
  if (!probe.hasAudio) throw new MediaError('NO_AUDIO_STREAM', `${name} has no audio stream.`);
  if (probe.durationS > maxSeconds + TRUNCATION_TOLERANCE_S) throw tooLong(name, maxSeconds, probe.durationS);
  if (/\bogg\b/.test(probe.formatName) && !(await oggEndsCleanly(path)))
    throw new MediaError('CORRUPT', `${name} is truncated: its Ogg stream has no end.`);

  const channels = probe.audioChannels === 1 ? 1 : 2;
  const meter = new LoudnessMeter(SAMPLE_RATE, channels);
  const { child, stderr, exited } = spawnFfmpeg(
    // prettier-ignore
    ['-v', 'warning', '-i', path, '-map', '0:a:0', '-vn', '-sn', '-dn',
      '-f', 'f32le', '-ac', String(channels), '-ar', String(SAMPLE_RATE), 'pipe:1'],
    opts?.signal,
  );
  const maxSamples = Math.ceil((maxSeconds + TRUNCATION_TOLERANCE_S) * SAMPLE_RATE);
  const buffer = new SampleBuffer(
    Math.ceil(Math.min(probe.durationS || 60, maxSeconds) * SAMPLE_RATE) + SAMPLE_RATE,
  );
  let tooLongSeen = false;
  // Chunks from the pipe need not end on a frame boundary: carry the odd bytes over.
  const frameBytes = 4 * channels;
  let carry = Buffer.alloc(0);
  child.stdout.on('data', (chunk: Buffer) => {
    const bytes = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const whole = bytes.length - (bytes.length % frameBytes);
    carry = Buffer.from(bytes.subarray(whole));
    if (whole === 0 || tooLongSeen) return;
    // Copy to an aligned buffer: a Float32Array view needs a byte offset divisible by 4.
    const floats = new Float32Array(whole / 4);
    new Uint8Array(floats.buffer).set(bytes.subarray(0, whole));
    meter.pushInterleaved(floats);
    buffer.push(channels === 1 ? floats : mixdown(floats));
    if (buffer.length > maxSamples) {
      tooLongSeen = true;
      child.kill('SIGKILL');
    }
  });
  let code: number | null;
  try {
    code = await exited;
  } catch (error) {
    if (opts?.signal?.aborted) throw opts.signal.reason ?? error;
    throw error;
  }
  if (opts?.signal?.aborted) throw opts.signal.reason ?? new Error('aborted');
  if (tooLongSeen) throw tooLong(name, maxSeconds);
  const diagnostics = stderr();
  if (code !== 0) throw classifyFailure(diagnostics, name);
  if (reportsDamage(diagnostics)) throw classifyFailure(diagnostics, name);
  const durationS = buffer.length / SAMPLE_RATE;
  if (durationS === 0)
    throw new MediaError('CORRUPT', `${name} has an audio stream, but none of it could be decoded.`);
  // The audio stream's own duration: a video's audio may end before its pictures do.
  const expected = probe.audioDurationS ?? probe.durationS;
  if (expected - durationS > Math.max(TRUNCATION_TOLERANCE_S, 0.02 * expected))
    throw new MediaError(
      'CORRUPT',
      `${name} is truncated or damaged: only ${formatSeconds(durationS)} of its ${formatSeconds(expected)} decoded.`,
    );
  return { samples: buffer.take(), sampleRate: SAMPLE_RATE, durationS, loudness: meter.result() };
}

/** The mean of interleaved stereo frames. */
function mixdown(stereo: Float32Array): Float32Array {
  const mono = new Float32Array(stereo.length / 2);
  for (let i = 0; i < mono.length; i++) mono[i] = 0.5 * (stereo[2 * i]! + stereo[2 * i + 1]!);
  return mono;
}

/** `durationS` when known (probed); a stream cut off at the limit only knows it is longer. */
export function tooLong(name: string, maxSeconds: number, durationS?: number): MediaError {
  const length = durationS === undefined ? 'longer than' : `${formatSeconds(durationS)} long, over`;
  return new MediaError(
    'TOO_LONG',
    `${name} is ${length} the limit of ${formatSeconds(maxSeconds)}; send a shorter file.`,
  );
}
