/**
 * Streaming first and second moments of feature rows, so a PCA can be fitted on a catalog's
 * frames without holding them: memory is dim^2 doubles (13 MB at 1280-d) whatever the frame count.
 * Rows are shifted by the first row seen before accumulating, which keeps the textbook
 * E[xx^T] - mean mean^T formula from cancelling catastrophically (shifted-data algorithm,
 * Chan, Golub and LeVeque, "Algorithms for computing the sample variance", 1983).
 */
export class PcaAccumulator {
  private readonly sum: Float64Array;
  /** Upper triangle (i <= j) of sum of shifted x x^T, row-major. */
  private readonly outer: Float64Array;
  private shift: Float64Array | undefined;
  private n = 0;

  constructor(readonly dim: number) {
    if (!Number.isInteger(dim) || dim < 1)
      throw new RangeError(`PcaAccumulator: dim must be a positive integer, got ${dim}`);
    this.sum = new Float64Array(dim);
    this.outer = new Float64Array(dim * dim);
  }

  get count(): number {
    return this.n;
  }

  /** Adds `rows` (row-major, rows.length a multiple of dim). */
  add(rows: Float32Array): void {
    const { dim } = this;
    if (rows.length % dim !== 0)
      throw new RangeError(
        `PcaAccumulator.add: ${rows.length} values is not a whole number of ${dim}-d rows`,
      );
    const x = new Float64Array(dim);
    for (let r = 0; r < rows.length; r += dim) {
      this.shift ??= Float64Array.from(rows.subarray(r, r + dim));
      for (let i = 0; i < dim; i += 1) x[i] = rows[r + i]! - this.shift[i]!;
      for (let i = 0; i < dim; i += 1) {
        const xi = x[i]!;
        this.sum[i]! += xi;
        if (xi === 0) continue;
        const base = i * dim;
        for (let j = i; j < dim; j += 1) this.outer[base + j]! += xi * x[j]!;
      }
      this.n += 1;
    }
  }

  /** The mean and the full (symmetric) sample covariance, unbiased (n - 1). */
  moments(): { mean: Float64Array; covariance: Float64Array } {
    const { dim, n } = this;
    if (n < 2) throw new RangeError(`PcaAccumulator: a covariance needs at least 2 rows, got ${n}`);
    const m = this.sum.map((s) => s / n);
    const covariance = new Float64Array(dim * dim);
    for (let i = 0; i < dim; i += 1) {
      for (let j = i; j < dim; j += 1) {
        const c = (this.outer[i * dim + j]! - n * m[i]! * m[j]!) / (n - 1);
        covariance[i * dim + j] = c;
        covariance[j * dim + i] = c;
      }
    }
    const mean = m.map((v, i) => v + this.shift![i]!);
    return { mean, covariance };
  }
}
