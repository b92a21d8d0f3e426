-- model-service computes only from its own read model, built from census and election events.
CREATE TABLE unit_view (
    code        TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    parent_code TEXT,
    name_en     TEXT,
    valid_from  DATE,
    valid_to    DATE
);

-- Voters on the roll per unit, one row per bulletin that named the unit.
CREATE TABLE roll_figure (
    unit_code        TEXT        NOT NULL,
    bulletin_id      TEXT        NOT NULL,
    bulletin_version INT         NOT NULL,
    voters           BIGINT      NOT NULL,
    roll_date        DATE        NOT NULL,
    source           TEXT        NOT NULL,
    citation         TEXT,
    received_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (unit_code, bulletin_id)
);

CREATE TABLE council_seats (
    unit_code     TEXT NOT NULL,
    convocation   TEXT NOT NULL,
    ordinal       INT  NOT NULL,
    election_date DATE,
    seats         INT  NOT NULL,
    source        TEXT NOT NULL,
    source_date   DATE NOT NULL,
    citation      TEXT,
    PRIMARY KEY (unit_code, convocation)
);

-- Every recommendation ever issued; the current one of a (unit, configuration) has superseded_at NULL.
CREATE TABLE recommendation (
    id               UUID PRIMARY KEY,
    unit_code        TEXT          NOT NULL,
    configuration    TEXT          NOT NULL,
    model            TEXT          NOT NULL,
    parameters       TEXT          NOT NULL,
    rounding         TEXT          NOT NULL,
    cap_applied      BOOLEAN       NOT NULL,
    input_universe   TEXT          NOT NULL,
    input_value      BIGINT        NOT NULL,
    input_figure_id  TEXT,
    input_source     TEXT          NOT NULL,
    input_date       DATE          NOT NULL,
    input_citation   TEXT,
    bulletin_version INT,
    raw              NUMERIC(40, 20) NOT NULL,
    rounded          INT           NOT NULL,
    seats            INT           NOT NULL,
    cap              INT,
    cap_binds        BOOLEAN       NOT NULL,
    current_seats    INT,
    gap              INT,
    computed_at      TIMESTAMPTZ   NOT NULL,
    superseded_at    TIMESTAMPTZ
);
CREATE UNIQUE INDEX recommendation_current ON recommendation (unit_code, configuration) WHERE superseded_at IS NULL;
CREATE INDEX recommendation_history ON recommendation (unit_code, configuration, computed_at);
