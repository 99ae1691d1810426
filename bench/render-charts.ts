// Renders the README's benchmark charts into bench/results/ from the benchmarks' JSON:
//   search-recall-latency.svg  recall@10 against p95 latency per filter selectivity (bench:search)
//   training-loss.svg          a training run's loss components and validation per epoch
//                              (bench/results/training-run.json, written by --train)
// Usage: npx tsx bench/render-charts.ts [--train]
// --train first trains a small model on the default synthetic family (about a minute on 2 cores)
// and records its per-epoch history to bench/results/training-run.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { lineChartSvg, type ChartSeries } from './charts/line-chart.js';
import { generateSyntheticDataset } from '../src/ml/data/synthetic.js';
import { train } from '../src/ml/train/trainer.js';

interface SearchResult {
  tracks: number;
  selectivities: Array<{ label: string; recallAt10: number; p95Ms: number; exactP95Ms: number }>;
}

const COLORS = ['#2f4fd8', '#d8702f', '#2fa85a', '#a32020', '#7a3fb0', '#1d2433'];

function searchChart(): void {
  const files = ['bench/results/search.json', 'bench/results/search-1000000.json'].filter(existsSync);
  const series: ChartSeries[] = [];
  files.forEach((file, i) => {
    const r = JSON.parse(readFileSync(file, 'utf8')) as SearchResult;
    const size = r.tracks >= 1e6 ? `${r.tracks / 1e6}M` : `${r.tracks / 1e3}k`;
    series.push({
      name: `vector search, ${size} tracks`,
      color: COLORS[i * 2]!,
      points: r.selectivities.map((s) => ({ x: s.p95Ms, y: s.recallAt10, label: s.label })),
    });
    series.push({
      name: `exact scan, ${size} tracks (recall 1)`,
      color: COLORS[i * 2 + 1]!,
      dashed: true,
      points: r.selectivities.map((s) => ({ x: s.exactP95Ms, y: 1, label: s.label })),
    });
  });
  writeFileSync(
    'bench/results/search-recall-latency.svg',
    lineChartSvg({
      title: 'Filtered search: recall@10 against p95 latency, per filter selectivity',
      xLabel: 'p95 latency (ms, log scale)',
      yLabel: 'recall@10',
      logX: true,
      yMin: 0.8,
      yMax: 1.02,
      series,
    }),
  );
}

interface TrainingRun {
  command: string;
  history: Array<{
    epoch: number;
    trainLoss: { inter: number; intraVideo: number; intraMusic: number; total: number };
    valScore: number;
  }>;
}

async function recordTrainingRun(): Promise<void> {
  const { dataset } = generateSyntheticDataset({ seed: 7, trainPairs: 1500, valPairs: 150, testPairs: 150 });
  const model = await train({
    dataset,
    model: { hidden: 64 },
    dim: 64,
    segments: 8,
    epochs: 12,
    batchSize: 128,
    seed: 1,
    patience: 100,
    evaluateTest: false,
  });
  const run: TrainingRun = { command: 'npx tsx bench/render-charts.ts --train', history: model.history };
  writeFileSync('bench/results/training-run.json', `${JSON.stringify(run, null, 2)}\n`);
}

function trainingChart(): void {
  if (!existsSync('bench/results/training-run.json')) return;
  const run = JSON.parse(readFileSync('bench/results/training-run.json', 'utf8')) as TrainingRun;
  const component = (
    key: keyof TrainingRun['history'][number]['trainLoss'],
    name: string,
    color: string,
  ): ChartSeries => ({
    name,
    color,
    points: run.history.map((h) => ({ x: h.epoch, y: h.trainLoss[key] })),
  });
  writeFileSync(
    'bench/results/training-loss.svg',
    lineChartSvg({
      title: 'A training run: mean training loss per epoch (II loss, λ = 1)',
      xLabel: 'epoch',
      yLabel: 'loss (nats)',
      yMin: 0,
      series: [
        component('total', 'total', COLORS[5]!),
        component('inter', 'inter (InfoNCE)', COLORS[0]!),
        component('intraVideo', 'intra video', COLORS[1]!),
        component('intraMusic', 'intra music', COLORS[2]!),
      ],
    }),
  );
  writeFileSync(
    'bench/results/training-validation.svg',
    lineChartSvg({
      title: 'The same run: validation mean R@10 per epoch',
      xLabel: 'epoch',
      yLabel: 'mean R@10 (both directions)',
      series: [
        {
          name: 'validation',
          color: COLORS[0]!,
          points: run.history.map((h) => ({ x: h.epoch, y: h.valScore })),
        },
      ],
    }),
  );
}

if (process.argv.includes('--train')) await recordTrainingRun();
searchChart();
trainingChart();
console.log('[charts] wrote bench/results/search-recall-latency.svg and the training charts');
