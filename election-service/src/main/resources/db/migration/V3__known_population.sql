-- The latest total population census-service has announced for each unit (PopulationRecorded,
-- universe TOTAL_POPULATION): a roll with more voters than the unit has people is absurd.
CREATE TABLE known_population (
    unit_code    TEXT PRIMARY KEY,
    figure_id    TEXT   NOT NULL,
    figure_date  DATE   NOT NULL,
    population   BIGINT NOT NULL,
    source       TEXT   NOT NULL,
    citation     TEXT
);
