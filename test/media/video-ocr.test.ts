/** @jest-environment ./test/ml/support/ort-environment.cjs */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OnScreenText } from '../../src/media/ocr/index.js';
import { extractVideo } from '../../src/media/video/index.js';
import { ffmpegVideo, hasFont } from './video-fixtures.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vmr-video-ocr-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('on-screen text', () => {
  it('reads the title drawn on a testsrc video when OCR is on', async () => {
    // drawtext needs a font through fontconfig; without one the fixture cannot be made at all.
    expect(await hasFont()).toBe(true);
    const file = path.join(dir, 'sunset.mp4');
    await ffmpegVideo(file, { seconds: 7, title: 'SUNSET DRIVE' });
    const x = await extractVideo(file, { ocr: true });
    expect(x.onScreenText).not.toBeNull();
    expect(x.onScreenText!.split('\n')).toContain('SUNSET DRIVE');
    // One frame every VMR_OCR_EVERY_S (5) seconds: seconds 0 and 5.
    expect(x.ocrFrames).toBe(2);
    expect(x.framesPerSecond.ocr).toBeGreaterThan(0);
    expect(x.timings.ocrMs).toBeGreaterThan(0);
    expect(x.visual.frames).toBe(7);
  });

  it('keeps each line once, preferring the reading with its word spaces', () => {
    const text = new OnScreenText();
    text.add([
      { text: 'SUNSETDRIVE', confidence: 0.99 },
      { text: '7', confidence: 0.99 },
    ]);
    text.add([
      { text: 'SUNSET  DRIVE ', confidence: 0.97 },
      { text: 'Night Train', confidence: 0.3 },
    ]);
    text.add([
      { text: 'Night Train', confidence: 0.9 },
      { text: 'SUNSETDRIVE', confidence: 0.99 },
    ]);
    expect(text.text()).toBe('SUNSET DRIVE\nNight Train');
    expect(new OnScreenText().text()).toBeNull();
  });
});
