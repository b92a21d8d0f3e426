-- The latest roll figure of a unit, found by one index descent: recomputation read every figure of each unit
-- of a batch and sorted them, a cost that grew with every bulletin (docs/performance.md).
CREATE INDEX roll_figure_latest ON roll_figure (unit_code, roll_date DESC, bulletin_version DESC, received_at DESC);
