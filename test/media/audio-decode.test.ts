import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeAudio, extractAudio } from '../../src/media/audio/index.js';
import { MediaError } from '../../src/media/errors.js';
import { probeMedia } from '../../src/media/ffmpeg.js';

// Decoding real files: a few of the Wesnoth recordings (INGEST's test ingests all of them), and
// the same music re-encoded by ffmpeg into each format the issue names, through ffmpeg and through
// the audio-decode fallback (FFMPEG_PATH pointing at nothing). Damaged copies are refused with
// a MediaError that names the file and never the server's path.

const MUSIC = '/usr/share/games/wesnoth/1.16/data/core/music';
const SOURCE = join(MUSIC, 'battle-epic.ogg');
const FORMATS = ['wav', 'mp3', 'opus', 'flac', 'm4a'] as const;
const CLIP_S = 8;
let dir: string;

const ffmpeg = (...args: string[]) => execFileSync('ffmpeg', ['-nostdin', '-v', 'error', '-y', ...args]);
const ffprobeDuration = (path: string) =>
  Number(
    execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', path])
      .toString()
      .trim(),
  );

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vmr-audio-decode-'));
  for (const ext of FORMATS) ffmpeg('-i', SOURCE, '-t', String(CLIP_S), join(dir, `clip.${ext}`));
  ffmpeg(
    '-f',
    'lavfi',
    '-i',
    'testsrc=size=64x48:rate=5:duration=2',
    '-c:v',
    'mpeg4',
    join(dir, 'pictures.mp4'),
  );
  const original = readFileSync(SOURCE);
  writeFileSync(join(dir, 'cut.ogg'), original.subarray(0, Math.floor(original.length / 2)));
  const mp3 = readFileSync(join(dir, 'clip.mp3'));
  writeFileSync(join(dir, 'cut.mp3'), mp3.subarray(0, Math.floor(mp3.length / 2)));
  const damaged = Buffer.from(original);
  for (let i = 200_000; i < 260_000; i++) damaged[i] = (i * 7919) & 0xff;
  writeFileSync(join(dir, 'damaged.ogg'), damaged);
  writeFileSync(join(dir, 'notes.mp3'), 'these are not audio bytes\n'.repeat(100));
  // A WAV whose format tag (0x1234) names no codec.
  const wav = Buffer.from(readFileSync(join(dir, 'clip.wav')));
  const fmt = wav.indexOf('fmt ') + 8;
  wav.writeUInt16LE(0x1234, fmt);
  writeFileSync(join(dir, 'unknown-codec.wav'), wav);
}, 30_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function refusal(promise: Promise<unknown>): Promise<MediaError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MediaError);
  expect((error as MediaError).message).not.toContain(dir);
  return error as MediaError;
}

describe('decodeAudio through ffmpeg', () => {
  it.each(['victory.ogg', 'defeat.ogg', 'elf-land.ogg'])(
    'decodes %s to 16 kHz mono within 0.1 s of ffprobe',
    async (name) => {
      const path = join(MUSIC, name);
      const { samples, sampleRate, durationS } = await decodeAudio(path);
      expect(sampleRate).toBe(16000);
      expect(samples.length).toBe(Math.round(durationS * 16000));
      expect(Math.abs(durationS - ffprobeDuration(path))).toBeLessThan(0.1);
      const peak = samples.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
      expect(peak).toBeGreaterThan(0.1);
      // A lossy codec's output may overshoot full scale a little between samples.
      expect(peak).toBeLessThan(2);
    },
  );

  it.each(FORMATS)('decodes the %s copy within 0.1 s of ffprobe', async (ext) => {
    const path = join(dir, `clip.${ext}`);
    const { durationS } = await decodeAudio(path);
    expect(Math.abs(durationS - ffprobeDuration(path))).toBeLessThan(0.1);
    expect(Math.abs(durationS - CLIP_S)).toBeLessThan(0.1);
  });

  it('gives features and estimates for a whole real recording, 1 frame a second', async () => {
    const path = join(MUSIC, 'elf-land.ogg');
    const { features, analysis, durationS, timings } = await extractAudio(path);
    expect(features.frames).toBe(Math.floor(durationS - 0.96 + 1e-9) + 1);
    expect(features.data.length).toBe(features.frames * 128);
    expect(features.frontEnd).toEqual({ modality: 'audio', name: 'vmr-logmel', version: 1 });
    expect(analysis.durationS).toBeCloseTo(durationS, 6);
    expect(analysis.loudnessLufs!.value).toBeLessThan(-5);
    expect(analysis.loudnessLufs!.value).toBeGreaterThan(-40);
    expect(Object.values(timings).every((ms) => ms >= 0)).toBe(true);
  });
});

