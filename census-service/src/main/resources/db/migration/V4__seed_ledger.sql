-- Which content of a seed this database holds (census-service's KazakhstanSeed): a restart whose seed
-- hashes the same as the one recorded here, under the same migrations, skips re-reading and re-checking
-- it (start time, docs/performance.md). Deleting a row makes the next start check that seed again.
CREATE TABLE seed_applied (
    name         TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    applied_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
