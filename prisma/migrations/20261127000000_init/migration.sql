-- The catalog's initial schema. Hand-written in the SQL that `prisma migrate dev` would emit,
-- so `prisma migrate deploy` accepts it wherever Prisma's schema engine is available.
CREATE EXTENSION IF NOT EXISTS vector;

-- CreateEnum
CREATE TYPE "TrackStatus" AS ENUM ('ACTIVE', 'HIDDEN', 'TAKEN_DOWN');
CREATE TYPE "KeyMode" AS ENUM ('MAJOR', 'MINOR');
CREATE TYPE "ArtistRole" AS ENUM ('PRIMARY', 'FEATURED', 'COMPOSER', 'PRODUCER', 'REMIXER');
CREATE TYPE "TagCategory" AS ENUM ('GENRE', 'MOOD', 'INSTRUMENT', 'THEME', 'ENERGY', 'ERA');
CREATE TYPE "LicenceUsage" AS ENUM ('ONLINE_VIDEO', 'SOCIAL', 'ADVERTISING', 'BROADCAST', 'FILM', 'GAME', 'PODCAST');
CREATE TYPE "PairSplit" AS ENUM ('TRAIN', 'VALIDATION', 'TEST');
CREATE TYPE "FeatureKind" AS ENUM ('AUDIO', 'VISUAL');
CREATE TYPE "FeatureDtype" AS ENUM ('FLOAT32', 'UINT8');
CREATE TYPE "ModelStatus" AS ENUM ('READY', 'ACTIVE', 'RETIRED', 'FAILED');
CREATE TYPE "ApiRole" AS ENUM ('ADMIN', 'EDITOR', 'VIEWER');

-- CreateTable
CREATE TABLE "artist" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "country" CHAR(2),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "artist_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "track" (
    "id" UUID NOT NULL,
    "isrc" CHAR(12) NOT NULL,
    "title" TEXT NOT NULL,
    "duration_sec" DOUBLE PRECISION NOT NULL,
    "bpm" DOUBLE PRECISION,
    "musical_key" TEXT,
    "mode" "KeyMode",
    "has_vocals" BOOLEAN NOT NULL DEFAULT false,
    "explicit" BOOLEAN NOT NULL DEFAULT false,
    "energy" DOUBLE PRECISION,
    "release_date" DATE,
    "language" VARCHAR(3),
    "status" "TrackStatus" NOT NULL DEFAULT 'ACTIVE',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "track_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "track_artist" (
    "track_id" UUID NOT NULL,
    "artist_id" UUID NOT NULL,
    "role" "ArtistRole" NOT NULL DEFAULT 'PRIMARY',
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "track_artist_pkey" PRIMARY KEY ("track_id","artist_id","role")
);

CREATE TABLE "tag" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "category" "TagCategory" NOT NULL,
    CONSTRAINT "tag_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "track_tag" (
    "track_id" UUID NOT NULL,
    "tag_id" UUID NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL DEFAULT 1,
    CONSTRAINT "track_tag_pkey" PRIMARY KEY ("track_id","tag_id")
);

CREATE TABLE "licence_term" (
    "id" UUID NOT NULL,
    "track_id" UUID NOT NULL,
    "rights_holder" TEXT NOT NULL,
    "usages" "LicenceUsage"[],
    "worldwide" BOOLEAN NOT NULL DEFAULT false,
    "territories_allow" TEXT[],
    "territories_deny" TEXT[],
    "valid_from" DATE,
    "valid_until" DATE,
    "price_tier" INTEGER NOT NULL DEFAULT 1,
    "exclusive" BOOLEAN NOT NULL DEFAULT false,
    "content_id_registered" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "licence_term_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "video" (
    "id" UUID NOT NULL,
    "external_id" TEXT,
    "title" TEXT NOT NULL,
    "on_screen_text" TEXT,
    "captions" TEXT,
    "duration_sec" DOUBLE PRECISION,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "video_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "video_music_pair" (
    "id" UUID NOT NULL,
    "video_id" UUID NOT NULL,
    "track_id" UUID NOT NULL,
    "split" "PairSplit" NOT NULL DEFAULT 'TRAIN',
    "source" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "video_music_pair_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "media_feature" (
    "id" UUID NOT NULL,
    "track_id" UUID,
    "video_id" UUID,
    "kind" "FeatureKind" NOT NULL,
    "extractor" TEXT NOT NULL,
    "dim" INTEGER NOT NULL,
    "frames" INTEGER NOT NULL,
    "dtype" "FeatureDtype" NOT NULL,
    "quant_min" DOUBLE PRECISION,
    "quant_max" DOUBLE PRECISION,
    "data" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "media_feature_pkey" PRIMARY KEY ("id"),
    -- A feature belongs to exactly one owner, and its payload matches its declared shape.
    CONSTRAINT "media_feature_owner_check" CHECK (("track_id" IS NULL) <> ("video_id" IS NULL)),
    CONSTRAINT "media_feature_shape_check" CHECK (
      "dim" > 0 AND "frames" > 0 AND
      octet_length("data") = "dim" * "frames" * (CASE WHEN "dtype" = 'FLOAT32' THEN 4 ELSE 1 END))
);

