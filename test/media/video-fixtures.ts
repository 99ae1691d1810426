import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Test videos drawn by ffmpeg's own sources (testsrc, smptebars, sine, drawtext): known content,
 * no downloads. drawtext needs a font through fontconfig: Debian's fonts-dejavu-core (a
 * dependency of chromium and of scripts/setup-media.sh's packages here).
 */
export async function ffmpegVideo(
  file: string,
  opts: {
    seconds: number;
    source?: string;
    title?: string;
    audio?: 'sine' | 'silence' | 'none';
    size?: string;
  },
): Promise<void> {
  const size = opts.size ?? '640x360';
  const source = opts.source ?? 'testsrc';
  const args = [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    `${source}=size=${size}:rate=25:duration=${opts.seconds}`,
  ];
  const audio = opts.audio ?? 'sine';
  if (audio === 'sine') args.push('-f', 'lavfi', '-i', `sine=frequency=440:duration=${opts.seconds}`);
  if (audio === 'silence')
    args.push('-f', 'lavfi', '-i', `anullsrc=r=44100:cl=mono`, '-t', String(opts.seconds));
  if (opts.title)
    args.push(
      '-vf',
      `drawtext=font='DejaVu Sans':text='${opts.title}':fontsize=32:fontcolor=white:box=1:boxcolor=black@0.7:boxborderw=8:x=(w-text_w)/2:y=h-70`,
    );
  args.push('-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p');
  if (audio !== 'none') args.push('-c:a', 'aac', '-shortest');
  args.push(file);
  await run('ffmpeg', args);
}

/** An audio-only file (a sine tone in M4A): a "video" upload with no video stream. */
export async function ffmpegAudioOnly(file: string, seconds: number): Promise<void> {
  await run('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=330:duration=${seconds}`,
    '-c:a',
    'aac',
    file,
  ]);
}

/** The first `fraction` of a file's bytes: a cut-off download (an MP4's index sits at its end). */
export async function truncatedCopy(source: string, target: string, fraction: number): Promise<void> {
  const bytes = await readFile(source);
  await writeFile(target, bytes.subarray(0, Math.floor(bytes.length * fraction)));
}

/** Whether fontconfig knows any font (drawtext fails without one). */
export async function hasFont(): Promise<boolean> {
  try {
    const { stdout } = await run('fc-list');
    return stdout.trim().length > 0;
  } catch {
    return false;
  }
}
