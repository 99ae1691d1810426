import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { decodeChunked } from 'audio-decode';
import { fileTypeFromBuffer } from 'file-type';
import { MediaError } from '../errors.js';
import { checkMaxSeconds, SAMPLE_RATE, type DecodedAudio, type DecodeOptions } from './decode-limits.js';
import { tooLong } from './decode-ffmpeg.js';
import { LoudnessMeter } from './loudness.js';
import { Resampler } from './resample.js';
import { SampleBuffer } from './sample-buffer.js';

type Format = Parameters<typeof decodeChunked>[1];

/** file-type's extension → audio-decode's decoder name. */
const FORMATS: Record<string, Format> = {
  wav: 'wav',
  mp3: 'mp3',
  flac: 'flac',
  opus: 'opus',
  ogg: 'oga',
  oga: 'oga',
  m4a: 'm4a',
  mp4: 'm4a',
  aac: 'aac',
  aif: 'aiff',
  caf: 'caf',
  webm: 'webm',
  amr: 'amr',
  asf: 'wma',
  wma: 'wma',
};

/**
 * The decoder for a server without ffmpeg: the `audio-decode` package (MIT, WebAssembly codecs),
 * fed the file in chunks from a read stream, mixed to mono and resampled to 16 kHz as the chunks
 * come, so memory holds only the 16 kHz output. Slower than ffmpeg, and it cannot tell a cut-off
 * file from a short one as reliably (it sees no container duration).
 */
export async function decodeWithAudioDecode(path: string, opts?: DecodeOptions): Promise<DecodedAudio> {
  const maxSeconds = checkMaxSeconds(opts);
  const name = basename(path);
  const format = await sniffFormat(path, name);
  const maxSamples = Math.ceil((maxSeconds + 0.5) * SAMPLE_RATE);
  const buffer = new SampleBuffer();
  let resampler: Resampler | null = null;
  let meter: LoudnessMeter | null = null;
  const stream = createReadStream(path, {
    highWaterMark: 256 * 1024,
    ...(opts?.signal ? { signal: opts.signal } : {}),
  });
  try {
    for await (const { channelData, sampleRate } of decodeChunked(stream, format)) {
      if (!channelData.length || !channelData[0]!.length) continue;
      resampler ??= new Resampler(sampleRate, SAMPLE_RATE);
      // Metered at the file's own rate and channels (see loudness.ts); more than two: the first two.
      meter ??= new LoudnessMeter(sampleRate, Math.min(2, channelData.length));
      meter.pushPlanar(channelData.slice(0, 2));
      buffer.push(resampler.push(downmix(channelData)));
      if (buffer.length > maxSamples) throw tooLong(name, maxSeconds);
    }
  } catch (error) {
    stream.destroy();
    if (error instanceof MediaError) throw error;
    if (opts?.signal?.aborted) throw opts.signal.reason ?? error;
    throw new MediaError('CORRUPT', `${name} is corrupt or truncated and could not be decoded.`, {
      cause: error,
    });
  }
  if (!resampler) throw new MediaError('CORRUPT', `${name} has no audio that could be decoded.`);
  buffer.push(resampler.flush());
  return {
    samples: buffer.take(),
    sampleRate: SAMPLE_RATE,
    durationS: buffer.length / SAMPLE_RATE,
    loudness: meter?.result() ?? null,
  };
}

async function sniffFormat(path: string, name: string): Promise<Format> {
  const file = await open(path, 'r');
  let head: Buffer;
  try {
    head = Buffer.alloc(8192);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    head = head.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
  const type = await fileTypeFromBuffer(head);
  if (!type) throw new MediaError('CORRUPT', `${name} is not a recognisable audio file.`);
  const format = FORMATS[type.ext];
  if (!format)
    throw new MediaError(
      'UNSUPPORTED_CODEC',
      `${name} is ${type.mime}, which this server cannot decode without ffmpeg.`,
    );
  return format;
}

/** The mean of the channels (VGGish's mixdown). */
function downmix(channels: Float32Array[]): Float32Array {
  if (channels.length === 1) return channels[0]!;
  const n = channels[0]!.length;
  const out = new Float32Array(n);
  for (const ch of channels) for (let i = 0; i < n; i++) out[i]! += ch[i]!;
  const k = 1 / channels.length;
  for (let i = 0; i < n; i++) out[i]! *= k;
  return out;
}
