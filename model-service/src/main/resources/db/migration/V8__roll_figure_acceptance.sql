-- The current figure of a unit: the latest roll date, and of that date the bulletin election-service accepted last
-- (VoterRollPublished.acceptanceSequence), whoever issued it. Not the bulletin version (it counts per issuer and
-- roll date) nor received_at (figures applied in one transaction share it). Figures of events written before the
-- sequence existed get 0; among those, the bulletin id decides, so that the choice is still the same everywhere.
ALTER TABLE roll_figure ADD COLUMN acceptance_seq BIGINT NOT NULL DEFAULT 0;
ALTER TABLE roll_figure ADD COLUMN accepted_at TIMESTAMPTZ;
DROP INDEX roll_figure_latest;
CREATE INDEX roll_figure_current ON roll_figure (unit_code, roll_date DESC, acceptance_seq DESC, bulletin_id DESC);
