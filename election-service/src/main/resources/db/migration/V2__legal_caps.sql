-- Legal maximum of council seats per unit kind in a jurisdiction, in force from a date until the
-- next cap for the same kind.
CREATE TABLE legal_cap (
    jurisdiction   TEXT NOT NULL,
    unit_kind      TEXT NOT NULL,
    in_force_from  DATE NOT NULL,
    max_seats      INT  NOT NULL CHECK (max_seats > 0),
    legal_act      TEXT NOT NULL,
    source         TEXT NOT NULL,
    source_date    DATE NOT NULL,
    PRIMARY KEY (jurisdiction, unit_kind, in_force_from)
);
