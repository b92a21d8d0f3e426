-- Administrative units: one row per unit code, with the interval in which the unit exists.
CREATE TABLE unit (
    code           TEXT PRIMARY KEY,
    kind           TEXT NOT NULL,
    name_en        TEXT NOT NULL,
    name_ru        TEXT,
    name_kk        TEXT,
    parent_code    TEXT REFERENCES unit (code),
    valid_from     DATE,
    valid_to       DATE,
    source         TEXT NOT NULL,
    source_date    DATE NOT NULL,
    citation       TEXT,
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_from <= valid_to)
);
CREATE INDEX unit_parent ON unit (parent_code);
CREATE INDEX unit_kind ON unit (kind);

-- Former or alternative codes (older letter codes such as KZ-YUZ), so that old data still resolves.
CREATE TABLE unit_alias (
    alias      TEXT PRIMARY KEY,
    unit_code  TEXT NOT NULL REFERENCES unit (code)
);
