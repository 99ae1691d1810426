/** @jest-environment ./test/ml/support/ort-environment.cjs */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MediaError } from '../../src/media/errors.js';
import { frontEndKey } from '../../src/media/front-end.js';
import { extractVideo } from '../../src/media/video/index.js';
import { ffmpegAudioOnly, ffmpegVideo, truncatedCopy } from './video-fixtures.js';

let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vmr-video-'));
  await Promise.all([
    ffmpegVideo(file('testsrc.mp4'), { seconds: 6 }),
    ffmpegVideo(file('smptebars.mp4'), { seconds: 6, source: 'smptebars', audio: 'none' }),
    ffmpegVideo(file('silent.mp4'), { seconds: 4, audio: 'silence' }),
    ffmpegVideo(file('mute.mp4'), { seconds: 4, audio: 'none' }),
    ffmpegAudioOnly(file('tone.m4a'), 4),
  ]);
  await truncatedCopy(file('testsrc.mp4'), file('cut-off.mp4'), 0.4);
  await writeFile(file('noise.mp4'), Buffer.from(Array.from({ length: 50_000 }, (_, i) => (i * 7919) % 251)));
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const mean = (q: Uint8Array) => q.reduce((s, v) => s + v, 0) / q.length;

describe('extractVideo on ffmpeg-made videos', () => {
  it('gives one 1024-d uint8 frame a second from the default front end, and the audio track as music features', async () => {
    const x = await extractVideo(file('testsrc.mp4'), { ocr: false });
    expect(x.durationS).toBeCloseTo(6, 0);
    expect(x.visual.frames).toBe(6);
    expect(x.visual.dim).toBe(1024);
    expect(x.visual.dtype).toBe('uint8');
    expect(x.visual.data).toHaveLength(6 * 1024);
    expect(frontEndKey(x.visual.frontEnd)).toBe('mobilenetv2-nsfwjs+photos@1');
    expect(x.visual.frontEnd.modality).toBe('visual');
    // Whitened PCA outputs spread over the 8-bit codes; a constant or all-clipped output would not.
    const codes = new Set(x.visual.data);
    expect(codes.size).toBeGreaterThan(100);
    expect(mean(x.visual.data as Uint8Array)).toBeGreaterThan(100);
    expect(mean(x.visual.data as Uint8Array)).toBeLessThan(155);
    expect(x.audio).not.toBeNull();
    expect(x.audio!.dim).toBe(128);
    expect(x.audio!.frames).toBeGreaterThanOrEqual(5);
    expect(x.audio!.frontEnd.modality).toBe('audio');
    expect(x.onScreenText).toBeNull();
    expect(x.framesPerSecond.ocr).toBeNull();
    expect(x.framesPerSecond.extractor).toBeGreaterThan(1);
    for (const k of ['decodeMs', 'framesMs', 'audioMs', 'totalMs'] as const)
      expect(x.timings[k]).toBeGreaterThan(0);
    expect(x.timings.ocrMs).toBe(0);
  });

  it('gives the same bytes for the same file, and different features for a different picture', async () => {
    const [a, b, c] = [
      await extractVideo(file('testsrc.mp4'), { ocr: false }),
      await extractVideo(file('testsrc.mp4'), { ocr: false }),
      await extractVideo(file('smptebars.mp4'), { ocr: false }),
    ];
    expect(Buffer.from(b.visual.data.buffer).equals(Buffer.from(a.visual.data.buffer))).toBe(true);
    expect(Buffer.from(b.audio!.data).equals(Buffer.from(a.audio!.data))).toBe(true);
    let differing = 0;
    for (let i = 0; i < 1024; i += 1) if (a.visual.data[i] !== c.visual.data[i]) differing += 1;
    expect(differing).toBeGreaterThan(500);
    // Consecutive testsrc seconds are the same pattern moved a little: closer to each other than to colour bars.
    const dist = (p: ArrayLike<number>, i: number, q: ArrayLike<number>, j: number) => {
      let s = 0;
      for (let d = 0; d < 1024; d += 1) s += (p[i * 1024 + d]! - q[j * 1024 + d]!) ** 2;
      return s;
    };
    expect(dist(a.visual.data, 0, a.visual.data, 1)).toBeLessThan(dist(a.visual.data, 0, c.visual.data, 0));
  });

  it('gives null audio for a silent or missing audio track, and still the frames', async () => {
    const silent = await extractVideo(file('silent.mp4'), { ocr: false });
    expect(silent.visual.frames).toBe(4);
    expect(silent.audio).toBeNull();
    const mute = await extractVideo(file('mute.mp4'), { ocr: false });
    expect(mute.visual.frames).toBe(4);
    expect(mute.audio).toBeNull();
    expect(mute.timings.audioMs).toBe(0);
  });
});

describe('extractVideo: bad input', () => {
  const refused = async (name: string, opts: Parameters<typeof extractVideo>[1] = {}) => {
    const error = await extractVideo(file(name), { ocr: false, ...opts }).then(
      () => new Error(`${name} was accepted`),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MediaError);
    return error as MediaError;
  };

  it('refuses an audio-only file with NO_VIDEO_STREAM, naming the file only', async () => {
    const e = await refused('tone.m4a');
    expect(e.code).toBe('NO_VIDEO_STREAM');
    expect(e.message).toBe(
      "tone.m4a has no video stream; upload a video file, or attach it as a track's audio.",
    );
    expect(e.message).not.toContain(dir);
  });

  it('refuses a cut-off MP4 and a file of noise with CORRUPT', async () => {
    const cut = await refused('cut-off.mp4');
    expect(cut.code).toBe('CORRUPT');
    expect(cut.message).toMatch(/^cut-off\.mp4 /);
    expect(cut.message).not.toContain(dir);
    expect((await refused('noise.mp4')).code).toBe('CORRUPT');
  });

  it('refuses a video over the length limit with TOO_LONG before decoding it', async () => {
    const e = await refused('testsrc.mp4', { maxSeconds: 5 });
    expect(e.code).toBe('TOO_LONG');
    expect(e.message).toBe('testsrc.mp4 lasts 6 s; videos are limited to 5 s.');
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    const run = extractVideo(file('testsrc.mp4'), { ocr: false, signal: controller.signal });
    controller.abort(new Error('client went away'));
    await expect(run).rejects.toThrow();
  });
});
