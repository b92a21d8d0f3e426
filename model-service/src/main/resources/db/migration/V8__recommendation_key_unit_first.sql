-- A recommendation is keyed by unit and configuration first, then its id (which names both: the key is as unique
-- as the id alone). Keyed by the id alone, every insert went to a random page of an index that grows by 300,000
-- entries a 100,000-unit bulletin: about 10 µs a row on this machine, a third of a recommendation's storage. A
-- bulletin lists its units in order, so a batch's entries now fall on neighbouring pages (docs/performance.md).
ALTER TABLE recommendation DROP CONSTRAINT recommendation_pkey;
ALTER TABLE recommendation ADD PRIMARY KEY (unit_code, configuration, id);
