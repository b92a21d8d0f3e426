-- What election-service knows of units, from census-service's events (never its database).
CREATE TABLE known_unit (
    code        TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    valid_from  DATE,
    valid_to    DATE
);

-- A bulletin of an election commission: voters on the roll per unit on a roll date.
-- (issuer, roll_date, content_hash) identifies a bulletin; a different content for the same issuer
-- and roll date is a correction: a new version that supersedes the previous one.
CREATE TABLE bulletin (
    id            UUID PRIMARY KEY,
    issuer        TEXT        NOT NULL,
    title         TEXT,
    roll_date     DATE        NOT NULL,
    published_on  DATE,
    citation      TEXT,
    content_hash  TEXT        NOT NULL,
    version       INT         NOT NULL,
    superseded_by UUID REFERENCES bulletin (id),
    row_count     INT         NOT NULL,
    received_at   TIMESTAMPTZ NOT NULL,
    UNIQUE (issuer, roll_date, content_hash),
    UNIQUE (issuer, roll_date, version)
);

CREATE TABLE bulletin_row (
    bulletin_id  UUID   NOT NULL REFERENCES bulletin (id),
    line         INT    NOT NULL,
    unit_code    TEXT   NOT NULL,
    voters       BIGINT NOT NULL CHECK (voters > 0),
    PRIMARY KEY (bulletin_id, unit_code)
);

-- Seats of a unit's council per convocation.
CREATE TABLE convocation_seats (
    unit_code      TEXT NOT NULL,
    convocation    TEXT NOT NULL,
    election_date  DATE,
    seats          INT  NOT NULL CHECK (seats > 0),
    source         TEXT NOT NULL,
    source_date    DATE NOT NULL,
    citation       TEXT,
    PRIMARY KEY (unit_code, convocation)
);
