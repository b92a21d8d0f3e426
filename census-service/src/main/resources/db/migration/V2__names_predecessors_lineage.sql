-- A unit's former names, each with the interval in which it was in force. A rename keeps the unit
-- and its code; the rename itself is a lineage event (below) with its date and act.
CREATE TABLE unit_former_name (
    unit_code   TEXT NOT NULL REFERENCES unit (code) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name_en     TEXT NOT NULL,
    name_ru     TEXT,
    name_kk     TEXT,
    valid_from  DATE,
    valid_to    DATE NOT NULL,
    PRIMARY KEY (unit_code, position),
    CHECK (valid_from IS NULL OR valid_from <= valid_to)
);

-- The unit of an earlier census that a source compares a unit with (the study's "predecessor_1989").
-- predecessor_code is null when the predecessor is no unit of its own (a city inside a region).
CREATE TABLE unit_census_predecessor (
    unit_code         TEXT NOT NULL REFERENCES unit (code) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    census            TEXT NOT NULL,
    described_as      TEXT NOT NULL,
    predecessor_code  TEXT,
    note              TEXT,
    PRIMARY KEY (unit_code, position)
);

-- Changes of the administrative-territorial structure: each maps the units before it (from) to the
-- units after it (to); a unit in both continues. Dates known only to the month or year are stored as
-- its first day, with date_precision saying so.
CREATE TABLE lineage_event (
    id                TEXT PRIMARY KEY,
    kind              TEXT NOT NULL,
    effective_date    DATE NOT NULL,
    date_precision    TEXT NOT NULL CHECK (date_precision IN ('DAY', 'MONTH', 'YEAR')),
    previous_name_en  TEXT,
    previous_name_ru  TEXT,
    previous_name_kk  TEXT,
    legal_act         TEXT,
    note              TEXT,
    certainty         TEXT NOT NULL,
    source            TEXT NOT NULL,
    source_date       DATE NOT NULL,
    citation          TEXT
);

CREATE TABLE lineage_event_from (
    event_id   TEXT NOT NULL REFERENCES lineage_event (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    unit_code  TEXT NOT NULL REFERENCES unit (code),
    PRIMARY KEY (event_id, position)
);
CREATE INDEX lineage_event_from_unit ON lineage_event_from (unit_code);

CREATE TABLE lineage_event_to (
    event_id   TEXT NOT NULL REFERENCES lineage_event (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    unit_code  TEXT NOT NULL REFERENCES unit (code),
    PRIMARY KEY (event_id, position)
);
CREATE INDEX lineage_event_to_unit ON lineage_event_to (unit_code);
