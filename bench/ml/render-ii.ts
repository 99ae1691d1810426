/**
 * Renders bench:ii results as Markdown tables (<base>.md) and an SVG dot chart (<base>.svg):
 * compatible P@10 per family, fraction and selection protocol; every seed of every arm with its
 * bootstrap interval over queries.
 */
import { writeFileSync } from 'node:fs';
import { meanSd } from './stats.js';
import type { BenchResult, BenchRow } from './ii-result.js';

const ARM_ORDER = ['baseline', 'infonce', 'ii', 'ii-topk', 'ii-decay', 'ii-clvtm', 'infonce-clvtm', 'ii-mse'];
const COLOURS: Record<string, string> = {
  infonce: '#1f77b4',
  ii: '#ff7f0e',
  'ii-topk': '#2ca02c',
  'ii-decay': '#9467bd',
  'ii-clvtm': '#d62728',
  'infonce-clvtm': '#17becf',
  'ii-mse': '#8c564b',
  baseline: '#7f7f7f',
};
const SELECTIONS = ['best-validation', 'final'] as const;

/** The arm's spec name without the fraction suffix (`ii-10pct` → `ii`). */
export const specOf = (arm: string) => arm.replace(/-\d+pct$/, '');

interface Cell {
  mean: number;
  sd: number;
  n: number;
  /** Mean half-width of the per-seed query-bootstrap intervals. */
  ci: number;
}

function cell(rows: BenchRow[]): Cell | null {
  if (rows.length === 0) return null;
  const { mean, sd, n } = meanSd(rows.map((r) => r.compatiblePrecisionAt10));
  const ci =
    rows.reduce((s, r) => {
      const iv = r.intervals.compatiblePrecisionAt10;
      return s + (iv ? (iv.high - iv.low) / 2 : 0);
    }, 0) / rows.length;
  return { mean, sd, n, ci };
}

const fmtCell = (c: Cell | null) =>
  c ? `${c.mean.toFixed(3)} ± ${c.sd.toFixed(3)} (±${c.ci.toFixed(3)})` : '–';

/** Arm vs InfoNCE on the same seeds: mean difference, the larger seed sd, and seeds won. */
export function versus(rows: BenchRow[], arm: string, ref: string) {
  const a = new Map(
    rows.filter((r) => specOf(r.arm) === arm).map((r) => [r.seed, r.compatiblePrecisionAt10]),
  );
  const b = new Map(
    rows.filter((r) => specOf(r.arm) === ref).map((r) => [r.seed, r.compatiblePrecisionAt10]),
  );
  const seeds = [...a.keys()].filter((s) => b.has(s));
  if (seeds.length === 0) return null;
  const ca = meanSd(seeds.map((s) => a.get(s)!));
  const cb = meanSd(seeds.map((s) => b.get(s)!));
  const diff = ca.mean - cb.mean;
  const spread = Math.max(ca.sd, cb.sd);
  const wins = seeds.filter((s) => a.get(s)! > b.get(s)!).length;
  const verdict = diff > spread ? 'wins' : -diff > spread ? 'loses' : 'tie';
  return { diff, spread, wins, seeds: seeds.length, verdict };
}

export function renderMarkdown(r: BenchResult): string {
  const out: string[] = [];
  const families = [...new Set(r.rows.map((x) => x.family))];
  const specs = ARM_ORDER.filter((s) => r.rows.some((x) => specOf(x.arm) === s && x.selection !== 'none'));
  out.push(
    `Compatible P@10 on the test split: mean ± sd over seeds (±: mean half-width of the 95% bootstrap interval over queries). ${String(r.protocol.budget)}.\n`,
  );
  for (const family of families) {
    const fr = r.rows.filter((x) => x.family === family);
    const base = cell(fr.filter((x) => x.arm === 'baseline'));
    const rate = fr[0] ? fr.reduce((s, x) => s + x.compatibleBaseRate, 0) / fr.length : NaN;
    out.push(
      `**${family}** (chance ${rate.toFixed(3)}, ${fr[0]?.candidates ?? '?'} candidates; random-projection baseline ${fmtCell(base)})\n`,
    );
    const others = specs.filter((s) => s !== 'infonce');
    out.push(
      `| pairs | selection | ${specs.join(' | ')} | ${others.map((s) => `${s} − infonce`).join(' | ')} |`,
    );
    out.push(`|---|---|${specs.map(() => '---').join('|')}|${others.map(() => '---').join('|')}|`);
    const fractions = [...new Set(fr.filter((x) => x.selection !== 'none').map((x) => x.fraction))].sort(
      (a, b) => b - a,
    );
    for (const fraction of fractions)
      for (const selection of SELECTIONS) {
        const group = fr.filter((x) => x.fraction === fraction && x.selection === selection);
        if (group.length === 0) continue;
        const cells = specs.map((s) => fmtCell(cell(group.filter((x) => specOf(x.arm) === s))));
        const vs = others.map((s) => {
          const v = versus(group, s, 'infonce');
          return v
            ? `${v.diff >= 0 ? '+' : ''}${v.diff.toFixed(3)} (${v.verdict}, ${v.wins}/${v.seeds})`
            : '–';
        });
        out.push(
          `| ${Math.round(fraction * 100)}% | ${selection} | ${cells.join(' | ')} | ${vs.join(' | ')} |`,
        );
      }
    out.push('');
  }
  out.push(
    '"wins"/"loses": the mean difference exceeds the larger of the two seed standard deviations; k/n: seeds on which the arm beat InfoNCE.',
  );
  return out.join('\n') + '\n';
}