CREATE TABLE "model_version" (
    "id" UUID NOT NULL,
    "version" TEXT NOT NULL,
    "status" "ModelStatus" NOT NULL DEFAULT 'READY',
    "dim" INTEGER NOT NULL,
    "path" TEXT NOT NULL,
    "manifest" JSONB NOT NULL,
    "metrics" JSONB,
    "dataset_hash" TEXT,
    "parent_id" UUID,
    "activated_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "model_version_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "track_embedding" (
    "track_id" UUID NOT NULL,
    "model_version_id" UUID NOT NULL,
    "embedding" vector(256) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "track_embedding_pkey" PRIMARY KEY ("track_id","model_version_id")
);

CREATE TABLE "api_key" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "role" "ApiRole" NOT NULL,
    "prefix" TEXT NOT NULL,
    "key_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    CONSTRAINT "api_key_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "artist_name_idx" ON "artist"("name");
CREATE UNIQUE INDEX "track_isrc_key" ON "track"("isrc");
CREATE INDEX "track_status_title_idx" ON "track"("status", "title");
CREATE INDEX "track_bpm_idx" ON "track"("bpm");
CREATE INDEX "track_duration_sec_idx" ON "track"("duration_sec");
CREATE INDEX "track_artist_artist_id_idx" ON "track_artist"("artist_id");
CREATE UNIQUE INDEX "tag_category_name_key" ON "tag"("category", "name");
CREATE INDEX "track_tag_tag_id_idx" ON "track_tag"("tag_id");
CREATE INDEX "licence_term_track_id_idx" ON "licence_term"("track_id");
CREATE UNIQUE INDEX "video_external_id_key" ON "video"("external_id");
CREATE INDEX "video_music_pair_track_id_idx" ON "video_music_pair"("track_id");
CREATE UNIQUE INDEX "video_music_pair_video_id_track_id_key" ON "video_music_pair"("video_id", "track_id");
CREATE UNIQUE INDEX "media_feature_track_id_kind_key" ON "media_feature"("track_id", "kind");
CREATE UNIQUE INDEX "media_feature_video_id_kind_key" ON "media_feature"("video_id", "kind");
CREATE UNIQUE INDEX "model_version_version_key" ON "model_version"("version");
CREATE INDEX "track_embedding_model_version_id_idx" ON "track_embedding"("model_version_id");
CREATE UNIQUE INDEX "api_key_prefix_key" ON "api_key"("prefix");
CREATE UNIQUE INDEX "api_key_key_hash_key" ON "api_key"("key_hash");

-- AddForeignKey
ALTER TABLE "track_artist" ADD CONSTRAINT "track_artist_track_id_fkey" FOREIGN KEY ("track_id") REFERENCES "track"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "track_artist" ADD CONSTRAINT "track_artist_artist_id_fkey" FOREIGN KEY ("artist_id") REFERENCES "artist"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "track_tag" ADD CONSTRAINT "track_tag_track_id_fkey" FOREIGN KEY ("track_id") REFERENCES "track"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "track_tag" ADD CONSTRAINT "track_tag_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "licence_term" ADD CONSTRAINT "licence_term_track_id_fkey" FOREIGN KEY ("track_id") REFERENCES "track"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "video_music_pair" ADD CONSTRAINT "video_music_pair_video_id_fkey" FOREIGN KEY ("video_id") REFERENCES "video"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "video_music_pair" ADD CONSTRAINT "video_music_pair_track_id_fkey" FOREIGN KEY ("track_id") REFERENCES "track"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "media_feature" ADD CONSTRAINT "media_feature_track_id_fkey" FOREIGN KEY ("track_id") REFERENCES "track"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "media_feature" ADD CONSTRAINT "media_feature_video_id_fkey" FOREIGN KEY ("video_id") REFERENCES "video"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "model_version" ADD CONSTRAINT "model_version_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "model_version"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "track_embedding" ADD CONSTRAINT "track_embedding_track_id_fkey" FOREIGN KEY ("track_id") REFERENCES "track"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "track_embedding" ADD CONSTRAINT "track_embedding_model_version_id_fkey" FOREIGN KEY ("model_version_id") REFERENCES "model_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;
