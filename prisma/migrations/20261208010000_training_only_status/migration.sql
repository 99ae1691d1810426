-- TRAINING_ONLY: tracks that exist only to train (the demo's synthetic training set, the audio
-- tracks createVideoFromUpload's pairOwnAudio makes), never catalog content (docs/rights.md,
-- Visibility). A value added inside a transaction cannot be used before it commits, and the
-- migrator runs each migration in one: the next migration moves the existing rows.
ALTER TYPE "TrackStatus" ADD VALUE 'TRAINING_ONLY';
