import type { OcrLine } from './ocr-reader.js';

/**
 * The video's on-screen-text cue from OCR'd frames: lines kept in first-seen order, each once.
 * A title shown for ten seconds is read on several frames, sometimes with a word space dropped
 * ("SUNSETDRIVE"): lines are matched on their letters and digits only, and the reading with
 * the most word breaks wins.
 */
export const MIN_CONFIDENCE = 0.6;

export class OnScreenText {
  private readonly lines = new Map<string, string>();

  add(lines: readonly OcrLine[]): void {
    for (const line of lines) {
      const text = line.text.replace(/\s+/g, ' ').trim();
      const key = text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
      // Single characters and low-confidence readings are mostly texture read as glyphs.
      if (key.length < 2 || line.confidence < MIN_CONFIDENCE) continue;
      const seen = this.lines.get(key);
      if (seen === undefined || spaces(text) > spaces(seen)) this.lines.set(key, text);
    }
  }

  /** One line per distinct text, or null when nothing was read. */
  text(): string | null {
    return this.lines.size === 0 ? null : [...this.lines.values()].join('\n');
  }
}

const spaces = (s: string) => s.split(' ').length - 1;
