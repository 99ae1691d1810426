// Extracts one or more videos' features the way an upload would and prints what it took:
// frames, front ends, on-screen text, and the timing split (decode, frames, OCR, audio).
// Nothing is written. Twice per file with --repeat 2 shows the warm (models loaded) figures.
//
//   npx tsx scripts/extract-video.ts --ocr clip.mp4
import { frontEndKey } from '../src/media/front-end.js';
import { extractVideo } from '../src/media/video/index.js';
import { fail, parseCli, positiveInt } from './cli-args.js';

const NAME = 'extract-video';
const USAGE = 'usage: npx tsx scripts/extract-video.ts [--ocr] [--repeat N] VIDEO...';
const { values, positionals } = parseCli(NAME, USAGE, {
  ocr: { type: 'boolean', default: false },
  repeat: { type: 'string', default: '1' },
});
if (positionals.length === 0) fail(NAME, `no videos given\n${USAGE}`);
const repeat = positiveInt(NAME, '--repeat', values.repeat);

for (const file of positionals) {
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
