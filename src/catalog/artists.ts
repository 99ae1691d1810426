import type { Artist, Prisma } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import { badInput, notFound } from '../errors.js';
import { escapeLike, isTerritory, nonEmpty } from './validation.js';

export interface ArtistFields {
  name: string;
  country?: string | null;
}

function toColumns(input: ArtistFields): { name: string; country: string | null } {
  const country = input.country ? input.country.trim().toUpperCase() : null;
  if (country && !isTerritory(country))
    throw badInput(
      `input.country is not an ISO 3166-1 alpha-2 code: ${JSON.stringify(input.country)}`,
      'input.country',
    );
  return { name: nonEmpty(input.name, 'input.name', 200), country };
}

/**
 * Artists whose name contains `name`, case-insensitively and literally: `%` finds names with a
 * percent sign, not every artist (Prisma's `contains` does not escape LIKE's metacharacters).
 */
export function artistNameWhere(name: string | null | undefined): Prisma.ArtistWhereInput {
  return name ? { name: { contains: escapeLike(name), mode: 'insensitive' } } : {};
}

export async function createArtist(db: Db, input: ArtistFields): Promise<Artist> {
  return db.artist.create({ data: toColumns(input) });
}

export async function updateArtist(db: Db, id: string, input: ArtistFields): Promise<Artist> {
  const data = toColumns(input);
  const { count } = await db.artist.updateMany({ where: { id }, data });
  if (count === 0) throw notFound('Artist', id);
  return db.artist.findUniqueOrThrow({ where: { id } });
}

export async function deleteArtist(db: Db, id: string): Promise<void> {
  const { count } = await db.artist.deleteMany({ where: { id } });
  if (count === 0) throw notFound('Artist', id);
}
