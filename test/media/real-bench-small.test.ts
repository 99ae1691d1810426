/**
 * The small tier of bench:real (issue 22, item 7), its harness pieces without the platform:
 * the corpus of ~20 Wesnoth recordings split by recording, a degraded excerpt with its true
 * position, and the metrics and bootstrap on known inputs.
 */
import { jest } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { listCorpus, MIN_SECONDS, splitOf, type Corpus } from '../../bench/real/corpus.js';
import { excerptPlan, makeExcerpt, noiseSamples, rmsOf, seededUniform } from '../../bench/real/excerpts.js';
import {
  fitStandardiser,
  markdownTable,
  perUnit,
  poolMeanStd,
  precisionAt,
  rankByCosine,
  rankOf,
  row,
} from '../../bench/real/metrics.js';
import { extractAudio } from '../../src/media/audio/index.js';
import { WESNOTH_MUSIC } from './media-fixtures.js';

const run = promisify(execFile);
jest.setTimeout(120_000);

let dir: string;
let corpus: Corpus;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vmr-real-bench-'));
  corpus = await listCorpus('small', { dataDir: dir });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the small tier’s corpus', () => {
  it('lists 20 Wesnoth recordings of at least 20 s, each once, with its soundtrack and licence checked', () => {
    expect(corpus.recordings).toHaveLength(20);
    for (const r of corpus.recordings) {
      expect(r.soundtrack).toBe('wesnoth-1.16-music');
      expect(r.file.startsWith(WESNOTH_MUSIC)).toBe(true);
      expect(r.durationS).toBeGreaterThanOrEqual(MIN_SECONDS);
    }
    expect(new Set(corpus.recordings.map((r) => r.sha256)).size).toBe(20);
    expect(corpus.packages[0]).toMatchObject({
      pkg: 'wesnoth-1.16-music',
      licenceChecked: true,
      installed: true,
    });
  });

  it('splits by recording: every recording in exactly one split, the same on every run', () => {
    const keys = corpus.recordings.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of corpus.recordings) expect(r.split).toBe(splitOf(r.key));
    const splits = new Set(corpus.recordings.map((r) => r.split));
    expect(splits.has('train') && splits.has('test')).toBe(true);
    // Over many keys the fractions are 60/20/20.
    const n = 5000;
    const counts = { train: 0, val: 0, test: 0 };
    for (let i = 0; i < n; i++) counts[splitOf(`k${i}`)] += 1;
    expect(counts.train / n).toBeCloseTo(0.6, 1);
    expect(counts.test / n).toBeCloseTo(0.2, 1);
  });
});

describe('excerpts', () => {
  it('draws 15–30 s at a seeded offset inside the recording, with gain, SNR and bitrate in range', () => {
    for (const r of corpus.recordings)
      for (let i = 0; i < 3; i++) {
        const p = excerptPlan(r, i);
        expect(p).toEqual(excerptPlan(r, i));
        expect(p.endS - p.startS).toBeGreaterThanOrEqual(Math.min(15, r.durationS - 0.5) - 0.01);
        expect(p.endS - p.startS).toBeLessThanOrEqual(30.01);
        expect(p.startS).toBeGreaterThanOrEqual(0);
        expect(p.endS).toBeLessThanOrEqual(r.durationS + 0.01);
        expect(Math.abs(p.gainDb)).toBeGreaterThanOrEqual(3);
        expect(Math.abs(p.gainDb)).toBeLessThanOrEqual(6);
        expect(p.snrDb).toBeGreaterThanOrEqual(20);
        expect(p.snrDb).toBeLessThanOrEqual(30);
        expect([48, 64]).toContain(p.bitrateKbps);
      }
  });

  it('makes a low-bitrate MP3 of the true stretch that the product’s front end reads', async () => {
    const rec = corpus.recordings.find((r) => r.split === 'test') ?? corpus.recordings[0]!;
    const ex = await makeExcerpt(rec, 0, { dir });
    expect(ex.endS - ex.startS).toBeGreaterThan(0);
    const { stdout } = await run('ffprobe', [
      ...[
        '-v',
        'error',
        '-show_entries',
        'format=duration,format_name:stream=codec_name',
        '-of',
        'json',
        ex.file,
      ],
    ]);
    const probe = JSON.parse(stdout) as {
      format: { duration: string; format_name: string };
      streams: Array<{ codec_name: string }>;
    };
    expect(probe.streams[0]!.codec_name).toBe('mp3');
    expect(Number(probe.format.duration)).toBeCloseTo(ex.endS - ex.startS, 0);
    const { features } = await extractAudio(ex.file);
    expect(features.frames).toBeGreaterThanOrEqual(Math.floor(ex.endS - ex.startS) - 1);
    // The cache answers the same excerpt.
    expect(await makeExcerpt(rec, 0, { dir })).toMatchObject({
      file: ex.file,
      startS: ex.startS,
      endS: ex.endS,
    });
  });

  it('makes unit-RMS white and pink noise, seeded', () => {
    for (const kind of ['white', 'pink'] as const) {
      const a = noiseSamples(20_000, kind, seededUniform('x'));
      expect(rmsOf(a)).toBeCloseTo(1, 5);
      expect(noiseSamples(20_000, kind, seededUniform('x'))).toEqual(a);
    }
  });
});

describe('metrics', () => {
  it('ranks, precision and per-recording means', () => {
    expect(rankOf(['a', 'b', 'c'], 'b')).toBe(2);
    expect(rankOf(['a'], 'z')).toBe(Infinity);
    expect(precisionAt(['a1', 'b1', 'a2'], 10, (k) => k.startsWith('a'))).toBeCloseTo(0.2);
    expect(
      perUnit([
        { unit: 'r1', score: 1 },
        { unit: 'r1', score: 0 },
        { unit: 'r2', score: 1 },
      ]),
    ).toEqual([0.5, 1]);
  });

  it('bootstraps a 95% interval around the mean; a constant has a zero-width one', () => {
    const r = row('m', 'R@1', [1, 0, 1, 1, 0, 1, 0, 1, 1, 1]);
    expect(r.value).toBeCloseTo(0.7);
    expect(r.ci[0]).toBeLessThan(0.7);
    expect(r.ci[1]).toBeGreaterThan(0.7);
    expect(r.ci[0]).toBeGreaterThanOrEqual(0.3);
    expect(row('m', 'R@1', [1, 1, 1]).ci).toEqual([1, 1]);
    expect(markdownTable([r])).toContain('| R@1 | 0.700 [');
  });

  it('pools mean ⊕ std and ranks by cosine after standardising', () => {
    const pooled = poolMeanStd(Float32Array.from([1, 2, 3, 4]), 2, 2);
    expect([...pooled]).toEqual([2, 3, 1, 1]);
    const catalog = new Map([
      ['x', Float32Array.from([1, 0])],
      ['y', Float32Array.from([0, 1])],
      ['z', Float32Array.from([1, 1])],
    ]);
    expect(rankByCosine(Float32Array.from([1, 0.1]), catalog)).toEqual(['x', 'z', 'y']);
    expect(rankByCosine(Float32Array.from([1, 0.1]), catalog, new Set(['x']))[0]).toBe('z');
    const std = fitStandardiser([Float32Array.from([0, 10]), Float32Array.from([2, 30])]);
    expect([...std(Float32Array.from([1, 20]))]).toEqual([0, 0]);
  });
});
