import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { spawnFfmpeg } from '../../ffmpeg.js';

/**
 * The corpus the shipped default PCA was fitted on: videos drawn by ffmpeg's own sources, so
 * anyone can rebuild it byte for byte with the same ffmpeg (Debian's 5.1 here) and no download.
 * Still patterns get a slow hue sweep and a small rotation so each second is a new frame; the
 * random ones (cellauto, life, gradients) are seeded. 14 sources x 100 s = 1,400 frames at 1 fps,
 * more than the 1,280 dimensions MobileNetV2's pooled layer has.
 * These are synthetic test patterns, not catalog footage: a catalog should refit on its own
 * videos (npm run fit:frame-pca -- <folder>), which is what the PCA is for.
 */
const SIZE = '320x240';
const MOTION = 'hue=h=18*t:s=1+0.4*sin(t/5),rotate=0.25*sin(t/4):fillcolor=black';

export const SYNTHETIC_SOURCES: ReadonlyArray<{ name: string; graph: string }> = [
  { name: 'testsrc', graph: `testsrc=size=${SIZE}:rate=1` },
  { name: 'testsrc2', graph: `testsrc2=size=${SIZE}:rate=1` },
  { name: 'smptebars', graph: `smptebars=size=${SIZE}:rate=1,${MOTION}` },
  { name: 'smptehdbars', graph: `smptehdbars=size=${SIZE}:rate=1,${MOTION}` },
  { name: 'pal75bars', graph: `pal75bars=size=${SIZE}:rate=1,${MOTION}` },
  { name: 'rgbtestsrc', graph: `rgbtestsrc=size=${SIZE}:rate=1,${MOTION}` },
  { name: 'yuvtestsrc', graph: `yuvtestsrc=size=${SIZE}:rate=1,${MOTION}` },
  { name: 'colorchart', graph: `colorchart=rate=1,scale=${SIZE},${MOTION}` },
  { name: 'mandelbrot', graph: `mandelbrot=size=${SIZE}:rate=1` },
  { name: 'sierpinski', graph: `sierpinski=size=${SIZE}:rate=1:seed=1:jump=20` },
  { name: 'cellauto', graph: `cellauto=size=${SIZE}:rate=1:rule=110:seed=1:scroll=1` },
  {
    name: 'life',
    graph: `life=size=${SIZE}:rate=1:seed=1:ratio=0.2:mold=20:life_color=#30f0a0:death_color=#802020`,
  },
  { name: 'gradients', graph: `gradients=size=${SIZE}:rate=1:seed=1:speed=0.05:n=4` },
  { name: 'mptestsrc', graph: `mptestsrc=rate=1,scale=${SIZE}` },
];
export const SYNTHETIC_SECONDS = 100;

/** Renders the corpus as H.264 MP4s into `dir`; returns their paths. */
export async function writeSyntheticCorpus(dir: string, seconds = SYNTHETIC_SECONDS): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const { name, graph } of SYNTHETIC_SOURCES) {
    const out = path.join(dir, `${name}.mp4`);
    const { exited, stderr } = spawnFfmpeg([
      '-v',
      'error',
      '-y',
      '-f',
      'lavfi',
      '-i',
      graph,
      '-t',
      String(seconds),
      '-c:v',
      'libx264',
      '-preset',
      'veryfast',
      '-crf',
      '20',
      '-pix_fmt',
      'yuv420p',
      out,
    ]);
    const code = await exited;
    if (code !== 0) throw new Error(`ffmpeg could not render ${name}: ${stderr().trim()}`);
    files.push(out);
  }
  return files;
}
