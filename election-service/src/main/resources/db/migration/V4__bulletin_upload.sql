-- An upload answered 202 (Prefer: respond-async): its progress while it is validated and stored,
-- then the bulletin it became or the problem that rejected it.
CREATE TABLE bulletin_upload (
    id              UUID PRIMARY KEY,
    status          TEXT        NOT NULL CHECK (status IN ('VALIDATING', 'STORING', 'STORED', 'REJECTED', 'FAILED')),
    total           INT         NOT NULL,
    rows_validated  INT         NOT NULL DEFAULT 0,
    rows_stored     INT         NOT NULL DEFAULT 0,
    bulletin_id     UUID REFERENCES bulletin (id),
    -- false when the same bulletin had been uploaded before (the upload then answers with it)
    created         BOOLEAN,
    problem         TEXT,
    received_at     TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
