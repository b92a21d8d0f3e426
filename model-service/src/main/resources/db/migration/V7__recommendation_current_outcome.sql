-- What recomputation compares a new result with, kept beside the pointer. Reading it through the pointer's id
-- joined every current recommendation of a batch by a random UUID (one index probe and heap page each), and with
-- the pointers' statistics stale in the middle of a large bulletin the join became a scan of every recommendation
-- ever issued: 8.3 s of model-service's 100,000-unit post (docs/performance.md). Written with the pointer.
ALTER TABLE recommendation_current
    ADD COLUMN voters        BIGINT,
    ADD COLUMN raw           NUMERIC, -- as computed, like recommendation.raw (V4)
    ADD COLUMN rounded       INT,
    ADD COLUMN seats         INT,
    ADD COLUMN cap           INT,
    ADD COLUMN cap_binds     BOOLEAN,
    ADD COLUMN current_seats INT;
UPDATE recommendation_current p SET voters = r.input_value, raw = r.raw, rounded = r.rounded, seats = r.seats, cap = r.cap,
    cap_binds = r.cap_binds, current_seats = r.current_seats
    FROM recommendation r WHERE r.id = p.id;
ALTER TABLE recommendation_current
    ALTER COLUMN voters SET NOT NULL,
    ALTER COLUMN raw SET NOT NULL,
    ALTER COLUMN rounded SET NOT NULL,
    ALTER COLUMN seats SET NOT NULL,
    ALTER COLUMN cap_binds SET NOT NULL;
