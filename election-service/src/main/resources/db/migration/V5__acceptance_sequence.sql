-- Which of two bulletins for one unit and roll date is current: the one accepted last, whoever issued it.
-- Versions count per issuer and roll date and cannot be compared across issuers, nor can received_at (two
-- bulletins may share it): every accepted bulletin takes the next number of one sequence, which travels in its
-- events (VoterRollPublished.acceptanceSequence).
CREATE SEQUENCE bulletin_acceptance;
ALTER TABLE bulletin ADD COLUMN acceptance_seq BIGINT;
UPDATE bulletin b SET acceptance_seq = o.n
  FROM (SELECT id, row_number() OVER (ORDER BY received_at, version, id) AS n FROM bulletin) o WHERE o.id = b.id;
SELECT setval('bulletin_acceptance', coalesce((SELECT max(acceptance_seq) FROM bulletin), 0) + 1, false);
ALTER TABLE bulletin ALTER COLUMN acceptance_seq SET NOT NULL;
ALTER TABLE bulletin ADD CONSTRAINT bulletin_acceptance_unique UNIQUE (acceptance_seq);
