-- A recommendation's raw model value is kept as computed (34 significant digits), not cut to 20 decimals: a
-- stored value that reads back different from the same computation made every recomputation of an unchanged
-- unit look like a new result, and publish a successor with the same seats.
ALTER TABLE recommendation ALTER COLUMN raw TYPE NUMERIC;
