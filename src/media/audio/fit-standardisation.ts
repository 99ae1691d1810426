/**
 * Fits the standardisation constants (logmel-standardisation.ts) on a folder of audio files and
 * prints them as TypeScript. Run once per front-end version:
 *   npx tsx src/media/audio/fit-standardisation.ts /usr/share/games/wesnoth/1.16/data/core/music
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeWithFfmpeg } from './decode-ffmpeg.js';
import { LOG_MEL, logMelSpectrogram, frameCount } from './log-mel.js';
import { STANDARDISATION } from './logmel-standardisation.js';
import { summarisePatches } from './audio-features.js';
import { isSilent } from './silence.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: fit-standardisation.ts <folder of audio files>');
// Raw summaries: identity constants.
STANDARDISATION.mean.fill(0);
STANDARDISATION.std.fill(1);
const scale = STANDARDISATION.scale;
STANDARDISATION.scale = 1;
const sum = new Float64Array(128);
const sumSq = new Float64Array(128);
let n = 0;
for (const file of (await readdir(dir)).sort()) {
  const { samples } = await decodeWithFfmpeg(join(dir, file));
  if (isSilent(samples)) continue;
  const s = summarisePatches(logMelSpectrogram(samples), frameCount(samples.length));
  for (let i = 0; i < s.length; i++) {
    sum[i % 128]! += s[i]!;
    sumSq[i % 128]! += s[i]! * s[i]!;
  }
  n += s.length / 128;
}
const mean = Array.from(sum, (v) => v / n);
const std = Array.from(sumSq, (v, d) => Math.sqrt(v / n - mean[d]! ** 2));
const fmt = (a: number[]) => a.map((v) => v.toFixed(4)).join(', ');
console.log(`// ${n} seconds, scale ${scale}, bands ${LOG_MEL.melBands}`);
console.log(`mean: Float64Array.from([${fmt(mean)}]),`);
console.log(`std: Float64Array.from([${fmt(std)}]),`);
