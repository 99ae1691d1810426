import type { Prisma } from '../../generated/prisma/client.js';
import type { DatasetVideo, TrainingDataset } from '../../ml/index.js';
import type { CatalogDatasetMeta } from './catalog-meta.js';
import { tally, type DatasetImportReport } from './import-report.js';
import { DATASET_FEATURE_SOURCE, syncFeatures, type WantedFeature } from './sync-features.js';

type Tx = Prisma.TransactionClient;

/** One batch of dataset videos: matched or created, text cues, and their VISUAL / AUDIO features. */
export async function writeVideos(
  tx: Tx,
  batch: DatasetVideo[],
  ds: TrainingDataset,
  meta: CatalogDatasetMeta,
  ids: Map<string, string>,
  report: DatasetImportReport,
): Promise<void> {
  const select = {
    id: true,
    externalId: true,
    title: true,
    onScreenText: true,
    captions: true,
    durationSec: true,
  } as const;
  const found = new Map(
    (await tx.video.findMany({ where: { externalId: { in: batch.map((v) => v.id) } }, select })).map((v) => [
      v.externalId!,
      v,
    ]),
  );
  const durationOf = (v: DatasetVideo) => v.visual?.frames ?? v.audio?.frames ?? null;
  const created = new Set<string>();
  const updated = new Set<string>();
  const fresh = batch.filter((v) => !found.has(v.id));
  if (fresh.length) {
    const made = await tx.video.createManyAndReturn({
      data: fresh.map((v) => {
        const m = meta.videos?.[v.id];
        return {
          externalId: v.id,
          source: m && Object.hasOwn(m, 'source') ? (m.source ?? null) : ds.name || DATASET_FEATURE_SOURCE,
          title: v.text?.title ?? v.id,
          onScreenText: v.text?.onScreenText ?? null,
          captions: v.text?.captions ?? null,
          durationSec: durationOf(v),
        };
      }),
      select,
    });
    for (const row of made) {
      found.set(row.externalId!, row);
      created.add(row.externalId!);
    }
  }
  for (const v of batch) {
    const row = found.get(v.id)!;
    ids.set(v.id, row.id);
    if (created.has(v.id)) continue;
    const data: Prisma.VideoUpdateInput = {};
    if (row.durationSec !== durationOf(v)) data.durationSec = durationOf(v);
    if (v.text) {
      const title = v.text.title ?? row.title;
      const onScreenText = v.text.onScreenText ?? null;
      const captions = v.text.captions ?? null;
      if (row.title !== title) data.title = title;
      if (row.onScreenText !== onScreenText) data.onScreenText = onScreenText;
      if (row.captions !== captions) data.captions = captions;
    }
    if (Object.keys(data).length) {
      await tx.video.update({ where: { id: row.id }, data });
      updated.add(v.id);
    }
  }
  const wanted: WantedFeature[] = [];
  for (const v of batch) {
    const videoId = ids.get(v.id)!;
    if (v.visual) wanted.push({ owner: v.id, videoId, trackId: null, kind: 'VISUAL', seq: v.visual });
    if (v.audio) wanted.push({ owner: v.id, videoId, trackId: null, kind: 'AUDIO', seq: v.audio });
  }
  const changed = await syncFeatures(tx, wanted, report.features);
  tally(report.videos, batch.length, created, updated, changed);
}
