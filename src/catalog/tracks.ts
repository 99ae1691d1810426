import type { Prisma, Track } from '../generated/prisma/client.js';
import type { ArtistRole } from '../generated/prisma/enums.js';
import type { Db } from '../db/client.js';
import { clientError, ErrorCode, notFound } from '../errors.js';
import { toTrackColumns, type TrackColumns, type TrackFieldsInput } from './track-fields.js';
import { resolveTagAssignments, type TagAssignment } from './tags.js';
import { asActor, type Actor } from './audit/actor.js';
import { editMarks, trackEstimates } from './track-estimates.js';

type Tx = Prisma.TransactionClient;

export interface CreditInput {
  artistId: string;
  role?: ArtistRole | null;
}

async function assertIsrcFree(tx: Tx, isrc: string, exceptTrackId?: string): Promise<void> {
  const owner = await tx.track.findUnique({ where: { isrc }, select: { id: true } });
  if (owner && owner.id !== exceptTrackId) {
    throw clientError(ErrorCode.CONFLICT, `A track with ISRC ${isrc} already exists`, {
      existingId: owner.id,
    });
  }
}

/** Replaces a track's credits; credit order follows the input order. */
async function replaceCredits(tx: Tx, trackId: string, credits: readonly CreditInput[]): Promise<void> {
  const artistIds = [...new Set(credits.map((c) => c.artistId))];
  const found = await tx.artist.findMany({ where: { id: { in: artistIds } }, select: { id: true } });
  const missing = artistIds.find((id) => !found.some((a) => a.id === id));
  if (missing) throw notFound('Artist', missing);
  await tx.trackArtist.deleteMany({ where: { trackId } });
  const seen = new Set<string>();
  const rows = credits
    .map((c, position) => ({ trackId, artistId: c.artistId, role: c.role ?? 'PRIMARY', position }))
    .filter((row) => {
      const key = `${row.artistId}/${row.role}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
  await tx.trackArtist.createMany({ data: rows });
}

async function replaceTags(tx: Tx, trackId: string, tags: readonly TagAssignment[]): Promise<void> {
  const resolved = await resolveTagAssignments(tx, tags);
  await tx.trackTag.deleteMany({ where: { trackId } });
  await tx.trackTag.createMany({ data: resolved.map((t) => ({ trackId, ...t })) });
}

export interface CreateTrackInput extends TrackFieldsInput {
  credits?: readonly CreditInput[] | null;
  tags?: readonly TagAssignment[] | null;
}

export async function createTrack(db: Db, input: CreateTrackInput, actor?: Actor): Promise<Track> {
  const columns = toTrackColumns(input, true) as Required<
    Pick<TrackColumns, 'isrc' | 'title' | 'durationSec'>
  > &
    TrackColumns;
  return db.$transaction(async (tx) => {
    await asActor(tx, actor);
    await assertIsrcFree(tx, columns.isrc);
    // An editor's bpm, key, mode or loudness is kept when audio estimates arrive (track-estimates.ts).
    const marks = editMarks(columns, { editedFields: [], estimates: {} }, true);
    const track = await tx.track.create({
      data: { ...columns, ...(marks ? { editedFields: marks.editedFields } : {}) },
    });
    if (input.credits?.length) await replaceCredits(tx, track.id, input.credits);
    if (input.tags?.length) await replaceTags(tx, track.id, input.tags);
    return track;
  });
}

export interface UpdateTrackInput extends TrackFieldsInput {
  credits?: readonly CreditInput[] | null;
}

export async function updateTrack(
  db: Db,
  id: string,
  input: UpdateTrackInput,
  actor?: Actor,
): Promise<Track> {
  const columns = toTrackColumns(input, false);
  return db.$transaction(async (tx) => {
    await asActor(tx, actor);
    const existing = await tx.track.findUnique({
      where: { id },
      select: { id: true, editedFields: true, estimates: true },
    });
    if (!existing) throw notFound('Track', id);
    if (columns.isrc) await assertIsrcFree(tx, columns.isrc, id);
    // A field the editor sets stops being an estimate and is never estimated over again.
    const marks = editMarks(
      columns,
      { editedFields: existing.editedFields, estimates: trackEstimates(existing) },
      false,
    );
    const track = await tx.track.update({
      where: { id },
      data: {
        ...columns,
        ...(marks
          ? { editedFields: marks.editedFields, estimates: marks.estimates as Prisma.InputJsonObject }
          : {}),
      },
    });
    if (input.credits) await replaceCredits(tx, id, input.credits);
    return track;
  });
}

export async function deleteTrack(db: Db, id: string, actor?: Actor): Promise<void> {
  await db.$transaction(async (tx) => {
    await asActor(tx, actor);
    const { count } = await tx.track.deleteMany({ where: { id } });
    if (count === 0) throw notFound('Track', id);
  });
}

export async function setTrackTags(
  db: Db,
  trackId: string,
  tags: readonly TagAssignment[],
  actor?: Actor,
): Promise<Track> {
  return db.$transaction(async (tx) => {
    await asActor(tx, actor);
    const track = await tx.track.findUnique({ where: { id: trackId } });
    if (!track) throw notFound('Track', trackId);
    await replaceTags(tx, trackId, tags);
    // Touch the track so caches keyed on updatedAt see the change.
    return tx.track.update({ where: { id: trackId }, data: { updatedAt: new Date() } });
  });
}
