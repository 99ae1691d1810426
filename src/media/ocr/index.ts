/** On-screen text: OCR of sampled video frames (docs/media.md, "Video"). */
export { ocrReader } from './ocr-reader.js';
export type { OcrLine, OcrReader } from './ocr-reader.js';
export { MIN_CONFIDENCE, OnScreenText } from './on-screen-text.js';
export { rgbToPng } from './png.js';
