/**
 * A small SVG line chart for the benchmark results (bench/results/*.svg, shown in the README):
 * labelled axes with ticks, optional log-scaled x, a legend, one polyline plus dots per series.
 */
export interface ChartSeries {
  name: string;
  color: string;
  points: ReadonlyArray<{ x: number; y: number; label?: string }>;
  dashed?: boolean;
}

export interface ChartOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  series: ChartSeries[];
  logX?: boolean;
  yMin?: number;
  yMax?: number;
  width?: number;
  height?: number;
}

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const fmt = (v: number) =>
  Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);

export function lineChartSvg(o: ChartOptions): string {
  const width = o.width ?? 640;
  const height = o.height ?? 360;
  const pad = { left: 60, right: 40, top: 48, bottom: 48 + 16 * Math.ceil(o.series.length / 3) };
  const all = o.series.flatMap((s) => s.points);
  const tx = (x: number) => (o.logX ? Math.log10(x) : x);
  const xs = all.map((p) => tx(p.x));
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const y0 = o.yMin ?? Math.min(...all.map((p) => p.y));
  const y1 = o.yMax ?? Math.max(...all.map((p) => p.y));
  const sx = (x: number) => pad.left + ((tx(x) - x0) / (x1 - x0 || 1)) * (width - pad.left - pad.right);
  const sy = (y: number) =>
    height - pad.bottom - ((y - y0) / (y1 - y0 || 1)) * (height - pad.top - pad.bottom);
  const plotBottom = height - pad.bottom;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${width / 2}" y="20" text-anchor="middle" font-size="13" font-weight="bold">${esc(o.title)}</text>`,
    `<line x1="${pad.left}" y1="${plotBottom}" x2="${width - pad.right}" y2="${plotBottom}" stroke="#555"/>`,
    `<line x1="${pad.left}" y1="${pad.top}" x2="${pad.left}" y2="${plotBottom}" stroke="#555"/>`,
  ];
  // Log scale: 1, 2 and 5 of each decade within the range.
  const xTicks = o.logX
    ? Array.from({ length: Math.ceil(x1) - Math.floor(x0) + 1 }, (_, i) => 10 ** (Math.floor(x0) + i))
        .flatMap((decade) => [decade, 2 * decade, 5 * decade])
        .filter((x) => Math.log10(x) >= x0 - 1e-9 && Math.log10(x) <= x1 + 1e-9)
    : Array.from({ length: 6 }, (_, i) => x0 + ((x1 - x0) * i) / 5);
  for (const x of xTicks) {
    parts.push(
      `<line x1="${sx(x)}" y1="${plotBottom}" x2="${sx(x)}" y2="${plotBottom + 4}" stroke="#555"/>`,
      `<text x="${sx(x)}" y="${plotBottom + 16}" text-anchor="middle">${fmt(x)}</text>`,
    );
  }
  for (let i = 0; i <= 5; i++) {
    const y = y0 + ((y1 - y0) * i) / 5;
    parts.push(
      `<line x1="${pad.left}" y1="${sy(y)}" x2="${width - pad.right}" y2="${sy(y)}" stroke="#eee"/>`,
      `<text x="${pad.left - 6}" y="${sy(y) + 4}" text-anchor="end">${fmt(y)}</text>`,
    );
  }
  parts.push(
    `<text x="${(pad.left + width - pad.right) / 2}" y="${plotBottom + 34}" text-anchor="middle">${esc(o.xLabel)}</text>`,
    `<text transform="translate(16 ${(pad.top + plotBottom) / 2}) rotate(-90)" text-anchor="middle">${esc(o.yLabel)}</text>`,
  );
  o.series.forEach((s, i) => {
    const points = [...s.points].sort((a, b) => a.x - b.x);
    const dash = s.dashed ? ' stroke-dasharray="5 4"' : '';
    if (points.length > 1)
      parts.push(
        `<polyline fill="none" stroke="${s.color}" stroke-width="1.8"${dash} points="${points.map((p) => `${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' ')}"/>`,
      );
    for (const p of points) {
      parts.push(`<circle cx="${sx(p.x).toFixed(1)}" cy="${sy(p.y).toFixed(1)}" r="3" fill="${s.color}"/>`);
      if (p.label)
        parts.push(
          `<text x="${(sx(p.x) + 5).toFixed(1)}" y="${(sy(p.y) - 5).toFixed(1)}" fill="${s.color}">${esc(p.label)}</text>`,
        );
    }
    const lx = pad.left + (i % 3) * ((width - pad.left) / 3);
    const ly = plotBottom + 52 + 16 * Math.floor(i / 3);
    parts.push(
      `<line x1="${lx}" y1="${ly - 4}" x2="${lx + 18}" y2="${ly - 4}" stroke="${s.color}" stroke-width="2"${dash}/>`,
      `<text x="${lx + 22}" y="${ly}">${esc(s.name)}</text>`,
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
