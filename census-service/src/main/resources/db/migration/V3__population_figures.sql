-- Population figures: one source gives one value per unit, date and universe; different sources for
-- the same unit, date and universe are all kept. The id is derived from that key (a name-based UUID),
-- so that re-importing a figure finds it again.
CREATE TABLE population_figure (
    id           UUID PRIMARY KEY,
    unit_code    TEXT NOT NULL REFERENCES unit (code),
    figure_date  DATE NOT NULL,
    universe     TEXT NOT NULL CHECK (universe IN ('TOTAL_POPULATION', 'VOTING_AGE_POPULATION', 'VOTERS_ON_ROLL')),
    value        BIGINT NOT NULL CHECK (value >= 0),
    -- 1 for an exact count, 1000 for a figure its source gives in thousands
    rounded_to   BIGINT NOT NULL DEFAULT 1 CHECK (rounded_to >= 1 AND value % rounded_to = 0),
    -- AS_ON_DATE: the unit's territory on that date; RECONSTRUCTED: a territory the source attributes to it
    basis        TEXT NOT NULL CHECK (basis IN ('AS_ON_DATE', 'RECONSTRUCTED')),
    source       TEXT NOT NULL,
    citation     TEXT,
    recorded_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (unit_code, figure_date, universe, source)
);
CREATE INDEX population_figure_unit ON population_figure (unit_code, universe, figure_date);
CREATE INDEX population_figure_source ON population_figure (source);
