-- Recommendations become history that is only appended to. Marking the predecessor superseded rewrote a
-- wide row and all its index entries per changed unit (not in place: an index named superseded_at), the
-- largest single database cost of a re-posted 100,000-unit bulletin (docs/performance.md). Which one is
-- current is now a narrow pointer per (unit, configuration), updated in place (HOT: no indexed column
-- changes, and the fill factor leaves room on its page); when one stopped being current is the
-- computed_at of its successor.
DROP INDEX recommendation_current;

-- No foreign key to recommendation: checking one locks the referenced row, a write to the history on every
-- pointer update. RecommendationStore writes both in one transaction, the row first.
-- Unit first: recomputation reads the current ones of a batch of units, every configuration of each together.
CREATE TABLE recommendation_current (
    unit_code     TEXT NOT NULL,
    configuration TEXT NOT NULL,
    id            UUID NOT NULL,
    PRIMARY KEY (unit_code, configuration)
) WITH (fillfactor = 70);
INSERT INTO recommendation_current (unit_code, configuration, id)
    SELECT unit_code, configuration, id FROM recommendation WHERE superseded_at IS NULL;

-- Configuration first: the list of one configuration as of a date reads one range of it, in unit order.
DROP INDEX recommendation_history;
CREATE INDEX recommendation_history ON recommendation (configuration, unit_code, computed_at);
ALTER TABLE recommendation DROP COLUMN superseded_at;
