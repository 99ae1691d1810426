import { spawnSync } from 'node:child_process';
import { analyseAudio, decodeAudio } from '../../src/media/audio/index.js';
import { estimateKey, PITCH_CLASSES } from '../../src/media/audio/key.js';
import { frameCount, logMelSpectrogram } from '../../src/media/audio/log-mel.js';
import { estimateTempo } from '../../src/media/audio/tempo.js';
import { integratedLoudness, LoudnessMeter } from '../../src/media/audio/loudness.js';
import { cadence, clickTrack, RATE, whiteNoise } from './audio-signals.js';

// The estimates against signals whose truth is known because they are generated here, and
// loudness against ffmpeg's own EBU R128 meter on a real recording.

const MUSIC = '/usr/share/games/wesnoth/1.16/data/core/music';

describe('tempo', () => {
  const tempos = [...Array.from({ length: 13 }, (_, i) => 60 + 10 * i), 63.5, 97, 143, 176];

  it.each(tempos)('finds a %s BPM click track within 2%, with no octave error', (bpm) => {
    const clicks = clickTrack(bpm, 20);
    const estimate = estimateTempo(logMelSpectrogram(clicks), frameCount(clicks.length));
    expect(estimate).not.toBeNull();
    expect(Math.abs(estimate!.value - bpm) / bpm).toBeLessThan(0.02);
    expect(estimate!.confidence).toBeGreaterThan(0.8);
  });

  it('reports no tempo for a steady tone, and low confidence for noise', () => {
    const tone = Float32Array.from(
      { length: RATE * 10 },
      (_, i) => 0.3 * Math.sin((2 * Math.PI * 440 * i) / RATE),
    );
    expect(analyseAudio(tone, RATE).bpm).toBeNull();
    const noise = whiteNoise(10);
    const { bpm } = analyseAudio(noise, RATE);
    expect(bpm === null || bpm.confidence < 0.3).toBe(true);
  });
});

describe('key', () => {
  const keys = (['MAJOR', 'MINOR'] as const).flatMap((mode) =>
    PITCH_CLASSES.map((_, tonic) => ({ tonic, mode })),
  );

  it('names the key of I–IV–V–I cadences of harmonic tones in at least 90% of the 24 keys', () => {
    const results = keys.map(({ tonic, mode }) => {
      const key = estimateKey(cadence(tonic, mode), RATE);
      return { want: `${PITCH_CLASSES[tonic]} ${mode}`, got: key ? `${key.tonic} ${key.mode}` : null, key };
    });
    const right = results.filter((r) => r.want === r.got);
    expect(right.length / results.length).toBeGreaterThanOrEqual(0.9);
    // In fact every one of them, each with a confidence in (0, 1].
    expect(results.filter((r) => r.want !== r.got)).toEqual([]);
    for (const r of results) {
      expect(r.key!.confidence).toBeGreaterThan(0);
      expect(r.key!.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('reports no key for silence', () => {
    expect(analyseAudio(new Float32Array(RATE * 2), RATE).key).toBeNull();
  });
});

describe('loudness', () => {
  it('meters a 1 kHz sine at −20 dBFS per channel as BS.1770 specifies (−23.0 LUFS on one channel, −20.0 on two)', () => {
    // BS.1770's own check: a 997 Hz sine, 0 dB at full scale, reads −3.01 LUFS per channel.
    const amplitude = 10 ** (-20 / 20);
    const sine = Float32Array.from(
      { length: 48000 * 5 },
      (_, i) => amplitude * Math.sin((2 * Math.PI * 997 * i) / 48000),
    );
    const mono = new LoudnessMeter(48000, 1);
    mono.pushPlanar([sine]);
    expect(mono.result()!.value).toBeCloseTo(-23.0, 1);
    const stereo = new LoudnessMeter(48000, 2);
    stereo.pushPlanar([sine, sine]);
    expect(stereo.result()!.value).toBeCloseTo(-20.0, 1);
    expect(stereo.result()!.confidence).toBe(0.95);
  });

  it('agrees with ffmpeg’s ebur128 meter on a real stereo recording within 0.5 LU', async () => {
    const path = `${MUSIC}/sad.ogg`;
    const { stderr } = spawnSync(
      'ffmpeg',
      ['-nostdin', '-hide_banner', '-i', path, '-af', 'ebur128', '-f', 'null', '-'],
      {
        encoding: 'utf8',
      },
    );
    const integrated = Number(/Integrated loudness:\s+I:\s+(-?[\d.]+) LUFS/.exec(stderr)![1]);
    const { loudness } = await decodeAudio(path);
    expect(Math.abs(loudness!.value - integrated)).toBeLessThan(0.5);
  });

  it('gives silence no loudness, and mono samples alone a capped confidence', () => {
    expect(integratedLoudness(new Float32Array(RATE * 2), RATE)).toBeNull();
    const clicks = integratedLoudness(clickTrack(120, 10), RATE)!;
    expect(clicks.confidence).toBeLessThanOrEqual(0.5);
  });
});

describe('analyseAudio: bad input', () => {
  it('takes only 16 kHz Float32Array samples', () => {
    expect(() => analyseAudio(new Float32Array(10), 44100 as 16000)).toThrow(
      new RangeError('sampleRate must be 16000, got 44100'),
    );
    expect(() => analyseAudio([] as unknown as Float32Array, RATE)).toThrow(TypeError);
  });

  it('gives the exact duration and no tempo for audio shorter than two slow beats', () => {
    const a = analyseAudio(clickTrack(120, 2), RATE);
    expect(a.durationS).toBe(2);
    expect(a.bpm).toBeNull();
  });
});
