import type { TrainProgressEvent } from '../train/trainer.js';

/** JSON lines when stdout is not a terminal (logs, job runners); a one-line progress bar on a TTY. */
export function progressReporter(
  tty: boolean,
  write: (s: string) => void = (s) => process.stdout.write(s),
): (e: TrainProgressEvent) => void {
  if (!tty) return (e) => write(JSON.stringify({ ts: new Date().toISOString(), ...e }) + '\n');
  return (e) => {
    switch (e.type) {
      case 'start':
        write(
          `training: ${e.trainPairs} pairs, batch ${e.batchSize}, ${e.stepsPerEpoch} steps/epoch, up to ${e.epochs} epochs\n`,
        );
        break;
      case 'step': {
        const width = 30;
        const done = Math.round((e.step / e.stepsPerEpoch) * width);
        const bar = '█'.repeat(done) + '░'.repeat(width - done);
        write(
          `\repoch ${e.epoch} ${bar} ${e.step}/${e.stepsPerEpoch} loss ${e.loss.total.toFixed(4)} (inter ${e.loss.inter.toFixed(3)}) ${e.msPerStep.toFixed(0)} ms/step  `,
        );
        break;
      }
      case 'epoch': {
        const v = e.val;
        const vm = v
          ? `  val R@10 v2m ${v.v2m.r10.toFixed(3)} m2v ${v.m2v.r10.toFixed(3)}` +
            `  medR ${v.v2m.medianRank}${v.compatiblePrecisionAt10 !== undefined ? `  compatP@10 ${v.compatiblePrecisionAt10.toFixed(3)}` : ''}`
          : '';
        const others = Object.entries(e.objectives ?? {})
          .filter(([o]) => o !== 'video_music')
          .map(([o, s]) => `  ${o} R@10 ${s.score.toFixed(3)}`)
          .join('');
        write(
          `\repoch ${e.epoch}: loss ${e.trainLoss.total.toFixed(4)}${vm}${others}${e.best ? '  *' : ''}\n`,
        );
        break;
      }
      case 'early-stop':
        write(`early stop at epoch ${e.epoch}; best epoch ${e.bestEpoch}\n`);
        break;
      case 'done':
        if (e.test)
          write(
            `test: R@10 v2m ${e.test.v2m.r10.toFixed(3)} m2v ${e.test.m2v.r10.toFixed(3)} medR v2m ${e.test.v2m.medianRank}\n`,
          );
        break;
    }
  };
}
