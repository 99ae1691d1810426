/**
 * Eigen-decomposition of a real symmetric matrix: Householder reduction to tridiagonal form
 * (tred2) then the implicit QL algorithm (tql2). This is the public-domain JAMA port of the
 * EISPACK routines (Bowdler, Martin, Reinsch and Wilkinson, Handbook for Automatic Computation
 * vol. II), kept to the original's structure so it can be checked line by line against it.
 * Storage is flat and column-major (column j of V at V[j*n .. j*n+n-1]) so the QL rotations,
 * the O(n^3) part, sweep contiguous memory.
 */
export interface SymmetricEigen {
  /** Eigenvalues, descending. */
  values: Float64Array;
  /** Column-major eigenvectors: vector i is vectors[i*n .. i*n+n-1], matching values[i]. */
  vectors: Float64Array;
}

/** `a` is n x n, symmetric (only its values are read, in either order); it is not modified. */
export function symmetricEigen(a: Float64Array, n: number): SymmetricEigen {
  if (a.length !== n * n)
    throw new RangeError(`symmetricEigen: a has ${a.length} values, expected n*n = ${n * n}`);
  const V = Float64Array.from(a); // symmetric: row- and column-major agree
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  // V(r, c) = V[c * n + r]
  tred2(V, d, e, n);
  tql2(V, d, e, n);
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => d[y]! - d[x]!);
  const values = new Float64Array(n);
  const vectors = new Float64Array(n * n);
  order.forEach((src, dst) => {
    values[dst] = d[src]!;
    vectors.set(V.subarray(src * n, src * n + n), dst * n);
  });
  return { values, vectors };
}

function tred2(V: Float64Array, d: Float64Array, e: Float64Array, n: number): void {
  const at = (r: number, c: number) => c * n + r;
  for (let j = 0; j < n; j += 1) d[j] = V[at(n - 1, j)]!;
  for (let i = n - 1; i > 0; i -= 1) {
    let scale = 0;
    let h = 0;
    for (let k = 0; k < i; k += 1) scale += Math.abs(d[k]!);
    if (scale === 0) {
      e[i] = d[i - 1]!;
      for (let j = 0; j < i; j += 1) {
        d[j] = V[at(i - 1, j)]!;
        V[at(i, j)] = 0;
        V[at(j, i)] = 0;
      }
    } else {
      for (let k = 0; k < i; k += 1) {
        d[k]! /= scale;
        h += d[k]! * d[k]!;
      }
      let f = d[i - 1]!;
      let g = Math.sqrt(h);
      if (f > 0) g = -g;
      e[i] = scale * g;
      h -= f * g;
      d[i - 1] = f - g;
      for (let j = 0; j < i; j += 1) e[j] = 0;
      for (let j = 0; j < i; j += 1) {
        f = d[j]!;
        V[at(j, i)] = f;
        g = e[j]! + V[at(j, j)]! * f;
        const col = j * n;
        for (let k = j + 1; k <= i - 1; k += 1) {
          g += V[col + k]! * d[k]!;
          e[k]! += V[col + k]! * f;
        }
        e[j] = g;
      }
      f = 0;
      for (let j = 0; j < i; j += 1) {
        e[j]! /= h;
        f += e[j]! * d[j]!;
      }
      const hh = f / (h + h);
      for (let j = 0; j < i; j += 1) e[j]! -= hh * d[j]!;
      for (let j = 0; j < i; j += 1) {
        f = d[j]!;
        g = e[j]!;
        const col = j * n;
        for (let k = j; k <= i - 1; k += 1) V[col + k]! -= f * e[k]! + g * d[k]!;
        d[j] = V[at(i - 1, j)]!;
        V[at(i, j)] = 0;
      }
    }
    d[i] = h;
  }
  // Accumulate the transformations.
  for (let i = 0; i < n - 1; i += 1) {
    V[at(n - 1, i)] = V[at(i, i)]!;
    V[at(i, i)] = 1;
    const h = d[i + 1]!;
    const next = (i + 1) * n;
    if (h !== 0) {
      for (let k = 0; k <= i; k += 1) d[k] = V[next + k]! / h;
      for (let j = 0; j <= i; j += 1) {
        const col = j * n;
        let g = 0;
        for (let k = 0; k <= i; k += 1) g += V[next + k]! * V[col + k]!;
        for (let k = 0; k <= i; k += 1) V[col + k]! -= g * d[k]!;
      }
    }
    for (let k = 0; k <= i; k += 1) V[next + k] = 0;
  }
  for (let j = 0; j < n; j += 1) {
    d[j] = V[at(n - 1, j)]!;
    V[at(n - 1, j)] = 0;
  }
  V[at(n - 1, n - 1)] = 1;
  e[0] = 0;
}

function tql2(V: Float64Array, d: Float64Array, e: Float64Array, n: number): void {
  for (let i = 1; i < n; i += 1) e[i - 1] = e[i]!;
  e[n - 1] = 0;
  let f = 0;
  let tst1 = 0;
  const eps = 2 ** -52;
  for (let l = 0; l < n; l += 1) {
    // Find a small subdiagonal element.
    tst1 = Math.max(tst1, Math.abs(d[l]!) + Math.abs(e[l]!));
    let m = l;
    while (m < n - 1 && Math.abs(e[m]!) > eps * tst1) m += 1;
    if (m > l) {
      let iter = 0;
      do {
        iter += 1;
        if (iter > 300) throw new Error('symmetricEigen: QL iteration did not converge');
        let g = d[l]!;
        let p = (d[l + 1]! - g) / (2 * e[l]!);
        let r = Math.hypot(p, 1);
        if (p < 0) r = -r;
        d[l] = e[l]! / (p + r);
        d[l + 1] = e[l]! * (p + r);
        const dl1 = d[l + 1]!;
        let h = g - d[l]!;
        for (let i = l + 2; i < n; i += 1) d[i]! -= h;
        f += h;
        // Implicit QL transformation.
        p = d[m]!;
        let c = 1;
        let c2 = c;
        let c3 = c;
        const el1 = e[l + 1]!;
        let s = 0;
        let s2 = 0;
        for (let i = m - 1; i >= l; i -= 1) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i]!;
          h = c * p;
          r = Math.hypot(p, e[i]!);
          e[i + 1] = s * r;
          s = e[i]! / r;
          c = p / r;
          p = c * d[i]! - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]!);
          const ci = i * n;
          const cj = (i + 1) * n;
          for (let k = 0; k < n; k += 1) {
            const vh = V[cj + k]!;
            const vi = V[ci + k]!;
            V[cj + k] = s * vi + c * vh;
            V[ci + k] = c * vi - s * vh;
          }
        }
        p = (-s * s2 * c3 * el1 * e[l]!) / dl1;
        e[l] = s * p;
        d[l] = c * p;
      } while (Math.abs(e[l]!) > eps * tst1);
    }
    d[l] = d[l]! + f;
    e[l] = 0;
  }
}
