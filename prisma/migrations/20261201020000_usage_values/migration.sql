-- Usages added for the usage tree (docs/rights.md). PostgreSQL (12+) runs ALTER TYPE ... ADD VALUE
-- inside a transaction, as the migrator does, but a value added there cannot be used before the
-- transaction commits: the tree that uses them is the next migration.
ALTER TYPE "LicenceUsage" ADD VALUE 'PODCAST_VIDEO';
ALTER TYPE "LicenceUsage" ADD VALUE 'ADVERTISING_ONLINE';
ALTER TYPE "LicenceUsage" ADD VALUE 'ADVERTISING_BROADCAST';
