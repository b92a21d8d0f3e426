-- Legal caps as election-service announces them (LegalCapRecorded).
CREATE TABLE legal_cap (
    jurisdiction   TEXT NOT NULL,
    unit_kind      TEXT NOT NULL,
    in_force_from  DATE NOT NULL,
    max_seats      INT  NOT NULL,
    legal_act      TEXT NOT NULL,
    PRIMARY KEY (jurisdiction, unit_kind, in_force_from)
);
CREATE INDEX unit_view_kind ON unit_view (kind);
