import type { Prisma } from '../../generated/prisma/client.js';
import type { PairSplit } from '../../generated/prisma/enums.js';
import type { KindCounts } from './import-report.js';

type Tx = Prisma.TransactionClient;

export interface PairRow {
  videoId: string;
  trackId: string;
  split: PairSplit;
  source: string | null;
}

/** New pairs are created; an existing pair follows the dataset's split and keeps its source. */
export async function writePairs(tx: Tx, rows: PairRow[], counts: KindCounts): Promise<void> {
  const existing = new Map(
    (
      await tx.videoMusicPair.findMany({
        where: { videoId: { in: rows.map((r) => r.videoId) }, trackId: { in: rows.map((r) => r.trackId) } },
        select: { id: true, videoId: true, trackId: true, split: true },
      })
    ).map((p) => [`${p.videoId}/${p.trackId}`, p]),
  );
  const fresh: PairRow[] = [];
  for (const r of rows) {
    const p = existing.get(`${r.videoId}/${r.trackId}`);
    if (!p) fresh.push(r);
    else if (p.split !== r.split) {
      await tx.videoMusicPair.update({ where: { id: p.id }, data: { split: r.split } });
      counts.updated += 1;
    } else counts.unchanged += 1;
  }
  if (fresh.length)
    counts.created += (await tx.videoMusicPair.createMany({ data: fresh, skipDuplicates: true })).count;
}