/** One panel per family; in each, four groups (fraction × selection); a dot per seed and arm with its interval. */
export function renderSvg(r: BenchResult): string {
  const families = [...new Set(r.rows.map((x) => x.family))];
  const trained = r.rows.filter((x) => x.selection !== 'none');
  const specs = ARM_ORDER.filter((s) => s !== 'baseline' && trained.some((x) => specOf(x.arm) === s));
  const groups = [...new Set(trained.map((x) => x.fraction))]
    .sort((a, b) => b - a)
    .flatMap((fraction) => SELECTIONS.map((selection) => ({ fraction, selection })));
  const values = trained.flatMap((x) => [
    x.intervals.compatiblePrecisionAt10?.low ?? x.compatiblePrecisionAt10,
    x.compatibleBaseRate,
  ]);
  const lo = Math.max(0, Math.floor(Math.min(...values) * 10) / 10);
  const hi = 1;
  const W = 300;
  const H = 260;
  const pad = { l: 44, t: 30, b: 60 };
  const width = pad.l + families.length * W + 20;
  const height = pad.t + H + pad.b + 24;
  const y = (v: number) => pad.t + H - ((v - lo) / (hi - lo)) * H;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
  ];
  for (let t = lo; t <= hi + 1e-9; t += 0.1) {
    parts.push(
      `<line x1="${pad.l}" x2="${width - 20}" y1="${y(t)}" y2="${y(t)}" stroke="#eee"/>`,
      `<text x="${pad.l - 4}" y="${y(t) + 4}" text-anchor="end">${t.toFixed(1)}</text>`,
    );
  }
  parts.push(
    `<text x="12" y="${pad.t + H / 2}" transform="rotate(-90 12 ${pad.t + H / 2})" text-anchor="middle">compatible P@10 (test)</text>`,
  );
  families.forEach((family, fi) => {
    const x0 = pad.l + fi * W;
    parts.push(`<text x="${x0 + W / 2}" y="18" text-anchor="middle" font-weight="bold">${family}</text>`);
    const gw = W / groups.length;
    groups.forEach((g, gi) => {
      const gx = x0 + gi * gw;
      parts.push(
        `<text x="${gx + gw / 2}" y="${pad.t + H + 14}" text-anchor="middle">${Math.round(g.fraction * 100)}%</text>`,
        `<text x="${gx + gw / 2}" y="${pad.t + H + 27}" text-anchor="middle">${g.selection === 'final' ? 'final' : 'best-val'}</text>`,
      );
      const base = r.rows.find((x) => x.family === family);
      if (base) {
        const yb = y(base.compatibleBaseRate);
        if (base.compatibleBaseRate >= lo)
          parts.push(
            `<line x1="${gx + 2}" x2="${gx + gw - 2}" y1="${yb}" y2="${yb}" stroke="#999" stroke-dasharray="3 2"/>`,
          );
      }
      specs.forEach((s, si) => {
        const sx = gx + ((si + 0.5) / specs.length) * gw;
        const rows = trained.filter(
          (x) =>
            x.family === family &&
            x.fraction === g.fraction &&
            x.selection === g.selection &&
            specOf(x.arm) === s,
        );
        rows.forEach((row, k) => {
          const cx = sx + (k - (rows.length - 1) / 2) * 1.6;
          const iv = row.intervals.compatiblePrecisionAt10;
          if (iv)
            parts.push(
              `<line x1="${cx}" x2="${cx}" y1="${y(iv.low)}" y2="${y(iv.high)}" stroke="${COLOURS[s]}" stroke-opacity="0.5"/>`,
            );
          parts.push(
            `<circle cx="${cx}" cy="${y(row.compatiblePrecisionAt10)}" r="2" fill="${COLOURS[s]}"/>`,
          );
        });
      });
      if (gi > 0) parts.push(`<line x1="${gx}" x2="${gx}" y1="${pad.t}" y2="${pad.t + H}" stroke="#ddd"/>`);
    });
    parts.push(`<rect x="${x0}" y="${pad.t}" width="${W}" height="${H}" fill="none" stroke="#999"/>`);
  });
  let lx = pad.l;
  for (const s of specs) {
    parts.push(
      `<circle cx="${lx + 4}" cy="${height - 10}" r="4" fill="${COLOURS[s]}"/>`,
      `<text x="${lx + 12}" y="${height - 6}">${s}</text>`,
    );
    lx += 24 + s.length * 7;
  }
  parts.push(
    `<text x="${lx + 10}" y="${height - 6}" fill="#666">dashed: chance (base rate); bars: 95% query bootstrap</text>`,
  );
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}

export function renderIiResults(r: BenchResult, base: string): void {
  writeFileSync(`${base}.md`, renderMarkdown(r));
  writeFileSync(`${base}.svg`, renderSvg(r));
}
