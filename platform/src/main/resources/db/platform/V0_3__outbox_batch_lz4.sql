-- Every array of a batch compressed by lz4, not only the payloads: a batch's ids, topics, keys and types are each
-- larger than TOAST's threshold, and pglz compressing them was 1.6 % of model-service's consumer backend in a
-- 100,000-unit bulletin (docs/performance.md). Only new values are affected; a server built without lz4 keeps pglz.
DO $$
BEGIN
    ALTER TABLE outbox_batch
        ALTER COLUMN event_ids SET COMPRESSION lz4,
        ALTER COLUMN topics SET COMPRESSION lz4,
        ALTER COLUMN record_keys SET COMPRESSION lz4,
        ALTER COLUMN event_types SET COMPRESSION lz4;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'outbox_batch keeps the default compression: %', SQLERRM;
END $$;
