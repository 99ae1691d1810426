/** A metric with its interval, e.g. "0.412 [0.380, 0.445]". */
export function estimate(value: { value: number; low: number; high: number }, digits = 3): string {
  return `${value.value.toFixed(digits)} [${value.low.toFixed(digits)}, ${value.high.toFixed(digits)}]`;
}
