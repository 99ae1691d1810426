// Extracts one or more videos' features the way an upload would and prints what it took:
// frames, front ends, on-screen text, and the timing split (decode, frames, OCR, audio).
// Nothing is written. Twice per file with --repeat 2 shows the warm (models loaded) figures.
// --extractors times each bundled CNN and OCR alone on the file's first frames, side by side
// (median seconds a frame over --repeat rounds), whether or not a PCA exists for them.
//
//   npx tsx scripts/extract-video.ts --ocr clip.mp4
//   npx tsx scripts/extract-video.ts --extractors --repeat 3 clip.mp4
import {
  nsfwjsExtractor,
  NSFWJS_BACKBONES,
  type NsfwjsExtractorId,
} from '../src/media/frame-extractors/index.js';
import { frontEndKey } from '../src/media/front-end.js';
import { ocrReader } from '../src/media/ocr/index.js';
import { extractVideo, streamFrames } from '../src/media/video/index.js';
import { fail, parseCli, positiveInt } from './cli-args.js';

const NAME = 'extract-video';
const USAGE = 'usage: npx tsx scripts/extract-video.ts [--ocr] [--repeat N] VIDEO...';
const { values, positionals } = parseCli(NAME, USAGE, {
  ocr: { type: 'boolean', default: false },
  repeat: { type: 'string', default: '1' },
  extractors: { type: 'boolean', default: false },
});
if (positionals.length === 0) fail(NAME, `no videos given\n${USAGE}`);
const repeat = positiveInt(NAME, '--repeat', values.repeat);

async function firstFrames(file: string, size: { width: number; height: number }, n: number) {
  const stream = streamFrames(file, { size, maxSeconds: n });
  const frames: Uint8Array[] = [];
  for await (const f of stream.frames) frames.push(f);
  stream.stop();
  return frames.slice(0, n);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timeExtractors(file: string) {
  const row: Record<string, number> = {};
  for (const id of Object.keys(NSFWJS_BACKBONES) as NsfwjsExtractorId[]) {
    const ex = await nsfwjsExtractor(id);
    const frames = await firstFrames(file, ex.inputSize, 8);
    const rounds: number[] = [];
    for (let r = 0; r < repeat; r += 1) {
      const t = performance.now();
      for (let i = 0; i < frames.length; i += ex.batchSize) await ex.embed(frames.slice(i, i + ex.batchSize));
      rounds.push((performance.now() - t) / 1000 / frames.length);
    }
    row[id] = +median(rounds).toFixed(3);
  }
  const ocr = await ocrReader();
  const size = { width: 640, height: 360 };
  const frames = await firstFrames(file, size, 4);
  const rounds: number[] = [];
  for (let r = 0; r < repeat; r += 1) {
    const t = performance.now();
    for (const f of frames) await ocr.read(f, size.width, size.height);
    rounds.push((performance.now() - t) / 1000 / frames.length);
  }
  row['ocr-ppocrv4-640x360'] = +median(rounds).toFixed(3);
  console.log(JSON.stringify({ file, secondsPerFrame: row }));
}

for (const file of positionals) {
  if (values.extractors) {
    await timeExtractors(file);
    continue;
  }
  for (let i = 0; i < repeat; i += 1) {
    const x = await extractVideo(file, { ocr: values.ocr });
    const ms = (v: number) => Math.round(v);
    console.log(
      JSON.stringify({
        file,
        run: i + 1,
        durationS: x.durationS,
        frames: x.visual.frames,
        visual: frontEndKey(x.visual.frontEnd),
        audio: x.audio ? frontEndKey(x.audio.frontEnd) : null,
        onScreenText: x.onScreenText,
        ocrFrames: x.ocrFrames,
        timingsMs: Object.fromEntries(Object.entries(x.timings).map(([k, v]) => [k, ms(v)])),
        secondsPerFrame: {
          extractor: x.framesPerSecond.extractor > 0 ? +(1 / x.framesPerSecond.extractor).toFixed(3) : null,
          ocr: x.framesPerSecond.ocr ? +(1 / x.framesPerSecond.ocr).toFixed(3) : null,
        },
      }),
    );
  }
}
