import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian's wesnoth-1.16-music (scripts/setup-media.sh installs it): real orchestral OGG recordings. */
export const WESNOTH_MUSIC = '/usr/share/games/wesnoth/1.16/data/core/music';

/** Twelve of the shortest tracks (5 to 95 s; silence.ogg left out): a small real catalog. */
export const SHORT_WESNOTH = [
  'victory.ogg',
  'defeat.ogg',
  'defeat2.ogg',
  'victory2.ogg',
  'elf-land.ogg',
  'sad.ogg',
  'transience.ogg',
  'main_menu.ogg',
  'battle-epic.ogg',
  'revelation.ogg',
  'frantic-old.ogg',
  'love_theme.ogg',
];

/** The container's duration as ffprobe reports it, in seconds. */
export async function ffprobeDuration(file: string): Promise<number> {
  const { stdout } = await run('ffprobe', [
    '-v',
    'error',
    '-show_entries',
    'format=duration',
    '-of',
    'csv=p=0',
    file,
  ]);
  return Number(stdout.trim());
}

/**
 * A video made from ffmpeg's own sources: the testsrc pattern, a sine tone, and `title` drawn on
 * it (large, white on black) so OCR has something to read.
 */
export async function makeTestVideo(file: string, seconds: number, title: string): Promise<void> {
  await run('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    `testsrc=duration=${seconds}:size=640x360:rate=25`,
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=440:duration=${seconds}`,
    '-vf',
    `drawtext=text='${title}':fontcolor=white:fontsize=48:box=1:boxcolor=black:x=(w-text_w)/2:y=(h-text_h)/2`,
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    '-shortest',
    file,
  ]);
}

/**
 * A corrupted copy of a real file: the first 64 KiB kept (so it still sniffs as the same type),
 * the rest overwritten with noise and cut short: what a broken download looks like.
 */
export async function corruptCopy(source: string, target: string): Promise<void> {
  const bytes = await readFile(source);
  const out = Buffer.from(bytes.subarray(0, Math.floor(bytes.length / 3)));
  let seed = 12345;
  for (let i = 4096; i < out.length; i += 1) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    out[i] = seed >>> 24;
  }
  await writeFile(target, out);
}
