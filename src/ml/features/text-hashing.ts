/** The video's text cues (II-CLVTM's third input). */
export interface VideoText {
  title?: string;
  onScreenText?: string;
  captions?: string;
}

/**
 * Turns text into model inputs for the text branch. The hashed n-gram bag is the
 * built-in implementation; a pretrained ONNX sentence encoder can replace it by
 * implementing this interface and the matching text branch (see docs/ml.md).
 */
export interface TextFeaturizer {
  readonly kind: string;
  /** Writes ids/weights for one video at `row`; returns false when there is no usable text. */
  featurize(text: VideoText | undefined, ids: BigInt64Array, weights: Float32Array, row: number): boolean;
}

/** FNV-1a 32-bit: a stable, dependency-free string hash. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Hashing-trick bag of word unigrams, word bigrams and character trigrams
 * (fastText-style subwords), into `buckets` ids with uniform weights 1/n.
 * Unigrams come first so they survive truncation to `maxTokens`.
 */
export class HashedNgramFeaturizer implements TextFeaturizer {
  readonly kind = 'hashed-ngrams-v1';

  constructor(
    readonly buckets: number,
    readonly maxTokens: number,
  ) {
    if (!Number.isInteger(buckets) || buckets < 2)
      throw new RangeError(`HashedNgramFeaturizer: buckets must be an integer ≥ 2, got ${buckets}`);
  }

  grams(text: VideoText | undefined): string[] {
    const words = tokenize([text?.title, text?.onScreenText, text?.captions].filter(Boolean).join(' '));
    const uni = words.map((w) => `w:${w}`);
    const bi = words.slice(1).map((w, i) => `b:${words[i]}_${w}`);
    const tri: string[] = [];
    for (const w of words) {
      const padded = `#${w}#`;
      for (let i = 0; i + 3 <= padded.length; i++) tri.push(`c:${padded.slice(i, i + 3)}`);
    }
    return [...uni, ...bi, ...tri].slice(0, this.maxTokens);
  }

  featurize(text: VideoText | undefined, ids: BigInt64Array, weights: Float32Array, row: number): boolean {
    const grams = this.grams(text);
    const base = row * this.maxTokens;
    ids.fill(0n, base, base + this.maxTokens);
    weights.fill(0, base, base + this.maxTokens);
    grams.forEach((gram, k) => {
      ids[base + k] = BigInt(fnv1a(gram) % this.buckets);
      weights[base + k] = 1 / grams.length;
    });
    return grams.length > 0;
  }
}
