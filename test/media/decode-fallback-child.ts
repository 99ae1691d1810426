/**
 * Run by audio-decode.test.ts in a plain Node process: audio-decode's Vorbis decoder checks
 * `wasm.HEAP instanceof ArrayBuffer`, which fails across Jest's VM realms though it holds in
 * Node itself. For each file: decoded without ffmpeg (FFMPEG_PATH set to a missing binary, so
 * decodeAudio takes the audio-decode path) and with ffmpeg, compared. Prints one JSON line.
 */
import { decodeAudio, audioFeaturesFromSamples } from '../../src/media/audio/index.js';

const missing = process.argv[2]!;
const results = [];
for (const file of process.argv.slice(3)) {
  process.env.FFMPEG_PATH = missing;
  const fallback = await decodeAudio(file);
  process.env.FFMPEG_PATH = 'ffmpeg';
  const ffmpeg = await decodeAudio(file);
  const a = audioFeaturesFromSamples(fallback.samples).data;
  const b = audioFeaturesFromSamples(ffmpeg.samples).data;
  const n = Math.min(a.length, b.length);
  let diff = 0;
  for (let i = 0; i < n; i++) diff += Math.abs(a[i]! - b[i]!);
  results.push({
    file: file.slice(file.lastIndexOf('/') + 1),
    fallbackS: fallback.durationS,
    ffmpegS: ffmpeg.durationS,
    meanAbsStepDiff: diff / n,
    fallbackLufs: fallback.loudness?.value ?? null,
    ffmpegLufs: ffmpeg.loudness?.value ?? null,
  });
}
console.log(JSON.stringify(results));
