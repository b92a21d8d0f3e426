-- Population figures as census-service announces them (PopulationRecorded); several sources kept.
CREATE TABLE population_figure (
    figure_id   TEXT PRIMARY KEY,
    unit_code   TEXT   NOT NULL,
    date        DATE   NOT NULL,
    universe    TEXT   NOT NULL,
    value       BIGINT NOT NULL,
    source      TEXT   NOT NULL,
    citation    TEXT
);
CREATE INDEX population_figure_unit ON population_figure (unit_code, universe, date);
CREATE INDEX unit_view_parent ON unit_view (parent_code);
