/** Per kind of row: what an import created, changed, and found as it already was. */
export interface KindCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface DatasetImportReport {
  name: string;
  tracks: KindCounts;
  videos: KindCounts;
  pairs: KindCounts;
  features: KindCounts;
}

export const emptyKindCounts = (): KindCounts => ({ created: 0, updated: 0, unchanged: 0 });

/** Counts a batch of `total` videos or tracks; one whose features `changed` but was not created is updated. */
export function tally(
  c: KindCounts,
  total: number,
  created: Set<string>,
  updated: Set<string>,
  changed: Set<string>,
): void {
  for (const id of changed) if (!created.has(id)) updated.add(id);
  c.created += created.size;
  c.updated += updated.size;
  c.unchanged += total - created.size - updated.size;
}
