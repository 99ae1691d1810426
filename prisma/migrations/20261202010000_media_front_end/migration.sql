-- Media front ends and audio estimates (issue 11; docs/media.md).
--
-- media_feature.front_end: the front end that computed the row, as name@version
-- (e.g. "vmr-logmel@1"). NULL for rows from before media ingest, client-supplied features and
-- the synthetic demo data: "unspecified", which any model accepts. A model's manifest records
-- the front ends it was trained on (frontEnds.audio / frontEnds.visual), and features whose
-- recorded front end differs from the model's are refused.
ALTER TABLE "media_feature" ADD COLUMN "front_end" TEXT;

-- track.loudness_lufs: integrated loudness (ITU-R BS.1770 / EBU R128), in LUFS.
ALTER TABLE "track" ADD COLUMN "loudness_lufs" DOUBLE PRECISION;

-- track.estimates: the fields whose current value was estimated from the track's audio, as
-- { "<field>": { "value": ..., "confidence": 0..1, "frontEnd": "vmr-logmel@1", "at": "<ISO time>" } },
-- fields among durationSec, bpm, key, mode, loudness. A field not listed holds what a person
-- or an import wrote (or nothing).
ALTER TABLE "track" ADD COLUMN "estimates" JSONB NOT NULL DEFAULT '{}';

-- track.edited_fields: the fields an editor set (createTrack's bpm/key/mode/loudness, any field
-- set by updateTrack); estimates never overwrite them. Setting a field to null hands it back.
-- (Nullable, as Prisma writes a scalar list; the default makes it empty, never null, in practice.)
ALTER TABLE "track" ADD COLUMN "edited_fields" TEXT[] DEFAULT ARRAY[]::TEXT[];
