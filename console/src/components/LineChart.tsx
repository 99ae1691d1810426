export interface Series {
  name: string;
  color: string;
  points: ReadonlyArray<{ x: number; y: number }>;
  dashed?: boolean;
}

const WIDTH = 640;
const HEIGHT = 260;
const PAD = { left: 52, right: 12, top: 12, bottom: 40 };

function ticks(min: number, max: number, count = 5): number[] {
  if (min === max) return [min];
  const step = (max - min) / (count - 1);
  return Array.from({ length: count }, (_, i) => min + i * step);
}

function label(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1000) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  return value.toFixed(abs >= 1 ? 2 : 3);
}

/**
 * A line chart with labelled axes and a legend, drawn as SVG. It scales to its container, so it
 * never widens the page.
 */
export function LineChart({
  title,
  xLabel,
  yLabel,
  series,
}: {
  title: string;
  xLabel: string;
  yLabel: string;
  series: Series[];
}) {
  const all = series.flatMap((s) => s.points);
  if (all.length === 0) return <p className="muted">{title}: no points yet.</p>;
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs, Math.min(...xs) + 1)];
  let [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  if (y0 === y1) [y0, y1] = [y0 - 0.5, y1 + 0.5];
  const sx = (x: number) => PAD.left + ((x - x0) / (x1 - x0)) * (WIDTH - PAD.left - PAD.right);
  const sy = (y: number) => HEIGHT - PAD.bottom - ((y - y0) / (y1 - y0)) * (HEIGHT - PAD.top - PAD.bottom);
  return (
    <figure style={{ margin: 0 }}>
      <svg className="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title}>
        <title>{title}</title>
        <line
          x1={PAD.left}
          y1={HEIGHT - PAD.bottom}
          x2={WIDTH - PAD.right}
          y2={HEIGHT - PAD.bottom}
          stroke="#888"
        />
        <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={HEIGHT - PAD.bottom} stroke="#888" />
        {ticks(x0, x1).map((x) => (
          <g key={`x${x}`}>
            <line x1={sx(x)} y1={HEIGHT - PAD.bottom} x2={sx(x)} y2={HEIGHT - PAD.bottom + 4} stroke="#888" />
            <text x={sx(x)} y={HEIGHT - PAD.bottom + 16} textAnchor="middle">
              {label(x)}
            </text>
          </g>
        ))}
        {ticks(y0, y1).map((y) => (
          <g key={`y${y}`}>
            <line x1={PAD.left - 4} y1={sy(y)} x2={WIDTH - PAD.right} y2={sy(y)} stroke="#eee" />
            <text x={PAD.left - 6} y={sy(y) + 4} textAnchor="end">
              {label(y)}
            </text>
          </g>
        ))}
        <text x={(PAD.left + WIDTH - PAD.right) / 2} y={HEIGHT - 6} textAnchor="middle">
          {xLabel}
        </text>
        <text
          x={12}
          y={(PAD.top + HEIGHT - PAD.bottom) / 2}
          textAnchor="middle"
          transform={`rotate(-90 12 ${(PAD.top + HEIGHT - PAD.bottom) / 2})`}
        >
          {yLabel}
        </text>
        {series.map((s) =>
          s.points.length === 1 ? (
            <circle key={s.name} cx={sx(s.points[0]!.x)} cy={sy(s.points[0]!.y)} r={3} fill={s.color} />
          ) : (
            <polyline
              key={s.name}
              fill="none"
              stroke={s.color}
              strokeWidth={1.5}
              strokeDasharray={s.dashed ? '5 4' : undefined}
              points={s.points.map((p) => `${sx(p.x)},${sy(p.y)}`).join(' ')}
            />
          ),
        )}
      </svg>
      <figcaption className="row">
        {series.map((s) => (
          <span key={s.name} className="muted">
            <span style={{ color: s.color }}>{s.dashed ? '┅' : '━'}</span> {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
