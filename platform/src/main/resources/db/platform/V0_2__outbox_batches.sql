-- The outbox keeps one row per batch of events written together, not one per event. A 100,000-unit bulletin
-- wrote 300,000 recommendation events in model-service: each a row with two index entries, locked, read and
-- deleted again by the relay, together PostgreSQL's second largest cost of the bulletin (docs/performance.md).
-- A batch is one row: its events' columns as arrays in publication order, the payloads stored out of line and
-- compressed together (TOAST). The relay publishes batches in seq order and deletes one once Kafka has
-- acknowledged all its events. An event id is no longer unique while waiting: a duplicate written while the
-- first waits is published twice, as a redelivery would be (delivery is at least once; consumers deduplicate).
CREATE TABLE outbox_batch (
    seq          BIGSERIAL   PRIMARY KEY,
    occurred_at  TIMESTAMPTZ NOT NULL,
    events       INT         NOT NULL,
    event_ids    UUID[]      NOT NULL,
    topics       TEXT[]      NOT NULL,
    record_keys  TEXT[]      NOT NULL,
    event_types  TEXT[]      NOT NULL,
    payloads     BYTEA[]     NOT NULL,
    CONSTRAINT outbox_batch_events CHECK (events > 0 AND events = cardinality(event_ids)
        AND events = cardinality(topics) AND events = cardinality(record_keys)
        AND events = cardinality(event_types) AND events = cardinality(payloads))
);

-- lz4 compresses JSON at a fraction of pglz's CPU; a server built without it keeps its default.
DO $$
BEGIN
    ALTER TABLE outbox_batch ALTER COLUMN payloads SET COMPRESSION lz4;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'outbox_batch.payloads keeps the default compression: %', SQLERRM;
END $$;

-- Events still waiting at the upgrade are published first, in their order, one batch each.
INSERT INTO outbox_batch (occurred_at, events, event_ids, topics, record_keys, event_types, payloads)
    SELECT occurred_at, 1, ARRAY[event_id], ARRAY[topic], ARRAY[record_key], ARRAY[event_type], ARRAY[payload]
    FROM outbox_event ORDER BY seq;
DROP TABLE outbox_event;