describe('decodeAudio without ffmpeg (audio-decode)', () => {
  const saved = process.env.FFMPEG_PATH;
  beforeAll(() => {
    process.env.FFMPEG_PATH = join(dir, 'no-such-ffmpeg');
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.FFMPEG_PATH;
    else process.env.FFMPEG_PATH = saved;
  });

  it('decodes every format to the music ffmpeg gives, and meters the same loudness', () => {
    const files = [...FORMATS.map((ext) => join(dir, `clip.${ext}`)), join(MUSIC, 'victory.ogg')];
    const child = fileURLToPath(new URL('./decode-fallback-child.ts', import.meta.url));
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', child, join(dir, 'no-such-ffmpeg'), ...files],
      {
        encoding: 'utf8',
      },
    );
    const results = JSON.parse(out) as Array<{
      file: string;
      fallbackS: number;
      ffmpegS: number;
      meanAbsStepDiff: number;
      fallbackLufs: number;
      ffmpegLufs: number;
    }>;
    expect(results.map((r) => r.file)).toEqual([
      'clip.wav',
      'clip.mp3',
      'clip.opus',
      'clip.flac',
      'clip.m4a',
      'victory.ogg',
    ]);
    for (const r of results) {
      // Codec delay and padding differ by a few ms between decoders (MP3, Opus, AAC).
      expect({ file: r.file, off: Math.abs(r.fallbackS - r.ffmpegS) < 0.1 }).toEqual({
        file: r.file,
        off: true,
      });
      // The same music: the features agree to a fraction of a quantisation step on average
      // (the two resamplers differ only near the top band's 7.5 kHz edge).
      expect({ file: r.file, close: r.meanAbsStepDiff < 0.5 }).toEqual({ file: r.file, close: true });
      expect({ file: r.file, lufs: Math.abs(r.fallbackLufs - r.ffmpegLufs) < 0.5 }).toEqual({
        file: r.file,
        lufs: true,
      });
    }
  }, 60_000);

  it('refuses a file over the length limit while decoding', async () => {
    const error = await refusal(decodeAudio(join(dir, 'clip.flac'), { maxSeconds: 3 }));
    expect(error.code).toBe('TOO_LONG');
    expect(error.message).toBe('clip.flac is longer than the limit of 3 s; send a shorter file.');
  });

  it('refuses bytes that are no audio format', async () => {
    const error = await refusal(decodeAudio(join(dir, 'notes.mp3')));
    expect(error.code).toBe('CORRUPT');
    expect(error.message).toBe('notes.mp3 is not a recognisable audio file.');
  });
});

describe('decodeAudio: bad input', () => {
  it('refuses an Ogg file cut in half (it decodes cleanly, but its stream has no end)', async () => {
    const error = await refusal(decodeAudio(join(dir, 'cut.ogg')));
    expect(error.code).toBe('CORRUPT');
    expect(error.message).toBe('cut.ogg is truncated: its Ogg stream has no end.');
  });

  it('refuses an MP3 cut in half', async () => {
    const error = await refusal(decodeAudio(join(dir, 'cut.mp3')));
    expect(error.code).toBe('CORRUPT');
    expect(error.message).toMatch(/^cut\.mp3 is (corrupt or truncated|truncated or damaged)/);
  });

  it('refuses a copy with damaged bytes in the middle', async () => {
    const error = await refusal(decodeAudio(join(dir, 'damaged.ogg')));
    expect(error.code).toBe('CORRUPT');
    expect(error.message).toBe('damaged.ogg is corrupt or truncated and could not be decoded.');
  });

  it('refuses a file that is not media at all', async () => {
    const error = await refusal(decodeAudio(join(dir, 'notes.mp3')));
    expect(error.code).toBe('CORRUPT');
  });

  it('refuses a codec ffmpeg cannot decode', async () => {
    const error = await refusal(decodeAudio(join(dir, 'unknown-codec.wav')));
    expect(error.code).toBe('UNSUPPORTED_CODEC');
    expect(error.message).toBe('unknown-codec.wav has an audio stream in a codec this server cannot decode.');
  });

  it('refuses a video with no audio stream', async () => {
    const error = await refusal(decodeAudio(join(dir, 'pictures.mp4')));
    expect(error.code).toBe('NO_AUDIO_STREAM');
    expect(error.message).toBe('pictures.mp4 has no audio stream.');
    const probe = await probeMedia(join(dir, 'pictures.mp4'));
    expect(probe).toMatchObject({ hasAudio: false, hasVideo: true, width: 64, height: 48 });
  });

  it('refuses a file over the length limit before decoding it', async () => {
    const error = await refusal(decodeAudio(join(dir, 'clip.wav'), { maxSeconds: 5 }));
    expect(error.code).toBe('TOO_LONG');
    expect(error.message).toBe('clip.wav is 8 s long, over the limit of 5 s; send a shorter file.');
  });

  it('refuses silence (Wesnoth ships a silent track) when extracting', async () => {
    const error = await refusal(extractAudio(join(MUSIC, 'silence.ogg')));
    expect(error.code).toBe('SILENT');
    expect(error.message).toBe('silence.ogg is silent: there is no music to analyse.');
  });

  it("rejects a missing file as the caller's error (ENOENT), not as bad media", async () => {
    await expect(decodeAudio(join(dir, 'absent.ogg'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('rejects a bad maxSeconds as a programming error', async () => {
    await expect(decodeAudio(join(dir, 'clip.wav'), { maxSeconds: 0 })).rejects.toThrow(
      new RangeError('maxSeconds must be a positive number, got 0'),
    );
  });
});
