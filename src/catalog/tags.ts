import type { Prisma, Tag } from '../generated/prisma/client.js';
import type { TagCategory } from '../generated/prisma/enums.js';
import type { Db } from '../db/client.js';
import { badInput, clientError, ErrorCode, notFound } from '../errors.js';
import { nonEmpty, numberInRange } from './validation.js';

type Tx = Prisma.TransactionClient;

export interface TagAssignment {
  /** Database id of an existing tag, or name + category of a tag to find or create. */
  tagId?: string | null;
  name?: string | null;
  category?: TagCategory | null;
  weight?: number | null;
}

/** Finds or creates a tag by (category, name); names keep the editor's casing. */
export async function upsertTag(tx: Tx, category: TagCategory, name: string): Promise<Tag> {
  const clean = nonEmpty(name, 'tag name', 100);
  return tx.tag.upsert({
    where: { category_name: { category, name: clean } },
    create: { category, name: clean },
    update: {},
  });
}

/** Resolves assignments to (tagId, weight) pairs, validating everything before any write. */
export async function resolveTagAssignments(
  tx: Tx,
  assignments: readonly TagAssignment[],
  field = 'tags',
): Promise<Array<{ tagId: string; weight: number }>> {
  const byTag = new Map<string, number>();
  for (const [index, assignment] of assignments.entries()) {
    const path = `${field}[${index}]`;
    const weight = numberInRange(assignment.weight ?? 1, 0, 1, `${path}.weight`);
    let tagId: string;
    if (assignment.tagId) {
      const tag = await tx.tag.findUnique({ where: { id: assignment.tagId } });
      if (!tag) throw notFound('Tag', assignment.tagId);
      tagId = tag.id;
    } else if (assignment.name && assignment.category) {
      tagId = (await upsertTag(tx, assignment.category, assignment.name)).id;
    } else {
      throw badInput(`${path} needs either tagId, or name and category`, path);
    }
    byTag.set(tagId, weight);
  }
  return [...byTag].map(([tagId, weight]) => ({ tagId, weight }));
}

export async function createTag(db: Db, category: TagCategory, name: string): Promise<Tag> {
  const clean = nonEmpty(name, 'input.name', 100);
  const existing = await db.tag.findUnique({ where: { category_name: { category, name: clean } } });
  if (existing)
    throw clientError(ErrorCode.CONFLICT, `Tag ${category}:${clean} already exists`, {
      existingId: existing.id,
    });
  return db.tag.create({ data: { category, name: clean } });
}

export async function updateTag(
  db: Db,
  id: string,
  patch: { name?: string | null; category?: TagCategory | null },
): Promise<Tag> {
  const tag = await db.tag.findUnique({ where: { id } });
  if (!tag) throw notFound('Tag', id);
  const name = patch.name != null ? nonEmpty(patch.name, 'input.name', 100) : tag.name;
  const category = patch.category ?? tag.category;
  const clash = await db.tag.findUnique({ where: { category_name: { category, name } } });
  if (clash && clash.id !== id)
    throw clientError(ErrorCode.CONFLICT, `Tag ${category}:${name} already exists`, { existingId: clash.id });
  return db.tag.update({ where: { id }, data: { name, category } });
}

export async function deleteTag(db: Db, id: string): Promise<void> {
  const { count } = await db.tag.deleteMany({ where: { id } });
  if (count === 0) throw notFound('Tag', id);
}
