import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { decoderMissing, ffmpegPath } from '../ffmpeg.js';

/**
 * Frames at 1 fps straight from ffmpeg as raw rgb24 on pipes, never as image files:
 *   fps=1 -> split -> scale to the extractor's input            -> pipe:1 (every frame)
 *                  -> every `ocr.everyS`-th frame, letterboxed  -> pipe:3 (at most ocr.maxFrames)
 * The extractor's frames are pulled through an async iterator, so ffmpeg blocks on a full pipe
 * while the CNN is busy: memory stays at a batch of frames whatever the video's length. The OCR
 * frames, at most maxFrames of them, are handed to `onOcrFrame` as they arrive.
 */
export interface FrameSize {
  width: number;
  height: number;
}

export interface FrameStreamOptions {
  size: FrameSize;
  /** Decode at most this many seconds (the caller has refused longer files already). */
  maxSeconds: number;
  ocr?: {
    everyS: number;
    maxFrames: number;
    size: FrameSize;
    onFrame: (rgb: Uint8Array, second: number) => void;
  };
  signal?: AbortSignal;
}

export interface FrameStream {
  /** Frames in order, one per second of video, each a fresh rgb24 buffer. */
  frames: AsyncIterable<Uint8Array>;
  /** Milliseconds the consumer spent waiting on ffmpeg for frame data (the decode share). */
  waitedMs: () => number;
  /** ffmpeg's exit code and stderr, once both pipes are drained. */
  finished: Promise<{ code: number | null; stderr: string }>;
  /** Kills ffmpeg if it is still running (the consumer stopped early or failed). */
  stop: () => void;
}

export function streamFrames(path: string, opts: FrameStreamOptions): FrameStream {
  const { width, height } = opts.size;
  const scaleCnn = `scale=${width}:${height}:flags=bilinear,format=rgb24`;
  const args = [
    '-nostdin',
    '-hide_banner',
    '-v',
    'error',
    '-i',
    path,
    '-an',
    '-sn',
    '-dn',
    '-t',
    String(opts.maxSeconds),
  ];
  if (opts.ocr) {
    const { everyS, maxFrames, size } = opts.ocr;
    const pick = `select='not(mod(n\\,${everyS}))*lt(n\\,${everyS * maxFrames})'`;
    const fit = `scale=${size.width}:${size.height}:force_original_aspect_ratio=decrease,pad=${size.width}:${size.height}:(ow-iw)/2:(oh-ih)/2,format=rgb24`;
    args.push(
      '-filter_complex',
      `[0:v:0]fps=1,split=2[c][o];[c]${scaleCnn}[cnn];[o]${pick},${fit}[ocr]`,
      '-map',
      '[cnn]',
      '-fps_mode',
      'passthrough',
      '-f',
      'rawvideo',
      'pipe:1',
      '-map',
      '[ocr]',
      '-fps_mode',
      'passthrough',
      '-f',
      'rawvideo',
      'pipe:3',
    );
  } else {
    args.push(
      '-map',
      '0:v:0',
      '-vf',
      `fps=1,${scaleCnn}`,
      '-fps_mode',
      'passthrough',
      '-f',
      'rawvideo',
      'pipe:1',
    );
  }
  const child = spawn(ffmpegPath(), args, {
    stdio: ['ignore', 'pipe', 'pipe', opts.ocr ? 'pipe' : 'ignore'],
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (c: string) => {
    if (stderr.length < 64_000) stderr += c;
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'ENOENT' ? decoderMissing(ffmpegPath()) : e),
    );
    child.once('close', (code) => resolve(code));
  });
  // Nobody may await `finished` if the consumer fails first; its rejection is theirs to see.
  exited.catch(() => {});

  if (opts.ocr) {
    const { onFrame, everyS, size } = opts.ocr;
    const chunker = new FrameChunker(size.width * size.height * 3);
    let index = 0;
    (child.stdio[3] as Readable).on('data', (chunk: Buffer) => {
      for (const frame of chunker.push(chunk)) onFrame(frame, everyS * index++);
    });
  }

  let waited = 0;
  async function* frames(): AsyncGenerator<Uint8Array> {
    const chunker = new FrameChunker(width * height * 3);
    const it = child.stdout![Symbol.asyncIterator]();
    try {
      for (;;) {
        const t0 = performance.now();
        const next = (await it.next()) as IteratorResult<Buffer>;
        waited += performance.now() - t0;
        if (next.done) break;
        yield* chunker.push(next.value);
      }
    } finally {
      await it.return?.();
    }
  }

  return {
    frames: frames(),
    waitedMs: () => waited,
    finished: exited.then((code) => ({ code, stderr })),
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

/** Cuts a byte stream into fixed-size frames, copying each out (pipe chunks are reused). */
class FrameChunker {
  private buf: Uint8Array;
  private filled = 0;

  constructor(private readonly size: number) {
    this.buf = new Uint8Array(size);
  }

  *push(chunk: Uint8Array): Generator<Uint8Array> {
    let off = 0;
    while (off < chunk.length) {
      const n = Math.min(this.size - this.filled, chunk.length - off);
      this.buf.set(chunk.subarray(off, off + n), this.filled);
      this.filled += n;
      off += n;
      if (this.filled === this.size) {
        const frame = this.buf;
        this.buf = new Uint8Array(this.size);
        this.filled = 0;
        yield frame;
      }
    }
  }
}
