import { adamWStep, initAdamW } from '../../src/ml/train/adamw.js';

/** Textbook AdamW (Loshchilov & Hutter, Alg. 2) for one scalar, written the long way. */
function reference(p0: number, grads: number[], wd: number): number {
  const [lr, b1, b2, eps] = [0.01, 0.9, 0.999, 1e-8];
  let [p, m, v] = [p0, 0, 0];
  grads.forEach((g, k) => {
    const t = k + 1;
    m = b1 * m + (1 - b1) * g;
    v = b2 * v + (1 - b2) * g * g;
    const mh = m / (1 - b1 ** t);
    const vh = v / (1 - b2 ** t);
    p = p - lr * (mh / (Math.sqrt(vh) + eps) + wd * p);
  });
  return p;
}

describe('AdamW', () => {
  test('matches the textbook update, with decay on matrices only', () => {
    const params = new Map([
      ['a.w', Float32Array.from([0.5, -1.5])],
      ['a.b', Float32Array.from([0.25])],
    ]);
    const state = initAdamW(params);
    const gs = [
      [0.3, -0.2, 0.1],
      [-0.7, 0.4, 0.05],
      [0.2, 0.2, -0.3],
    ];
    for (const g of gs) {
      adamWStep(
        params,
        new Map([
          ['a.w', Float32Array.from(g.slice(0, 2))],
          ['a.b', Float32Array.from(g.slice(2))],
        ]),
        state,
        { lr: 0.01, weightDecay: 0.1, beta1: 0.9, beta2: 0.999, eps: 1e-8 },
      );
    }
    expect(params.get('a.w')![0]).toBeCloseTo(
      reference(
        0.5,
        gs.map((g) => g[0]!),
        0.1,
      ),
      6,
    );
    expect(params.get('a.w')![1]).toBeCloseTo(
      reference(
        -1.5,
        gs.map((g) => g[1]!),
        0.1,
      ),
      6,
    );
    expect(params.get('a.b')![0]).toBeCloseTo(
      reference(
        0.25,
        gs.map((g) => g[2]!),
        0,
      ),
      6,
    );
  });
});
