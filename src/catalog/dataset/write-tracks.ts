import type { Prisma } from '../../generated/prisma/client.js';
import type { DatasetTrack } from '../../ml/index.js';
import { normalizeIsrc } from '../validation.js';
import type { CatalogDatasetMeta } from './catalog-meta.js';
import { tally, type DatasetImportReport } from './import-report.js';
import { syncFeatures } from './sync-features.js';
import { assignSyntheticIsrcs } from '../synthetic-isrc.js';
import { datasetIsrcKey } from './synthetic-isrc.js';

type Tx = Prisma.TransactionClient;

/** One batch of dataset tracks: matched or created, durations, and their AUDIO features. */
export async function writeTracks(
  tx: Tx,
  batch: DatasetTrack[],
  meta: CatalogDatasetMeta,
  ids: Map<string, string>,
  report: DatasetImportReport,
): Promise<void> {
  type Row = { id: string; externalId: string | null; durationSec: number };
  const select = { id: true, externalId: true, durationSec: true } as const;
  const found = new Map<string, Row>();
  for (const t of await tx.track.findMany({ where: { externalId: { in: batch.map((t) => t.id) } }, select }))
    found.set(t.externalId!, t);
  const isrcOf = new Map<string, string>();
  for (const t of batch) {
    const isrc = meta.tracks?.[t.id]?.isrc;
    if (isrc !== undefined) isrcOf.set(t.id, normalizeIsrcOrThrow(isrc, t.id));
  }
  const byIsrc = batch.filter((t) => !found.has(t.id) && isrcOf.has(t.id));
  if (byIsrc.length) {
    const rows = await tx.track.findMany({
      where: { isrc: { in: byIsrc.map((t) => isrcOf.get(t.id)!) } },
      select: { ...select, isrc: true },
    });
    const rowOfIsrc = new Map(rows.map((r) => [r.isrc, r]));
    for (const t of byIsrc) {
      const row = rowOfIsrc.get(isrcOf.get(t.id)!);
      if (row) found.set(t.id, row);
    }
  }

  const created = new Set<string>();
  const updated = new Set<string>();
  const fresh = batch.filter((t) => !found.has(t.id));
  if (fresh.length) {
    const isrcs = await assignSyntheticIsrcs(
      tx,
      fresh.map((t) => t.id),
      datasetIsrcKey,
      isrcOf,
    );
    const made = await tx.track.createManyAndReturn({
      data: fresh.map((t) => ({
        externalId: t.id,
        isrc: isrcs.get(t.id)!,
        title: meta.tracks?.[t.id]?.title ?? t.id,
        durationSec: t.audio.frames,
      })),
      select,
    });
    for (const row of made) {
      found.set(row.externalId!, row);
      created.add(row.externalId!);
    }
  }
  for (const t of batch) {
    const row = found.get(t.id)!;
    ids.set(t.id, row.id);
    if (created.has(t.id)) continue;
    const data: Prisma.TrackUpdateInput = {};
    if (row.durationSec !== t.audio.frames) data.durationSec = t.audio.frames;
    // Matched by ISRC: link it to the dataset id so the next import matches it directly.
    if (row.externalId === null) data.externalId = t.id;
    if (Object.keys(data).length) {
      await tx.track.update({ where: { id: row.id }, data });
      updated.add(t.id);
    }
  }
  const changed = await syncFeatures(
    tx,
    batch.map((t) => ({ owner: t.id, trackId: ids.get(t.id)!, videoId: null, kind: 'AUDIO', seq: t.audio })),
    report.features,
  );
  tally(report.tracks, batch.length, created, updated, changed);
}

function normalizeIsrcOrThrow(isrc: string, id: string): string {
  try {
    return normalizeIsrc(isrc);
  } catch {
    throw new RangeError(`dataset: track ${id} has an invalid ISRC in meta.catalog: ${JSON.stringify(isrc)}`);
  }
}
