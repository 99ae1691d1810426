import { access } from 'node:fs/promises';
import { MediaError } from '../errors.js';
import { ffmpegAvailable } from '../ffmpeg.js';
import { decodeWithAudioDecode } from './decode-fallback.js';
import { decodeWithFfmpeg } from './decode-ffmpeg.js';
import type { DecodedAudio, DecodeOptions } from './decode-limits.js';

/**
 * A file's audio as 16 kHz mono float32: ffmpeg when it runs (FFMPEG_PATH, else `ffmpeg` on
 * PATH), otherwise the audio-decode package. MediaError for anything wrong with the file.
 */
export async function decodeAudio(path: string, opts?: DecodeOptions): Promise<DecodedAudio> {
  if (typeof path !== 'string' || path === '')
    throw new TypeError(`path must be a file path, got ${String(path)}`);
  // A missing file is the caller's mistake (the server chose the path), not a damaged upload.
  await access(path);
  if (await ffmpegAvailable()) {
    try {
      return await decodeWithFfmpeg(path, opts);
    } catch (error) {
      // ffmpeg present but ffprobe missing: the fallback still works.
      if (!(error instanceof MediaError && error.code === 'DECODER_MISSING')) throw error;
    }
  }
  return decodeWithAudioDecode(path, opts);
}
