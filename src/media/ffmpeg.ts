import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { MediaError } from './errors.js';

/**
 * ffmpeg and ffprobe, spawned directly (fluent-ffmpeg is archived). FFMPEG_PATH / FFPROBE_PATH
 * name the binaries; otherwise they are looked up on PATH (Debian's ffmpeg, scripts/setup-media.sh).
 * Decoding and probing read the file themselves: nothing here holds encoded bytes in memory.
 */
export function ffmpegPath(): string {
  return process.env.FFMPEG_PATH || 'ffmpeg';
}

export function ffprobePath(): string {
  return process.env.FFPROBE_PATH || 'ffprobe';
}

const availability = new Map<string, Promise<boolean>>();

/** Whether the configured ffmpeg runs (`-version`); remembered per path. */
export function ffmpegAvailable(): Promise<boolean> {
  const bin = ffmpegPath();
  let known = availability.get(bin);
  if (!known) {
    known = new Promise<boolean>((resolve) => {
      const child = spawn(bin, ['-version'], { stdio: 'ignore' });
      child.once('error', () => resolve(false));
      child.once('close', (code) => resolve(code === 0));
    });
    availability.set(bin, known);
  }
  return known;
}

export interface MediaProbe {
  durationS: number;
  /** The first audio stream's own duration, where the container states it. */
  audioDurationS?: number;
  audioChannels?: number;
  hasAudio: boolean;
  hasVideo: boolean;
  formatName: string;
  audioCodec?: string;
  videoCodec?: string;
  width?: number;
  height?: number;
}

interface ProbeJson {
  format?: { format_name?: string; duration?: string };
  streams?: Array<{
    codec_type?: string;
    codec_name?: string;
    duration?: string;
    channels?: number;
    width?: number;
    height?: number;
    disposition?: { attached_pic?: number };
  }>;
}

/** ffprobe's view of a file: container, first audio and video streams, duration. */
export async function probeMedia(path: string): Promise<MediaProbe> {
  const name = basename(path);
  const { stdout, stderr, code } = await runToEnd(ffprobePath(), [
    '-v',
    'error',
    '-print_format',
    'json',
    '-show_format',
    '-show_streams',
    path,
  ]);
  if (code !== 0) throw classifyFailure(stderr, name);
  let json: ProbeJson;
  try {
    json = JSON.parse(stdout) as ProbeJson;
  } catch {
    throw new MediaError('CORRUPT', `${name} could not be read as a media file.`);
  }
  const streams = json.streams ?? [];
  const audio = streams.find((s) => s.codec_type === 'audio');
  // Cover art in an MP3 or M4A is a one-frame "video" stream; it is not a video.
  const video = streams.find((s) => s.codec_type === 'video' && !s.disposition?.attached_pic);
  for (const s of [audio, video]) {
    if (s && (!s.codec_name || s.codec_name === 'none' || s.codec_name === 'unknown'))
      throw new MediaError(
        'UNSUPPORTED_CODEC',
        `${name} has ${s.codec_type === 'audio' ? 'an audio' : 'a video'} stream in a codec this server cannot decode.`,
      );
  }
  const durationS = Number(json.format?.duration ?? audio?.duration ?? video?.duration ?? NaN);
  if (!json.format?.format_name || (!audio && !video))
    throw new MediaError('CORRUPT', `${name} holds no audio or video stream that could be read.`);
  const audioDurationS = Number(audio?.duration ?? NaN);
  return {
    durationS: Number.isFinite(durationS) ? durationS : 0,
    ...(Number.isFinite(audioDurationS) ? { audioDurationS } : {}),
    ...(audio?.channels ? { audioChannels: audio.channels } : {}),
    hasAudio: Boolean(audio),
    hasVideo: Boolean(video),
    formatName: json.format.format_name,
    ...(audio?.codec_name ? { audioCodec: audio.codec_name } : {}),
    ...(video?.codec_name ? { videoCodec: video.codec_name } : {}),
    ...(video?.width ? { width: video.width } : {}),
    ...(video?.height ? { height: video.height } : {}),
  };
}

/**
 * Lines of ffmpeg's stderr (at `-v warning`) that mean the input is damaged, as opposed to the
 * benign notes it also prints ("Estimating duration from bitrate", "Guessed Channel Layout").
 * A truncated MP3 says "filesize and duration do not match", a truncated WAV "Packet corrupt",
 * a damaged FLAC "invalid residual", a damaged Ogg "CRC mismatch".
 */
const DAMAGE =
  /corrupt|invalid|error|fail|truncat|mismatch|not found|growing file|overread|incomplete|missing/i;
const UNSUPPORTED =
  /decoder \(codec [^)]*\) not found|unknown codec|no decoder|codec not currently supported|unsupported codec/i;

/** Whether ffmpeg's diagnostics report damage in the input. */
export function reportsDamage(stderr: string): boolean {
  return stderr.split('\n').some((line) => DAMAGE.test(line));
}

/** A failed ffmpeg/ffprobe run as the MediaError a user can act on. */
export function classifyFailure(stderr: string, name: string): MediaError {
  if (UNSUPPORTED.test(stderr))
    return new MediaError('UNSUPPORTED_CODEC', `${name} uses a codec this server cannot decode.`);
  return new MediaError('CORRUPT', `${name} is corrupt or truncated and could not be decoded.`);
}

/** The error for a binary that is not installed. */
export function decoderMissing(bin: string): MediaError {
  return new MediaError(
    'DECODER_MISSING',
    `${basename(bin)} is not installed on this server; set FFMPEG_PATH/FFPROBE_PATH or install ffmpeg.`,
  );
}

export type FfmpegProcess = ChildProcessByStdio<null, Readable, Readable>;

/**
 * Spawns ffmpeg with `args` (no stdin; stdout piped for raw output) and collects its stderr
 * (bounded) for classifyFailure/reportsDamage. `signal` kills it.
 */
export function spawnFfmpeg(
  args: readonly string[],
  signal?: AbortSignal,
): { child: FfmpegProcess; stderr: () => string; exited: Promise<number | null> } {
  const child = spawn(ffmpegPath(), ['-nostdin', '-hide_banner', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(signal ? { signal } : {}),
  });
  let err = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    if (err.length < 64_000) err += chunk;
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'ENOENT' ? decoderMissing(ffmpegPath()) : e),
    );
    child.once('close', (code) => resolve(code));
  });
  return { child, stderr: () => err, exited };
}

function runToEnd(
  bin: string,
  args: string[],
): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      if (stderr.length < 64_000) stderr += c;
    });
    child.once('error', (e: NodeJS.ErrnoException) => reject(e.code === 'ENOENT' ? decoderMissing(bin) : e));
    child.once('close', (code) => resolve({ stdout, stderr, code }));
  });
}
